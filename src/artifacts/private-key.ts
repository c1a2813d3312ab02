/**
 * Reads the MDM's RSA private key into a forge key: PEM (PKCS#1 or PKCS#8),
 * or DER of either, as a file's bytes or base64 text (a DER key pasted into
 * a CI secret). Internal to the artifacts folder: the key never leaves it.
 */
import { constants, createPrivateKey, privateDecrypt, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { parseAsn1 } from './asn1.js';
import { decodeBase64Strict, fail, toBuffer, toLatin1, type Bytes, type Result } from './bytes.js';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
const NOT_RSA = 'not a readable RSA private key (PKCS#1 or PKCS#8, PEM or DER expected)';

type KeyResult = Result<{ key: forge.pki.rsa.PrivateKey }>;

/**
 * CI secrets are often pasted with literal `\n` instead of newlines; PEM
 * without real newlines cannot be decoded, so restore them.
 */
function restoreNewlines(text: string): string {
  return !text.includes('\n') && text.includes('\\n') ? text.replace(/\\n/g, '\n') : text;
}

function isDer(buffer: Buffer): boolean {
  return buffer[0] === 0x30 && (buffer[1] ?? 0) >= 0x80 && (buffer[1] ?? 0) <= 0x84;
}

/** PKCS#1 `RSAPrivateKey` or PKCS#8 `PrivateKeyInfo`; an `EncryptedPrivateKeyInfo` is refused with its own reason. */
function keyFromDer(der: Buffer): KeyResult {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = parseAsn1(der, { parseAllBytes: true });
  } catch {
    return fail(NOT_RSA);
  }
  const parts = Array.isArray(asn1.value) ? asn1.value : [];
  if (parts.length === 2 && parts[1]?.type === forge.asn1.Type.OCTETSTRING && Array.isArray(parts[0]?.value)) {
    return fail('the private key is protected by a passphrase: give the unencrypted key');
  }
  try {
    // forge unwraps PKCS#8 itself and reads PKCS#1 directly; anything else (an EC key) throws.
    return { ok: true, key: forge.pki.privateKeyFromAsn1(asn1) as forge.pki.rsa.PrivateKey };
  } catch {
    return fail(NOT_RSA);
  }
}

function keyFromPem(text: string): KeyResult {
  const blocks = [...text.matchAll(PEM_BLOCK)];
  if (blocks.length === 0) return fail('not a private key: no PEM block and not DER');
  const keyBlock = blocks.find((block) => (block[1] ?? '').endsWith('PRIVATE KEY'));
  if (keyBlock === undefined) return fail(`not a private key: the PEM block is a ${blocks[0]?.[1] ?? 'different kind'}`);
  const label = keyBlock[1] ?? '';
  if (label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(keyBlock[0])) {
    return fail('the private key is protected by a passphrase: give the unencrypted key');
  }
  if (label !== 'PRIVATE KEY' && label !== 'RSA PRIVATE KEY') {
    return fail(`not an RSA private key: the PEM block is a ${label}`);
  }
  try {
    return { ok: true, key: forge.pki.privateKeyFromPem(keyBlock[0]) as forge.pki.rsa.PrivateKey };
  } catch {
    // forge reads only RSA; a PKCS#8 wrapper around an EC key ends up here too.
    return fail(NOT_RSA);
  }
}

export function parseRsaPrivateKey(bytes: Bytes): KeyResult {
  if (typeof bytes !== 'string' && isDer(toBuffer(bytes))) return keyFromDer(toBuffer(bytes));
  const text = restoreNewlines(toLatin1(bytes)).trim();
  if (text.includes('-----BEGIN')) return keyFromPem(text);
  // A DER key stored as base64 text (how binary files go into CI secrets).
  const decoded = decodeBase64Strict(text);
  if (decoded.ok && decoded.complete && isDer(decoded.bytes)) return keyFromDer(decoded.bytes);
  return fail('not a private key: no PEM block and not DER');
}

const nativeKeys = new Map<string, KeyObject | undefined>();

/**
 * Node's own reading of an RSA key in PEM or DER (a fraction of a
 * millisecond, where forge takes some 30 ms to read and convert one): the
 * fast path for decryption. Undefined when Node does not read it as an RSA
 * key; `parseRsaPrivateKey` then says why. An MSP decrypts many tokens with
 * one MDM key, so each key is read once per run.
 */
export function nativeRsaKey(bytes: Bytes): KeyObject | undefined {
  const buffer = toBuffer(bytes);
  const cacheKey = buffer.toString('latin1');
  if (nativeKeys.has(cacheKey)) return nativeKeys.get(cacheKey);
  const key = readNatively(buffer);
  nativeKeys.set(cacheKey, key);
  return key;
}

function readNatively(buffer: Buffer): KeyObject | undefined {
  const candidates: Array<Parameters<typeof createPrivateKey>[0]> = [];
  if (isDer(buffer)) candidates.push({ key: buffer, format: 'der', type: 'pkcs8' }, { key: buffer, format: 'der', type: 'pkcs1' });
  else {
    const text = restoreNewlines(toLatin1(buffer)).trim();
    if (!text.includes('-----BEGIN')) return undefined;
    candidates.push({ key: text, format: 'pem' });
  }
  for (const candidate of candidates) {
    try {
      const key = createPrivateKey(candidate);
      if (key.asymmetricKeyType === 'rsa') return key;
    } catch {
      // Not this form (or encrypted, or not a key): the next form, else forge explains.
    }
  }
  return undefined;
}

/** The same key as a Node key object, for native RSA. */
export function nodeRsaKey(key: forge.pki.rsa.PrivateKey): KeyObject {
  return createPrivateKey({ key: forge.pki.privateKeyToPem(key), format: 'pem' });
}

/**
 * RSAES-PKCS1-v1_5 decryption of a key-transport block (RFC 8017 §7.2.2).
 * Node refuses PKCS#1 v1.5 padding for private decryption (a padding-oracle
 * concern for servers; this tool decrypts its own files and says only
 * "wrong key"), so the raw RSA result is unpadded here. Native RSA is some
 * fifty times faster than forge's, which matters at hundreds of tokens.
 */
export function rsaPkcs1Unwrap(key: KeyObject, encrypted: Buffer): Buffer | undefined {
  let block: Buffer;
  try {
    block = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, encrypted);
  } catch {
    return undefined;
  }
  if (block[0] !== 0x00 || block[1] !== 0x02) return undefined;
  const separator = block.indexOf(0x00, 2);
  // At least eight bytes of non-zero padding.
  if (separator < 10) return undefined;
  return block.subarray(separator + 1);
}
