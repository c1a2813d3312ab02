/**
 * ADE server tokens (`*_Token_*_smime.p7m`). Without the private key we read
 * who the token was encrypted to (issuer + serial of the uploaded public key
 * certificate); with it we read the access token's expiry. The OAuth values
 * inside never leave this module.
 */
import type { KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { fail, toBuffer, type Bytes, type Result } from './bytes.js';
import type { TokenRecipient } from '../model/recipients.js';
import { attributesFromForge, displaySerial, formatDn } from './distinguished-name.js';
import { OID } from './asn1.js';
import { CONTENT_CIPHERS, parseEnvelope, type EnvelopedMessage, type TokenContainer } from './pkcs7-envelope.js';
import { nativeRsaKey, nodeRsaKey, parseRsaPrivateKey, rsaPkcs1Unwrap } from './private-key.js';
import { parseServerTokenCredentials, parseServerTokenPayload, type ServerTokenCredentials, type ServerTokenPayload } from './server-token-payload.js';

export type { TokenContainer } from './pkcs7-envelope.js';
export type { ServerTokenCredentials, ServerTokenPayload } from './server-token-payload.js';

export type { TokenRecipient } from '../model/recipients.js';

export interface ServerTokenInfo {
  kind: 'service-token';
  container: TokenContainer;
  recipients: TokenRecipient[];
  /** e.g. `AES-128-CBC`; `unsupported (<oid>)` for a cipher we cannot decrypt. */
  contentCipher: string;
}

export type ServerTokenResult = Result<ServerTokenInfo>;
/** Why decryption failed: the token file, the private key, or the decrypted content. */
export type DecryptFailureCause = 'token' | 'key' | 'content';
export type DecryptedServerTokenResult = ({ ok: true } & ServerTokenInfo & ServerTokenPayload) | { ok: false; reason: string; cause: DecryptFailureCause };
export type DecryptedPayloadResult = Result<{ kind: 'decrypted-server-token' } & ServerTokenPayload>;

export const WRONG_KEY_REASON = 'the private key does not decrypt this token (it was made for another certificate or the key is wrong)';

function describe(message: EnvelopedMessage, container: TokenContainer): ServerTokenInfo {
  const algorithm = message.encryptedContent.algorithm;
  return {
    kind: 'service-token',
    container,
    recipients: message.recipients.map((recipient) => {
      const issuerAttributes = attributesFromForge(recipient.issuer);
      return { issuer: formatDn(issuerAttributes), issuerAttributes, serialNumber: displaySerial(recipient.serialNumber) };
    }),
    contentCipher: CONTENT_CIPHERS[algorithm] ?? `unsupported (${forge.pki.oids[algorithm] ?? algorithm})`,
  };
}

export function readServerToken(bytes: Bytes): ServerTokenResult {
  const parsed = parseEnvelope(bytes);
  if (!parsed.ok) return parsed;
  if (parsed.message.recipients.length === 0) return fail('not a server token: the PKCS#7 message has no recipient');
  return { ok: true, ...describe(parsed.message, parsed.container) };
}

/** The key-transport algorithms forge's own decrypt treats as RSA PKCS#1 v1.5. */
const RSA_TRANSPORT = new Set<string>([OID.rsaEncryption, OID.desCBC]);

/**
 * The content keys this process has unwrapped, per private key and wrapped
 * block: `validate --online` reads each server token twice (its expiry
 * offline, then its OAuth values for Apple), and the RSA step is most of the
 * cost of a decryption. Kept in memory only, like the keys themselves
 * (nativeRsaKey); a wrong key's `undefined` is remembered too.
 */
const unwrappedKeys = new WeakMap<KeyObject, Map<string, Buffer | undefined>>();

function unwrapContentKey(key: KeyObject, wrapped: string): Buffer | undefined {
  let known = unwrappedKeys.get(key);
  if (known === undefined) unwrappedKeys.set(key, (known = new Map()));
  if (known.has(wrapped)) return known.get(wrapped);
  const contentKey = rsaPkcs1Unwrap(key, Buffer.from(wrapped, 'binary'));
  known.set(wrapped, contentKey);
  return contentKey;
}

/**
 * Tries each recipient (Apple writes one): the content key is unwrapped with
 * Node's RSA (forge's takes some 250 ms a token), then forge decrypts the
 * content with that key. Forge caches the content key, so reset it between tries.
 */
function decryptContent(message: EnvelopedMessage, key: KeyObject): Result<{ text: string }> {
  let lastReason = WRONG_KEY_REASON;
  for (const recipient of message.recipients) {
    const state = message as unknown as { content?: unknown; encryptedContent: { key?: unknown } };
    delete state.content;
    delete state.encryptedContent.key;
    try {
      if (!RSA_TRANSPORT.has(recipient.encryptedContent.algorithm)) throw new Error('Unsupported asymmetric cipher');
      const contentKey = unwrapContentKey(key, recipient.encryptedContent.content as string);
      if (contentKey === undefined) continue;
      state.encryptedContent.key = forge.util.createBuffer(contentKey.toString('binary'));
      // With the content key set, forge's decrypt needs neither recipient nor key.
      (message as unknown as { decrypt(): void }).decrypt();
      const content = message.content;
      const binary = typeof content === 'string' ? content : (content?.bytes() ?? '');
      return { ok: true, text: Buffer.from(binary, 'binary').toString('utf8') };
    } catch (error) {
      const text = error instanceof Error ? error.message : '';
      if (/unsupported asymmetric cipher/i.test(text)) {
        const oid = recipient.encryptedContent.algorithm;
        lastReason = `unsupported key transport ${forge.pki.oids[oid] ?? oid}: only RSA PKCS#1 v1.5 is supported`;
      }
    }
  }
  return fail(lastReason);
}

type DecryptedText = { ok: true; info: ServerTokenInfo; text: string } | { ok: false; reason: string; cause: DecryptFailureCause };

function decryptText(bytes: Bytes, privateKey: Bytes): DecryptedText {
  const parsed = parseEnvelope(bytes);
  if (!parsed.ok) return { ...parsed, cause: 'token' };
  const info = describe(parsed.message, parsed.container);
  if (info.contentCipher.startsWith('unsupported')) {
    const cipher = info.contentCipher.replace('unsupported ', '');
    return { ...fail(`cannot decrypt: content cipher ${cipher} is not supported`), cause: 'token' };
  }
  let key = nativeRsaKey(privateKey);
  if (key === undefined) {
    const parsedKey = parseRsaPrivateKey(privateKey);
    if (!parsedKey.ok) return { ...parsedKey, cause: 'key' };
    key = nodeRsaKey(parsedKey.key);
  }
  const decrypted = decryptContent(parsed.message, key);
  if (!decrypted.ok) return { ...decrypted, cause: 'key' };
  return { ok: true, info, text: decrypted.text };
}

/** `privateKey`: PEM or DER (PKCS#1 or PKCS#8), as bytes or text (DER as base64 text). */
export function decryptServerToken(bytes: Bytes, privateKey: Bytes): DecryptedServerTokenResult {
  const decrypted = decryptText(bytes, privateKey);
  if (!decrypted.ok) return decrypted;
  const { info } = decrypted;
  const payload = parseServerTokenPayload(decrypted.text);
  if (!payload.ok) return { ...payload, cause: 'content' };
  return { ok: true, ...info, accessTokenExpiry: payload.accessTokenExpiry, fields: payload.fields };
}

/**
 * The OAuth 1.0a values inside a server token, for Apple's device enrollment
 * API only: the one reader whose result is a secret (see ServerTokenCredentials).
 */
export function decryptServerTokenCredentials(
  bytes: Bytes,
  privateKey: Bytes,
): { ok: true; credentials: ServerTokenCredentials } | { ok: false; reason: string; cause: DecryptFailureCause } {
  const decrypted = decryptText(bytes, privateKey);
  if (!decrypted.ok) return decrypted;
  const credentials = parseServerTokenCredentials(decrypted.text);
  return credentials.ok ? credentials : { ...credentials, cause: 'content' };
}

/** An already decrypted token (e.g. `openssl smime -decrypt` output that was saved to a file). */
export function readDecryptedServerToken(bytes: Bytes): DecryptedPayloadResult {
  const payload = parseServerTokenPayload(toBuffer(bytes).toString('utf8'));
  return payload.ok ? { ok: true, kind: 'decrypted-server-token', accessTokenExpiry: payload.accessTokenExpiry, fields: payload.fields } : payload;
}
