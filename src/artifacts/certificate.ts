/**
 * X.509 certificates: the public key certificate uploaded to Apple for
 * server tokens, and the APNs MDM push certificate (whose topic sits in the
 * subject's UID attribute). PEM (alone or with its key in one file, as
 * nanomdm keeps it), DER, or inside a `.p12` bundle (as binary, or as
 * base64 text in a secret).
 */
import forge from 'node-forge';
import { asn1Failure, parseAsn1 } from './asn1.js';
import { decodeBase64Strict, fail, sha256Hex, toBuffer, toLatin1, type Bytes, type Result } from './bytes.js';
import type { DnAttribute } from '../model/recipients.js';
import { attributesFromForge, displaySerial, formatDn, UID_OID } from './distinguished-name.js';
import { certificateFromPkcs12, looksLikePkcs12, visiblePkcs12Certificates } from './pkcs12.js';

export interface CertificateInfo {
  kind: 'certificate';
  encoding: 'pem' | 'der' | 'pkcs12';
  /** The file also holds the certificate's private key (a combined PEM, a .p12 with a key bag): it is a secret. */
  holdsPrivateKey: boolean;
  subject: string;
  subjectAttributes: DnAttribute[];
  issuer: string;
  issuerAttributes: DnAttribute[];
  /** Lower-case hex as OpenSSL prints it: without DER's leading sign byte. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** The certificate's fingerprint: sha256 (lower-case hex, no colons) of its DER encoding, not of the file. */
  sha256Fingerprint: string;
  /** sha256 of the file's bytes as given: what `sha256:` in the config means. */
  sha256: string;
  keyType: 'RSA';
  keySize: number;
  /** The subject's UID (OID 0.9.2342.19200300.100.1.1): the push topic of an APNs certificate. */
  apnsTopic?: string;
  /** The topic starts with `com.apple.mgmt.`: an MDM push certificate. */
  isApnsCertificate: boolean;
}

export type CertificateResult = Result<CertificateInfo>;

export interface CertificateOptions {
  /** Opens a `.p12`; without it, bundles with no passphrase or the empty one are read. */
  passphrase?: string;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([\s\S]*?)(-----END CERTIFICATE-----|$)/;
const PEM_PRIVATE_KEY = /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;

type Located = Result<{ der: Buffer; encoding: CertificateInfo['encoding']; holdsPrivateKey: boolean }>;

function fromPkcs12(der: Buffer, options: CertificateOptions): Located {
  const opened = certificateFromPkcs12(der, options.passphrase);
  return opened.ok ? { ok: true, der: opened.der, encoding: 'pkcs12', holdsPrivateKey: opened.holdsKey } : opened;
}

function locateDer(bytes: Bytes, options: CertificateOptions): Located {
  if (typeof bytes !== 'string' && bytes[0] === 0x30) {
    const der = toBuffer(bytes);
    return looksLikePkcs12(der) ? fromPkcs12(der, options) : { ok: true, der, encoding: 'der', holdsPrivateKey: false };
  }
  const text = toLatin1(bytes);
  const pem = PEM_CERTIFICATE.exec(text);
  if (pem === null) {
    // A .p12 kept as base64 text, the way binary files go into CI secrets.
    const base64 = text.trim().startsWith('MI') ? decodeBase64Strict(text) : undefined;
    if (base64?.ok === true && base64.complete && looksLikePkcs12(base64.bytes)) return fromPkcs12(base64.bytes, options);
    if (/^\s*[A-Za-z][A-Za-z0-9-]*:/.test(text) && /pkcs7-mime/i.test(text.slice(0, 2048))) {
      return fail('not a certificate: this is an S/MIME server token (.p7m)');
    }
    return fail('not a certificate: no PEM CERTIFICATE block and not DER');
  }
  if (pem[2] === '') return fail('truncated: the PEM certificate has no END line');
  const decoded = decodeBase64Strict(pem[1] ?? '');
  if (!decoded.ok) return decoded;
  if (!decoded.complete) return fail('corrupted base64: the PEM body length is wrong');
  return { ok: true, der: decoded.bytes, encoding: 'pem', holdsPrivateKey: PEM_PRIVATE_KEY.test(text) };
}

function parseForgeCertificate(der: Buffer): Result<{ certificate: forge.pki.Certificate }> {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = parseAsn1(der, { parseAllBytes: true, decodeBitStrings: true });
  } catch (error) {
    return fail(asn1Failure(error, 'certificate'));
  }
  try {
    return { ok: true, certificate: forge.pki.certificateFromAsn1(asn1) };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/not RSA/i.test(message)) {
      return fail('unsupported certificate: its public key is not RSA (Apple MDM certificates are RSA)');
    }
    return fail('not a certificate: the DER structure is not an X.509 certificate');
  }
}

export function readCertificate(bytes: Bytes, options: CertificateOptions = {}): CertificateResult {
  const located = locateDer(bytes, options);
  if (!located.ok) return located;
  const parsed = parseForgeCertificate(located.der);
  if (!parsed.ok) return parsed;
  const { certificate } = parsed;
  const subjectAttributes = attributesFromForge(certificate.subject.attributes);
  const issuerAttributes = attributesFromForge(certificate.issuer.attributes);
  const uid = certificate.subject.getField({ type: UID_OID }) as forge.pki.CertificateField | null;
  const apnsTopic = typeof uid?.value === 'string' ? uid.value : undefined;
  const publicKey = certificate.publicKey as forge.pki.rsa.PublicKey;
  return {
    ok: true,
    kind: 'certificate',
    encoding: located.encoding,
    holdsPrivateKey: located.holdsPrivateKey,
    subject: formatDn(subjectAttributes),
    subjectAttributes,
    issuer: formatDn(issuerAttributes),
    issuerAttributes,
    serialNumber: displaySerial(certificate.serialNumber),
    notBefore: certificate.validity.notBefore,
    notAfter: certificate.validity.notAfter,
    sha256Fingerprint: sha256Hex(located.der),
    sha256: sha256Hex(bytes),
    keyType: 'RSA',
    keySize: publicKey.n.bitLength(),
    ...(apnsTopic !== undefined ? { apnsTopic } : {}),
    isApnsCertificate: apnsTopic?.startsWith('com.apple.mgmt.') ?? false,
  };
}

/**
 * Whether a file that holds a private key is an APNs push certificate
 * shipped with it (a combined PEM, a .p12 that opens without a passphrase,
 * or one whose certificate safe is not encrypted): how to rotate it differs.
 */
export function holdsPushCertificate(bytes: Bytes): boolean {
  const read = readCertificate(bytes);
  if (read.ok) return read.isApnsCertificate;
  if (typeof bytes === 'string' || bytes[0] !== 0x30) return false;
  const der = toBuffer(bytes);
  if (!looksLikePkcs12(der)) return false;
  return visiblePkcs12Certificates(der).some((certificate) => {
    const visible = readCertificate(certificate);
    return visible.ok && visible.isApnsCertificate;
  });
}
