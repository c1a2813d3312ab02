/**
 * X.509 certificates, PEM or DER: the public key certificate uploaded to
 * Apple for server tokens, and the APNs MDM push certificate (whose topic
 * sits in the subject's UID attribute).
 */
import forge from 'node-forge';
import { asn1Failure, parseAsn1 } from './asn1.js';
import { decodeBase64Strict, fail, sha256Hex, toBuffer, toLatin1, type Bytes, type Result } from './bytes.js';
import { attributesFromForge, formatDn, UID_OID, type DnAttribute } from './distinguished-name.js';

export interface CertificateInfo {
  kind: 'certificate';
  encoding: 'pem' | 'der';
  subject: string;
  subjectAttributes: DnAttribute[];
  issuer: string;
  issuerAttributes: DnAttribute[];
  /** Lower-case hex as stored. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** sha256 (lower-case hex, no colons) of the DER encoding. */
  sha256Fingerprint: string;
  keyType: 'RSA';
  keySize: number;
  /** The subject's UID (OID 0.9.2342.19200300.100.1.1): the push topic of an APNs certificate. */
  apnsTopic?: string;
  /** The topic starts with `com.apple.mgmt.`: an MDM push certificate. */
  isApnsCertificate: boolean;
}

export type CertificateResult = Result<CertificateInfo>;

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([\s\S]*?)(-----END CERTIFICATE-----|$)/;

function locateDer(bytes: Bytes): Result<{ der: Buffer; encoding: 'pem' | 'der' }> {
  if (typeof bytes !== 'string' && bytes[0] === 0x30) return { ok: true, der: toBuffer(bytes), encoding: 'der' };
  const text = toLatin1(bytes);
  const pem = PEM_CERTIFICATE.exec(text);
  if (pem === null) {
    if (/^\s*[A-Za-z][A-Za-z0-9-]*:/.test(text) && /pkcs7-mime/i.test(text.slice(0, 2048))) {
      return fail('not a certificate: this is an S/MIME server token (.p7m)');
    }
    return fail('not a certificate: no PEM CERTIFICATE block and not DER');
  }
  if (pem[2] === '') return fail('truncated: the PEM certificate has no END line');
  const decoded = decodeBase64Strict(pem[1] ?? '');
  if (!decoded.ok) return decoded;
  if (!decoded.complete) return fail('corrupted base64: the PEM body length is wrong');
  return { ok: true, der: decoded.bytes, encoding: 'pem' };
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

export function readCertificate(bytes: Bytes): CertificateResult {
  const located = locateDer(bytes);
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
    subject: formatDn(subjectAttributes),
    subjectAttributes,
    issuer: formatDn(issuerAttributes),
    issuerAttributes,
    serialNumber: certificate.serialNumber,
    notBefore: certificate.validity.notBefore,
    notAfter: certificate.validity.notAfter,
    sha256Fingerprint: sha256Hex(located.der),
    keyType: 'RSA',
    keySize: publicKey.n.bitLength(),
    ...(apnsTopic !== undefined ? { apnsTopic } : {}),
    isApnsCertificate: apnsTopic?.startsWith('com.apple.mgmt.') ?? false,
  };
}
