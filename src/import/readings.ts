/**
 * What each found file is, read with the project's own artifact readers.
 * Pure: bytes in, readings out. A reading carries what the document needs
 * (dates, hashes, recipients, names) and never a secret value: for secret
 * files only the fact that they are secrets.
 */
import { createHash } from 'node:crypto';
import {
  decryptServerToken,
  detectArtifact,
  PASSPHRASE_NEEDED_REASON,
  readCertificate,
  readContentToken,
  readServerToken,
  WRONG_KEY_REASON,
  WRONG_PASSPHRASE_REASON,
  type CertificateInfo,
  type CertificateResult,
} from '../artifacts/index.js';
import type { TokenRecipient } from '../model/recipients.js';
import { contentTokenName, serverTokenName, type ContentTokenName, type ServerTokenName } from './names.js';

export interface FileOrigin {
  /** Absolute path: refs are made relative to the organization file from it. */
  absolute: string;
  /** As the user sees it, for messages. */
  shown: string;
}

/** A private key that may decrypt server tokens, and the variable the document names for it. */
export interface KeyCandidate {
  /** Where it came from, for messages: `--private-key` or a file. */
  label: string;
  envName: string;
  /** PEM text or DER bytes (PKCS#1 or PKCS#8). */
  key: Uint8Array | string;
}

/** `--passphrase env:NAME`: what opens a passphrase-protected .p12, and the variable the document names for it. */
export interface Passphrase {
  envName: string;
  value: string;
}

interface Base {
  file: FileOrigin;
  sha256: string;
}

export interface ServerTokenReading extends Base {
  kind: 'service-token';
  name: ServerTokenName;
  recipients: TokenRecipient[];
  /** The real expiry, when a key decrypted the token. */
  expiresAt?: Date;
  decryptedWith?: KeyCandidate;
  /** Why no key decrypted it (undefined when none was tried). */
  undecrypted?: string;
}

export interface ContentTokenReading extends Base {
  kind: 'content-token';
  name: ContentTokenName;
  orgName: string;
  expiresAt: Date;
}

export interface CertificateReading extends Base {
  kind: 'public-key' | 'apns-certificate';
  certificate: CertificateInfo;
  /** The file holds the certificate's private key too (a .p12, a combined PEM): a secret, referenced with env:. */
  secret: boolean;
  /** A binary file (.p12, .der): a variable holds it as base64 text. */
  binary: boolean;
  /** The variable of the passphrase that opened it (a .p12 that needs one). */
  passphraseEnv?: string;
}

export interface SecretReading extends Base {
  kind: 'private-key' | 'decrypted-server-token';
  /** Why a passphrase-protected .p12 (a secret all the same) could not be opened, and what to do. */
  locked?: string;
}

export interface Unreadable {
  kind: 'unreadable' | 'ignored';
  file: FileOrigin;
  reason: string;
}

export type Reading = ServerTokenReading | ContentTokenReading | CertificateReading | SecretReading | Unreadable;

/** File names that promise a token or certificate: when one fails to read, that is worth a line of its own. */
const ARTIFACT_EXTENSION = /\.(p7m|vpptoken|pem|der|cer|crt|p12|pfx|key)$/i;

export function readArtifact(file: FileOrigin, bytes: Uint8Array, keys: readonly KeyCandidate[], passphrase?: Passphrase): Reading {
  const kind = detectArtifact(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  switch (kind) {
    case 'service-token':
      return readToken(file, bytes, sha256, keys);
    case 'content-token': {
      const token = readContentToken(bytes);
      if (!token.ok) return { kind: 'unreadable', file, reason: token.reason };
      return { kind: 'content-token', file, sha256, name: contentTokenName(file.shown), orgName: token.orgName, expiresAt: token.expiresAt };
    }
    case 'certificate': {
      const opened = openCertificate(bytes, passphrase);
      if (!opened.certificate.ok)
        return {
          kind: 'unreadable',
          file,
          reason: isPassphraseReason(opened.certificate.reason) ? lockedReason(opened.certificate.reason, passphrase) : opened.certificate.reason,
        };
      return certificateReading(file, sha256, opened.certificate, opened.passphraseEnv);
    }
    case 'private-key': {
      // A push certificate as vendors ship it (.p12 with its key, certificate + key in one PEM) is a certificate first.
      const { certificate, passphraseEnv } = openCertificate(bytes, passphrase);
      if (certificate.ok && certificate.isApnsCertificate) return certificateReading(file, sha256, certificate, passphraseEnv);
      // A .p12 that would not open: say why (and what to do), and that it is a secret all the same.
      if (!certificate.ok && isPassphraseReason(certificate.reason)) return { kind, file, sha256, locked: lockedReason(certificate.reason, passphrase) };
      return { kind, file, sha256 };
    }
    case 'decrypted-server-token':
      return { kind, file, sha256 };
    case 'unknown':
      return ARTIFACT_EXTENSION.test(file.shown) ? { kind: 'unreadable', file, reason: unknownReason(bytes) } : { kind: 'ignored', file, reason: 'not a token or certificate' };
  }
}

function certificateReading(file: FileOrigin, sha256: string, certificate: CertificateInfo, passphraseEnv: string | undefined): CertificateReading {
  return {
    kind: certificate.isApnsCertificate ? 'apns-certificate' : 'public-key',
    file,
    sha256,
    certificate,
    secret: certificate.holdsPrivateKey,
    binary: certificate.encoding !== 'pem',
    ...(passphraseEnv !== undefined ? { passphraseEnv } : {}),
  };
}

/** A certificate as it opens without a passphrase (or with the empty one), else with `--passphrase`. */
function openCertificate(bytes: Uint8Array, passphrase: Passphrase | undefined): { certificate: CertificateResult; passphraseEnv?: string } {
  const certificate = readCertificate(bytes);
  if (certificate.ok || passphrase === undefined || certificate.reason !== PASSPHRASE_NEEDED_REASON) return { certificate };
  return { certificate: readCertificate(bytes, { passphrase: passphrase.value }), passphraseEnv: passphrase.envName };
}

function isPassphraseReason(reason: string): boolean {
  return reason === PASSPHRASE_NEEDED_REASON || reason === WRONG_PASSPHRASE_REASON;
}

function lockedReason(reason: string, passphrase: Passphrase | undefined): string {
  return passphrase === undefined || reason === PASSPHRASE_NEEDED_REASON
    ? 'a .p12 protected by a passphrase, so its certificate was not imported: import again with `--passphrase env:NAME` (NAME: the variable that holds the passphrase)'
    : `a .p12 that the passphrase in ${passphrase.envName} does not open (the MAC does not verify), so its certificate was not imported: set ${passphrase.envName} to the passphrase it was exported with`;
}

/** Why a file named like an artifact is none: the content token reader says what is wrong with a damaged one. */
function unknownReason(bytes: Uint8Array): string {
  const asToken = readContentToken(bytes);
  return !asToken.ok && !asToken.reason.includes('headers or PEM') ? asToken.reason : 'not a server token, content token or certificate';
}

function readToken(file: FileOrigin, bytes: Uint8Array, sha256: string, keys: readonly KeyCandidate[]): Reading {
  const token = readServerToken(bytes);
  if (!token.ok) return { kind: 'unreadable', file, reason: token.reason };
  const reading: ServerTokenReading = { kind: 'service-token', file, sha256, name: serverTokenName(file.shown), recipients: token.recipients };
  const reasons: string[] = [];
  for (const key of keys) {
    const decrypted = decryptServerToken(bytes, key.key);
    if (decrypted.ok) return { ...reading, expiresAt: decrypted.accessTokenExpiry, decryptedWith: key };
    // The common case, a key for another service, needs no explanation per key.
    if (decrypted.reason !== WRONG_KEY_REASON) reasons.push(`${key.label}: ${decrypted.reason}`);
  }
  if (keys.length === 0) return reading;
  return { ...reading, undecrypted: reasons.length > 0 ? reasons.join('; ') : `no private key given decrypts it (${keys.map((key) => key.label).join(', ')})` };
}
