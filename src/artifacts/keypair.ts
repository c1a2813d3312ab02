/**
 * The key pair an MDM needs for ADE: an RSA-2048 key and a self-signed
 * certificate with a CN only, as nanodep's `tokenpki` makes it. Apple
 * encrypts server tokens to this certificate and does not check its dates.
 * Node's key generation is used because forge's pure-JS one takes seconds.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { fail, type Result } from './bytes.js';

export const DEFAULT_COMMON_NAME = 'abm-gitops';
const DEFAULT_VALIDITY_DAYS = 365;
const DAY_MS = 86_400_000;

export interface KeyPairOptions {
  commonName?: string;
  /** Start of validity; defaults to the current time. */
  now?: Date;
  validityDays?: number;
}

export interface GeneratedKeyPair {
  certificatePem: string;
  certificateDer: Uint8Array;
  /** PKCS#1 PEM (`RSA PRIVATE KEY`), the form nanodep and most MDMs read. */
  privateKeyPem: string;
}

/** A positive serial of 16 random bytes (the top bit cleared so DER needs no sign byte). */
function randomSerialHex(): string {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01;
  return bytes.toString('hex');
}

export function generateKeyPair(options: KeyPairOptions = {}): Result<GeneratedKeyPair> {
  const commonName = options.commonName ?? DEFAULT_COMMON_NAME;
  if (commonName.trim() === '' || commonName.length > 64) return fail('the common name must be 1 to 64 characters');
  const validityDays = options.validityDays ?? DEFAULT_VALIDITY_DAYS;
  if (!Number.isInteger(validityDays) || validityDays < 1) return fail('the validity must be a whole number of days, at least 1');

  const { privateKey: privateKeyPem } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const privateKey = forge.pki.privateKeyFromPem(privateKeyPem) as forge.pki.rsa.PrivateKey;

  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e);
  certificate.serialNumber = randomSerialHex();
  const now = options.now ?? new Date();
  certificate.validity.notBefore = now;
  certificate.validity.notAfter = new Date(now.getTime() + validityDays * DAY_MS);
  const name = [{ name: 'commonName', value: commonName }];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', keyEncipherment: true, digitalSignature: true, critical: true },
  ]);
  certificate.sign(privateKey, forge.md.sha256.create());

  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes();
  return {
    ok: true,
    certificatePem: forge.pki.certificateToPem(certificate),
    certificateDer: new Uint8Array(Buffer.from(der, 'binary')),
    privateKeyPem,
  };
}
