/**
 * Apple's real artifacts, read from bytes: ADE server tokens (.p7m), Apps and
 * Books content tokens (.vpptoken), certificates (public key, APNs), and the
 * MDM key pair. Pure functions: no file, environment or network access; every
 * result is `{ ok: true, ... } | { ok: false, reason }` and no result carries
 * secret material (no token values, no key).
 *
 * The pipeline stage that follows a model's references to files and secrets
 * and reads them with these functions is `./stage.ts`.
 */
export type { Bytes, Failure, Result } from './bytes.js';
export { displaySerial, formatDn } from './distinguished-name.js';
export type {
  DecryptedPayloadResult,
  DecryptedServerTokenResult,
  DecryptFailureCause,
  ServerTokenInfo,
  ServerTokenCredentials,
  ServerTokenPayload,
  ServerTokenResult,
  TokenContainer,
} from './server-token.js';
export { decryptServerToken, decryptServerTokenCredentials, readDecryptedServerToken, readServerToken, WRONG_KEY_REASON } from './server-token.js';
export type { ContentTokenInfo, ContentTokenResult } from './content-token.js';
export { contentTokenHashMatches, DAMAGED_CONTENT_TOKEN, parseAppleDate, readContentToken } from './content-token.js';
export type { CertificateInfo, CertificateOptions, CertificateResult } from './certificate.js';
export { readCertificate } from './certificate.js';
export { PASSPHRASE_NEEDED_REASON, WRONG_PASSPHRASE_REASON } from './pkcs12.js';
export type { DetectedKind } from './detect.js';
export { describeKind, detectArtifact } from './detect.js';
export type { GeneratedKeyPair, KeyPairOptions } from './keypair.js';
export { DEFAULT_COMMON_NAME, generateKeyPair } from './keypair.js';
