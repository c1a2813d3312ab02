/**
 * What kind of Apple artifact (or secret) a file is. `committed-secret` runs
 * this on every file of a repository, so each test is a cheap marker or
 * prefix check; decoding happens only once a marker has matched.
 */
import forge from 'node-forge';
import { ASN1_TYPE, parseAsn1 } from './asn1.js';
import { toBuffer, toLatin1, type Bytes } from './bytes.js';
import { DAMAGED_CONTENT_TOKEN, decodeContentTokenJson } from './content-token.js';
import { isPkcs12Asn1, pkcs12HoldsKey } from './pkcs12.js';

export type DetectedKind = 'service-token' | 'content-token' | 'certificate' | 'private-key' | 'decrypted-server-token' | 'unknown';

/** DER of the envelopedData OID 1.2.840.113549.1.7.3, as it appears near the start of a ContentInfo. */
const ENVELOPED_DATA_OID = Buffer.from('06092a864886f70d010703', 'hex');
const PRIVATE_KEY_ARMOUR = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_BODY_LINE = /^[A-Za-z0-9+/]{16,}={0,2}$/;
const PEM_HEADER_LINE = /^[A-Za-z][A-Za-z-]*:/;

/**
 * A PEM private key: the armour alone is not one (a README may quote it), so
 * a base64 body line must follow, after optional `Proc-Type:`/`DEK-Info:`
 * headers, with real or escaped (`\n` pasted into YAML) line breaks, also
 * when the key was pasted into YAML comments. Linear:
 * no backtracking regex over text a pull request controls.
 */
function hasPrivateKeyPem(text: string): boolean {
  for (const armour of text.matchAll(PRIVATE_KEY_ARMOUR)) {
    const after = text.slice(armour.index + armour[0].length, armour.index + armour[0].length + 4096);
    for (const rawLine of after.split(/\r?\n|\\n/).slice(1, 12)) {
      // Pasted into YAML, a line may sit in a comment (`# MIIE…`) or open a quoted value.
      const line = rawLine.trim().replace(/^#+\s*|^["']/, '');
      if (line === '' || PEM_HEADER_LINE.test(line)) continue;
      if (PEM_BODY_LINE.test(line.replace(/["',]+$/, ''))) return true;
      break;
    }
  }
  return false;
}
// Apple's access secrets start with `AS_`: a template's `"access_secret": "<fill in>"` is no secret.
const ACCESS_SECRET_VALUE = /access_secret["']?\s*[:=]\s*["']?AS_/;
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:/;
/** A content token is a few hundred bytes; anything much larger is not one. */
const MAX_CONTENT_TOKEN_LENGTH = 64 * 1024;

const Type = ASN1_TYPE;

function isType(node: forge.asn1.Asn1 | undefined, type: number): node is forge.asn1.Asn1 {
  return node !== undefined && node.tagClass === forge.asn1.Class.UNIVERSAL && node.type === type;
}

function children(node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] {
  return node !== undefined && Array.isArray(node.value) ? node.value : [];
}

function integerIs(node: forge.asn1.Asn1 | undefined, value: number): boolean {
  return isType(node, Type.INTEGER) && node.value === String.fromCharCode(value);
}

/** An AlgorithmIdentifier for PKCS#5 or PKCS#12 password-based encryption (EncryptedPrivateKeyInfo). */
function isPasswordBasedAlgorithm(node: forge.asn1.Asn1 | undefined): boolean {
  const oid = children(node)[0];
  if (!isType(node, Type.SEQUENCE) || !isType(oid, Type.OID) || typeof oid.value !== 'string') return false;
  const name = forge.asn1.derToOid(oid.value);
  return name.startsWith('1.2.840.113549.1.5.') || name.startsWith('1.2.840.113549.1.12.');
}

/** Classifies binary DER by shape: ContentInfo, Certificate, PKCS#1/#8 key, encrypted key, PKCS#12. */
function detectDer(buffer: Buffer): DetectedKind {
  if (buffer.subarray(0, 24).includes(ENVELOPED_DATA_OID)) return 'service-token';
  let root: forge.asn1.Asn1;
  try {
    root = parseAsn1(buffer, { parseAllBytes: false });
  } catch {
    return 'unknown';
  }
  const [first, second, third] = children(root);
  if (isType(first, Type.SEQUENCE) && isType(second, Type.SEQUENCE) && isType(third, Type.BITSTRING)) {
    return 'certificate';
  }
  const pkcs1 = integerIs(first, 0) && children(root).length === 9;
  const pkcs8 = (integerIs(first, 0) || integerIs(first, 1)) && isType(second, Type.SEQUENCE) && isType(third, Type.OCTETSTRING);
  const encryptedPkcs8 = children(root).length === 2 && isPasswordBasedAlgorithm(first) && isType(second, Type.OCTETSTRING);
  // A .p12 (version 3, then authSafe) is a secret when it bundles a private key; one with only certificates is not.
  if (isPkcs12Asn1(root)) return pkcs12HoldsKey(buffer) ? 'private-key' : 'certificate';
  return pkcs1 || pkcs8 || encryptedPkcs8 ? 'private-key' : 'unknown';
}

/** Decrypted tokens may be hard-wrapped even inside the key name, so unwrap before matching. */
function isDecryptedServerToken(text: string): boolean {
  if (!text.includes('access_') && !text.includes('-----BEGIN MESSAGE-----')) return false;
  return ACCESS_SECRET_VALUE.test(text) || ACCESS_SECRET_VALUE.test(text.replace(/\r?\n/g, ''));
}

function base64PrefixHasEnvelopedOid(base64: string): boolean {
  const prefix = base64.replace(/\s+/g, '').slice(0, 32);
  return Buffer.from(prefix, 'base64').includes(ENVELOPED_DATA_OID);
}

/** A whole content token, or a cut-off or damaged one (what is left is still most of the bearer token). */
function isContentToken(trimmed: string): boolean {
  if (!trimmed.startsWith('e') || trimmed.length > MAX_CONTENT_TOKEN_LENGTH) return false;
  if (!/^[A-Za-z0-9+/=\s]+$/.test(trimmed)) return false;
  const decoded = decodeContentTokenJson(trimmed);
  if (!decoded.ok) return decoded.reason === DAMAGED_CONTENT_TOKEN;
  return ['token', 'expDate', 'orgName'].every((field) => field in decoded.record);
}

// Base64 of JSON starts `eyJ`; the class leaves out base64url's `-` and `_`, so JWTs never match whole.
const EMBEDDED_BASE64_JSON = /eyJ[A-Za-z0-9+/]{40,}={0,2}/g;
/** A line of wrapped base64 (`base64` wraps at 76 columns), maybe quoted or indented in Markdown. */
const BASE64_LINE = /^[\t >*-]*([A-Za-z0-9+/]{4,}={0,2})\s*$/;
/**
 * The decoded token pretty-printed (`base64 -d | jq`): a `token` value that
 * looks real (long, no spaces or placeholder brackets); bounded, so linear.
 */
const DECODED_TOKEN_VALUE = /"token"\s*:\s*"([^"\\\s<>{}]{20,4096})"/g;
const DECODED_NEIGHBOURS = [/"expDate"\s*:/, /"orgName"\s*:/];

/** A content token whose base64 was wrapped over several lines. */
function containsWrappedContentToken(text: string): boolean {
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const first = BASE64_LINE.exec(lines[index] ?? '')?.[1];
    if (first === undefined || !first.startsWith('eyJ')) continue;
    let joined = first;
    for (let next = index + 1; next < lines.length && joined.length < MAX_CONTENT_TOKEN_LENGTH; next++) {
      const part = BASE64_LINE.exec(lines[next] ?? '')?.[1];
      if (part === undefined) break;
      joined += part;
    }
    if (joined.length > first.length && isContentToken(joined)) return true;
  }
  return false;
}

function containsDecodedContentToken(text: string): boolean {
  for (const match of text.matchAll(DECODED_TOKEN_VALUE)) {
    const around = text.slice(Math.max(0, match.index - 2048), match.index + match[0].length + 2048);
    if (DECODED_NEIGHBOURS.every((pattern) => pattern.test(around))) return true;
  }
  return false;
}

/**
 * A content token pasted inside another text file (a workflow's `env:`, a
 * note, an organization file), on one line, wrapped over several, or
 * decoded and pretty-printed: `detectArtifact` judges whole files, this
 * looks inside. Linear: patterns without nested repetition, bounded runs.
 */
export function containsContentToken(text: string): boolean {
  if (text.includes('eyJ')) {
    for (const match of text.matchAll(EMBEDDED_BASE64_JSON)) {
      if (isContentToken(match[0])) return true;
    }
    if (containsWrappedContentToken(text)) return true;
  }
  return text.includes('"expDate"') && containsDecodedContentToken(text);
}

export function detectArtifact(bytes: Bytes): DetectedKind {
  if (typeof bytes !== 'string' && bytes[0] === 0x30 && (bytes[1] ?? 0) >= 0x80 && (bytes[1] ?? 0) <= 0x84) {
    const kind = detectDer(toBuffer(bytes));
    if (kind !== 'unknown') return kind;
  }
  const text = toLatin1(bytes);
  if (text.includes('PRIVATE KEY') && hasPrivateKeyPem(text)) return 'private-key';
  if (isDecryptedServerToken(text)) return 'decrypted-server-token';
  const trimmed = text.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '').trim();
  const head = trimmed.slice(0, 4096);
  if (HEADER_LINE.test(head) && /application\/(?:x-)?pkcs7-mime/i.test(head)) return 'service-token';
  if (head.startsWith('-----BEGIN PKCS7-----') && base64PrefixHasEnvelopedOid(head.slice(21))) return 'service-token';
  if (head.includes('-----BEGIN CERTIFICATE-----')) return 'certificate';
  if (head.startsWith('MI') && /^[A-Za-z0-9+/=\s]+$/.test(head) && base64PrefixHasEnvelopedOid(head)) {
    return 'service-token';
  }
  return isContentToken(trimmed) ? 'content-token' : 'unknown';
}

const KIND_PHRASES: Record<DetectedKind, string> = {
  'service-token': 'an ADE server token (.p7m)',
  'content-token': 'an Apps and Books content token (.vpptoken)',
  certificate: 'a certificate',
  'private-key': 'a private key',
  'decrypted-server-token': 'a decrypted ADE server token',
  unknown: 'none of the files abm-gitops reads',
};

/** `an ADE server token (.p7m)`, for messages that say what a file is instead of what was expected. */
export function describeKind(kind: DetectedKind): string {
  return KIND_PHRASES[kind];
}
