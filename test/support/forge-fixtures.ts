/**
 * Test fixtures for Apple's artifacts, generated at run time with real
 * crypto (never commit a real token or key). Keys come from Node's fast
 * RSA generator; one key per run is cached and reused by default (`sharedKey`).
 */
import { constants, createPrivateKey, createPublicKey, generateKeyPairSync, publicEncrypt, randomBytes, sign, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { runFolder } from './run-folder.js';

export interface KeyPair {
  privateKey: forge.pki.rsa.PrivateKey;
  publicKey: forge.pki.rsa.PublicKey;
  /** PKCS#1 (`RSA PRIVATE KEY`). */
  privateKeyPem: string;
  /** PKCS#8 (`PRIVATE KEY`). */
  privateKeyPkcs8Pem: string;
}

export interface CertFixture {
  cert: forge.pki.Certificate;
  certPem: string;
  certDer: Buffer;
  keyPair: KeyPair;
}

export function makeKeyPair(): KeyPair {
  return keyPairOf(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
}

function keyPairOf(privateKey: KeyObject): KeyPair {
  const privateKeyPem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const privateKeyPkcs8Pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(privateKeyPem) as forge.pki.rsa.PrivateKey;
  return {
    privateKey: forgeKey,
    publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e),
    privateKeyPem,
    privateKeyPkcs8Pem,
  };
}

let sharedKeyPair: KeyPair | undefined;
/**
 * The key pair reused by fixtures: one per run, made by the first worker that needs it and kept in the run's folder
 * for the others (an RSA key takes 0.1–0.5 s to make; the files of a worker share modules, docs/testing.md). Two
 * workers that both find none each make one and keep their own.
 */
export function sharedKey(): KeyPair {
  sharedKeyPair ??= runKeyPair('shared');
  return sharedKeyPair;
}

/** The run's key pair called `name`: made by the first worker that asks for it, read from the run folder by the others. */
export function runKeyPair(name: string): KeyPair {
  // Outside `vitest run` (bench/online.mjs bundles the Apple fake into a plain process) there is no run to share it with.
  if (process.env.VITEST === undefined) return makeKeyPair();
  const path = join(runFolder(), `fixture-key-${name}.pem`);
  if (existsSync(path)) return keyPairOf(createPrivateKey(readFileSync(path, 'utf8')));
  const keyPair = makeKeyPair();
  // Written aside and renamed: another worker reads either nothing or the whole key.
  const staging = `${path}.${process.pid}`;
  writeFileSync(staging, keyPair.privateKeyPkcs8Pem, { mode: 0o600 });
  renameSync(staging, path);
  return keyPair;
}

interface CertSpec {
  subject: forge.pki.CertificateField[];
  issuer: forge.pki.CertificateField[];
  serial: string;
  notBefore: Date;
  notAfter: Date;
  keyPair: KeyPair;
}

function buildCert(spec: CertSpec): CertFixture {
  const cert = forge.pki.createCertificate();
  cert.publicKey = spec.keyPair.publicKey;
  cert.serialNumber = spec.serial;
  cert.validity.notBefore = spec.notBefore;
  cert.validity.notAfter = spec.notAfter;
  cert.setSubject(spec.subject);
  cert.setIssuer(spec.issuer);
  // Self-signed or "Apple-issued", the signature is never verified by the readers.
  signWithNode(cert, spec.keyPair);
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return { cert, certPem: forge.pki.certificateToPem(cert), certDer: Buffer.from(der, 'binary'), keyPair: spec.keyPair };
}

/**
 * What forge's `cert.sign(key, sha256)` does, with the RSA signature made by Node's crypto: forge computes it in
 * JavaScript, ~100 ms a certificate (most of `test/import/files`' CPU), Node in well under one. RSA PKCS#1 v1.5
 * signatures are deterministic: the certificate's bytes are the same as forge's own.
 */
function signWithNode(cert: forge.pki.Certificate, keyPair: KeyPair): void {
  const md = forge.md.sha256.create();
  const signable = cert as forge.pki.Certificate & { md: forge.md.MessageDigest; signatureOid: string; tbsCertificate: forge.asn1.Asn1 };
  signable.md = md;
  signable.signatureOid = signable.siginfo.algorithmOid = forge.pki.oids.sha256WithRSAEncryption!;
  signable.tbsCertificate = (forge.pki as unknown as { getTBSCertificate(cert: forge.pki.Certificate): forge.asn1.Asn1 }).getTBSCertificate(cert);
  const tbs = forge.asn1.toDer(signable.tbsCertificate).getBytes();
  md.update(tbs);
  signable.signature = sign('sha256', Buffer.from(tbs, 'binary'), nativeKeyOf(keyPair)).toString('binary');
}

const nativeKeys = new WeakMap<KeyPair, KeyObject>();
function nativeKeyOf(keyPair: KeyPair): KeyObject {
  let key = nativeKeys.get(keyPair);
  if (key === undefined) nativeKeys.set(keyPair, (key = createPrivateKey(keyPair.privateKeyPem)));
  return key;
}

export function makeSelfSignedCert(options: { cn: string; serial?: string; notAfter?: Date; keyPair?: KeyPair }): CertFixture {
  const name = [{ name: 'commonName', value: options.cn }];
  return buildCert({
    subject: name,
    issuer: name,
    serial: options.serial ?? '01',
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: options.notAfter ?? new Date('2027-01-01T00:00:00Z'),
    keyPair: options.keyPair ?? sharedKey(),
  });
}

export const APPLE_APNS_ISSUER_CN = 'Apple Application Integration 2 Certification Authority';
const UID_OID = '0.9.2342.19200300.100.1.1';

export function makeApnsCert(options: { uuid: string; notAfter: Date; keyPair?: KeyPair }): CertFixture {
  const utf8 = forge.asn1.Type.UTF8;
  return buildCert({
    subject: [
      { type: UID_OID, value: `com.apple.mgmt.External.${options.uuid}`, valueTagClass: utf8 } as unknown as forge.pki.CertificateField,
      { name: 'commonName', value: `APSP:${options.uuid}`, valueTagClass: utf8 } as unknown as forge.pki.CertificateField,
      { name: 'countryName', value: 'US' },
    ],
    issuer: [
      { name: 'commonName', value: APPLE_APNS_ISSUER_CN },
      { name: 'organizationalUnitName', value: 'Apple Certification Authority' },
      { name: 'organizationName', value: 'Apple Inc.' },
      { name: 'countryName', value: 'US' },
    ],
    serial: '7d5b6e2c1a0f4e3d',
    notBefore: new Date(options.notAfter.getTime() - 365 * 86_400_000),
    notAfter: options.notAfter,
    keyPair: options.keyPair ?? sharedKey(),
  });
}

/** Fake OAuth values: tests assert none of them ever shows up in output. */
export const FAKE_SERVER_TOKEN_SECRETS = {
  consumer_key: 'CK_9f2c4e1b7a3d5f6081e2c4b6a8d0f1e3c5b7a9d1f3e5c7b9a1d3f5e7c9b1a3d5e7f9a1b3c5d7e9f1',
  consumer_secret: 'CS_0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9',
  access_token: 'AT_O8473279070O5c0ff5a9e3fdd7a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f607182',
  access_secret: 'AS_6b8f8c3e5a7d9f1b3c5e7a9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c',
} as const;

export type ServerTokenCipher = 'aes128' | 'aes192' | 'aes256' | '3des' | 'des';

const CIPHER_OIDS: Record<ServerTokenCipher, string> = {
  aes128: forge.pki.oids['aes128-CBC'] ?? '',
  aes192: forge.pki.oids['aes192-CBC'] ?? '',
  aes256: forge.pki.oids['aes256-CBC'] ?? '',
  '3des': forge.pki.oids['des-EDE3-CBC'] ?? '',
  des: forge.pki.oids.desCBC ?? '',
};

/**
 * Forge decrypts single DES but will not encrypt with it: do the symmetric
 * part here (what Go's pkcs7 library does by default) and let forge wrap the key.
 */
function encryptWithDes(message: ReturnType<typeof forge.pkcs7.createEnvelopedData>, plaintext: forge.util.ByteStringBuffer): void {
  const key = forge.util.createBuffer(forge.random.getBytesSync(8));
  const iv = forge.util.createBuffer(forge.random.getBytesSync(8));
  const des = (forge as unknown as { des: { createEncryptionCipher(key: forge.util.ByteStringBuffer): forge.cipher.BlockCipher } }).des;
  const cipher = des.createEncryptionCipher(key.copy());
  (cipher.start as unknown as (iv: forge.util.ByteStringBuffer) => void)(iv.copy());
  cipher.update(plaintext);
  cipher.finish();
  Object.assign((message as unknown as { encryptedContent: object }).encryptedContent, {
    algorithm: CIPHER_OIDS.des,
    key,
    parameter: iv,
    content: cipher.output,
  });
  message.encrypt();
}

export interface ServerTokenOptions {
  cert: forge.pki.Certificate;
  expiry: Date;
  cipher?: ServerTokenCipher;
  encoding?: 'der' | 'ber-indefinite';
  lineEnding?: 'lf' | 'crlf';
  foldHeaders?: boolean;
  /** Column at which the decrypted JSON is hard-wrapped (Apple: ~78). */
  wrapAt?: number;
  /** Wrap the JSON in `-----BEGIN MESSAGE-----` / `-----END MESSAGE-----`. */
  markers?: boolean;
  /** The OAuth values inside (default FAKE_SERVER_TOKEN_SECRETS): a local Apple fake needs one set per token. */
  secrets?: ServerTokenSecrets;
  /** Replaces the decrypted content altogether (a token whose blocks were rearranged decrypts to anything). */
  plaintext?: string;
}

export interface ServerTokenSecrets {
  consumer_key: string;
  consumer_secret: string;
  access_token: string;
  access_secret: string;
}

function chunk(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let index = 0; index < text.length; index += size) parts.push(text.slice(index, index + size));
  return parts;
}

/** The decrypted content: a text/plain MIME part with hard-wrapped JSON. */
export function serverTokenPlaintext(options: Pick<ServerTokenOptions, 'expiry' | 'wrapAt' | 'markers' | 'lineEnding' | 'secrets'>): string {
  const eol = options.lineEnding === 'crlf' ? '\r\n' : '\n';
  const json = JSON.stringify({
    ...(options.secrets ?? FAKE_SERVER_TOKEN_SECRETS),
    access_token_expiry: options.expiry.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
  const lines = chunk(json, options.wrapAt ?? 78);
  const body = options.markers === false ? lines : ['-----BEGIN MESSAGE-----', ...lines, '-----END MESSAGE-----'];
  return `Content-Type: text/plain;charset=UTF-8${eol}${eol}${body.join(eol)}${eol}`;
}

function tagByte(node: forge.asn1.Asn1): number {
  return node.tagClass | (node.constructed ? 0x20 : 0) | node.type;
}

/** BER re-encoding: the marked constructed nodes get indefinite lengths (0x80 … 00 00), the rest stays DER. */
export function encodeBer(node: forge.asn1.Asn1, indefinite: ReadonlySet<forge.asn1.Asn1>): Buffer {
  if (!indefinite.has(node) || !Array.isArray(node.value)) {
    return Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');
  }
  const inner = node.value.map((child) => encodeBer(child, indefinite));
  return Buffer.concat([Buffer.from([tagByte(node), 0x80]), ...inner, Buffer.from([0x00, 0x00])]);
}

const { Class, Type } = forge.asn1;

function childrenOf(node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] {
  if (node === undefined || !Array.isArray(node.value)) throw new Error('fixture: unexpected PKCS#7 shape');
  return node.value;
}

/**
 * Forge writes the `[0]` encrypted content as a constructed node around one
 * OCTET STRING. DER wants it primitive; BER streams (OpenSSL -stream) write
 * it constructed, indefinite, in 1000-byte OCTET STRING chunks.
 */
function encodeEnvelope(contentInfo: forge.asn1.Asn1, encoding: 'der' | 'ber-indefinite'): Buffer {
  const explicit = childrenOf(contentInfo)[1];
  const envelopedData = childrenOf(explicit)[0];
  const encryptedContentInfo = childrenOf(envelopedData)[2];
  const encryptedContent = childrenOf(encryptedContentInfo)[2];
  const octets = childrenOf(encryptedContent)[0]?.value;
  if (typeof octets !== 'string' || explicit === undefined || envelopedData === undefined || encryptedContentInfo === undefined) {
    throw new Error('fixture: unexpected PKCS#7 shape');
  }
  if (encoding === 'der') {
    const primitive = forge.asn1.create(Class.CONTEXT_SPECIFIC, 0, false, octets);
    childrenOf(encryptedContentInfo)[2] = primitive;
    return Buffer.from(forge.asn1.toDer(contentInfo).getBytes(), 'binary');
  }
  const chunks = chunk(octets, 1000).map((part) => forge.asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, part));
  const constructed = forge.asn1.create(Class.CONTEXT_SPECIFIC, 0, true, chunks);
  childrenOf(encryptedContentInfo)[2] = constructed;
  return encodeBer(contentInfo, new Set([contentInfo, explicit, envelopedData, encryptedContentInfo, constructed]));
}

const SMIME_HEADERS = [
  'Content-Type: application/pkcs7-mime; name="smime.p7m"; smime-type=enveloped-data',
  'Content-Transfer-Encoding: base64',
  'Content-Disposition: attachment; filename="smime.p7m"',
  'Content-Description: S/MIME Encrypted Message',
];

const FOLDED_SMIME_HEADERS = [
  'Content-Type: application/pkcs7-mime;',
  '\tname="smime.p7m";',
  '\tsmime-type=enveloped-data',
  ...SMIME_HEADERS.slice(1, 2),
  'Content-Disposition: attachment;',
  ' filename="smime.p7m"',
  ...SMIME_HEADERS.slice(3),
];

/** The raw PKCS#7 bytes (DER or BER) of a server token. */
export function makeServerTokenPkcs7(options: ServerTokenOptions): Buffer {
  const message = forge.pkcs7.createEnvelopedData();
  message.addRecipient(options.cert);
  wrapKeyWithNode(message, options.cert);
  message.content = forge.util.createBuffer(Buffer.from(options.plaintext ?? serverTokenPlaintext(options), 'utf8').toString('binary'));
  const cipher = options.cipher ?? 'aes128';
  if (cipher === 'des') encryptWithDes(message, message.content.copy());
  else message.encrypt(forge.util.createBuffer(randomBytes(SYMMETRIC_KEY_BYTES[cipher]).toString('binary')), CIPHER_OIDS[cipher]);
  return encodeEnvelope(message.toAsn1(), options.encoding ?? 'der');
}

const SYMMETRIC_KEY_BYTES: Record<Exclude<ServerTokenCipher, 'des'>, number> = { aes128: 16, aes192: 24, aes256: 32, '3des': 24 };

/**
 * What forge's `encrypt()` does for the recipient (RSAES-PKCS1-v1_5 of the content key to the certificate's public
 * key), done by Node's crypto: forge's RSA and random generator in JavaScript took ~6 ms a token, most of the Apple
 * fake's scenario of 150 organizations. The envelope forge writes around it is the same.
 */
function wrapKeyWithNode(message: ReturnType<typeof forge.pkcs7.createEnvelopedData>, cert: forge.pki.Certificate): void {
  const recipient = (message as unknown as { recipients: Array<{ encryptedContent: { key: { encrypt(bytes: string): string } } }> }).recipients.at(-1)!;
  const publicKey = nativePublicKeyOf(cert);
  recipient.encryptedContent.key = {
    encrypt: (bytes) => publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(bytes, 'binary')).toString('binary'),
  };
}

const nativePublicKeys = new WeakMap<forge.pki.Certificate, KeyObject>();
function nativePublicKeyOf(cert: forge.pki.Certificate): KeyObject {
  let key = nativePublicKeys.get(cert);
  if (key === undefined) nativePublicKeys.set(cert, (key = createPublicKey(forge.pki.publicKeyToPem(cert.publicKey))));
  return key;
}

/** An Apple-shaped S/MIME `.p7m` server token, as file text. */
export function makeServerToken(options: ServerTokenOptions): string {
  const eol = options.lineEnding === 'crlf' ? '\r\n' : '\n';
  const base64Lines = chunk(makeServerTokenPkcs7(options).toString('base64'), 76);
  const headers = options.foldHeaders === true ? FOLDED_SMIME_HEADERS : SMIME_HEADERS;
  return `${headers.join(eol)}${eol}${eol}${base64Lines.join(eol)}${eol}`;
}

export const FAKE_CONTENT_TOKEN = 'VPP-FAKE-eyJ0b2tlbiI6ImZha2UifQ-2c6b8e0f4a1d3c5e7b9f0a2c4e6b8d0f';

/** Apple writes `expDate` with a colon-less offset: `2030-11-08T22:33:22+0000`. */
export function appleExpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+0000');
}

/** A `.vpptoken` file's text: base64 of `{token, expDate, orgName}`. */
export function makeContentToken(options: { expDate: string | Date; orgName: string; token?: string }): string {
  const expDate = typeof options.expDate === 'string' ? options.expDate : appleExpDate(options.expDate);
  const json = JSON.stringify({ token: options.token ?? FAKE_CONTENT_TOKEN, expDate, orgName: options.orgName });
  return Buffer.from(json, 'utf8').toString('base64');
}

const ENCRYPTED_DATA_OID = '1.2.840.113549.1.7.6';

/**
 * A `.p12` whose every SafeContents sits in an encrypted safe (EncryptedData,
 * 3DES), key bags included, so no bag type is readable without the
 * passphrase (what some exporters write; node-forge itself only encrypts the
 * key bag). Built from forge's own bundle: each plain safe is re-encrypted and
 * the MAC computed again.
 */
export function makePkcs12WithEncryptedSafes(key: forge.pki.rsa.PrivateKey | null, certs: forge.pki.Certificate[], password: string): Buffer {
  const { asn1 } = forge;
  const plain = forge.pkcs12.toPkcs12Asn1(key, certs, password, { algorithm: '3des', useMac: false });
  const authSafe = (plain.value as forge.asn1.Asn1[])[1]!;
  const authSafeOctets = ((authSafe.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!.value as string;
  const contentInfos = asn1.fromDer(authSafeOctets).value as forge.asn1.Asn1[];
  const encrypted = contentInfos.map((contentInfo) => {
    const safeContentsDer = ((contentInfo.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!.value as string;
    // EncryptedPrivateKeyInfo is { AlgorithmIdentifier, OCTET STRING }: the PKCS#12 PBE encryption of any DER.
    const [algorithm, ciphertext] = forge.pki.encryptPrivateKeyInfo(asn1.fromDer(safeContentsDer), password, { algorithm: '3des' }).value as forge.asn1.Asn1[];
    return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(ENCRYPTED_DATA_OID).getBytes()),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(0).getBytes()),
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(forge.pki.oids.data!).getBytes()),
            algorithm!,
            asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, false, ciphertext!.value as string),
          ]),
        ]),
      ]),
    ]);
  });
  const safeDer = asn1.toDer(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, encrypted)).getBytes();
  const macSalt = forge.random.getBytesSync(8);
  const iterations = 2048;
  const hmac = forge.hmac.create();
  hmac.start('sha1', forge.pkcs12.generateKey(password, forge.util.createBuffer(macSalt), 3, iterations, 20));
  hmac.update(safeDer);
  const pfx = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(3).getBytes()),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(forge.pki.oids.data!).getBytes()),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, safeDer)]),
    ]),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(forge.pki.oids.sha1!).getBytes()),
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, ''),
        ]),
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, hmac.digest().getBytes()),
      ]),
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, macSalt),
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(iterations).getBytes()),
    ]),
  ]);
  return Buffer.from(asn1.toDer(pfx).getBytes(), 'binary');
}
