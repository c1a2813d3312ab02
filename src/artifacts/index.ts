/**
 * Apple's real artifacts, read from bytes: ADE server tokens (.p7m), Apps and
 * Books content tokens (.vpptoken), certificates (public key, APNs), and the
 * MDM key pair. Pure functions: no file, environment or network access; every
 * result is `{ ok: true, ... } | { ok: false, reason }` and no result carries
 * secret material (no token values, no key).
 */
export type { Bytes, Failure, Result } from './bytes.js';
export type { DnAttribute } from './distinguished-name.js';
export { displaySerial, formatDn, normaliseSerial } from './distinguished-name.js';
export type {
  DecryptedPayloadResult,
  DecryptedServerTokenResult,
  DecryptFailureCause,
  ServerTokenInfo,
  ServerTokenCredentials,
  ServerTokenPayload,
  ServerTokenResult,
  TokenContainer,
  TokenRecipient,
} from './server-token.js';
export { decryptServerToken, decryptServerTokenCredentials, readDecryptedServerToken, readServerToken, recipientMatchesCertificate, WRONG_KEY_REASON } from './server-token.js';
export type { ContentTokenInfo, ContentTokenResult } from './content-token.js';
export { contentTokenHashMatches, DAMAGED_CONTENT_TOKEN, parseAppleDate, readContentToken } from './content-token.js';
export type { CertificateInfo, CertificateOptions, CertificateResult } from './certificate.js';
export { readCertificate } from './certificate.js';
export type { DetectedKind } from './detect.js';
export { describeKind, detectArtifact } from './detect.js';
export type { GeneratedKeyPair, KeyPairOptions } from './keypair.js';
export { DEFAULT_COMMON_NAME, generateKeyPair } from './keypair.js';

// The pipeline stage built on the readers: unlike the readers above, these
// touch the disk (inside the repository root only) and take `env:` values
// from a map the caller passes in.
export type { Environment, ReferenceOutcome, ReferenceReader } from './references.js';
export { createReferenceReader } from './references.js';
export { readModelArtifacts } from './read-model.js';
export { scanForSecrets, textSecretKind } from './secrets-scan.js';
