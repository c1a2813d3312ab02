/**
 * From a `.p7m` file to a node-forge PKCS#7 EnvelopedData message: S/MIME
 * unwrapping (split at the first blank line, as Apple's headers may be
 * folded), strict base64, then BER/DER. Internal to the artifacts folder.
 */
import forge from 'node-forge';
import { OID, asn1Failure, parseAsn1 } from './asn1.js';
import { decodeBase64Strict, fail, toBuffer, toLatin1, type Bytes, type Result } from './bytes.js';

/** The parts of forge's message object that its type declarations leave out. */
export interface EnvelopedMessage extends forge.pkcs7.PkcsEnvelopedData {
  type: string;
  encryptedContent: { algorithm: string; parameter: forge.util.ByteBuffer; content: forge.util.ByteBuffer };
}

/** How the PKCS#7 structure was wrapped in the file. */
export type TokenContainer = 'smime' | 'pem' | 'base64' | 'der';

export const CONTENT_CIPHERS: Record<string, string> = {
  [OID['aes128-CBC']]: 'AES-128-CBC',
  [OID['aes192-CBC']]: 'AES-192-CBC',
  [OID['aes256-CBC']]: 'AES-256-CBC',
  [OID['des-EDE3-CBC']]: 'DES-EDE3-CBC',
  // Go's pkcs7 library (used by some MDMs' tooling) envelopes with single DES by default.
  [OID.desCBC]: 'DES-CBC',
};

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:/;
const BLANK_LINE = /\r?\n\r?\n/;
const PKCS7_PEM = /-----BEGIN PKCS7-----([\s\S]*?)(?:-----END PKCS7-----|$)/;

const NOT_A_TOKEN = 'not an S/MIME server token: no MIME headers and not PKCS#7';

type Body = Result<{ container: TokenContainer; der: Buffer; complete: boolean }>;

/** Unfold RFC 5322 continuation lines so a folded Content-Type reads as one line. */
function unfold(headers: string): string {
  return headers.replace(/\r?\n[ \t]+/g, ' ');
}

function smimeBody(text: string): Body {
  const blank = BLANK_LINE.exec(text);
  const headers = unfold(blank === null ? text.slice(0, 4096) : text.slice(0, blank.index));
  // `key: value` lines without any Content-* header are YAML or prose, not MIME.
  if (!/^content-[a-z-]+:/im.test(headers)) return fail(NOT_A_TOKEN);
  if (blank === null) return fail('truncated: the MIME headers are not followed by a body');
  const contentType = /^content-type:\s*([^;\r\n]+)/im.exec(headers)?.[1]?.trim();
  if (contentType !== undefined && !/pkcs7-mime/i.test(contentType)) {
    return fail(`not an S/MIME server token: its Content-Type is ${contentType}, not application/pkcs7-mime`);
  }
  const decoded = decodeBase64Strict(text.slice(blank.index + blank[0].length));
  return decoded.ok ? { ok: true, container: 'smime', der: decoded.bytes, complete: decoded.complete } : decoded;
}

function locateBody(bytes: Bytes): Body {
  if (typeof bytes !== 'string' && bytes[0] === 0x30) {
    return { ok: true, container: 'der', der: toBuffer(bytes), complete: true };
  }
  const text = toLatin1(bytes)
    .replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '')
    .trimStart();
  if (HEADER_LINE.test(text)) return smimeBody(text);
  const pem = PKCS7_PEM.exec(text);
  const base64 = pem !== null ? (pem[1] ?? '') : text.startsWith('MI') ? text : undefined;
  if (base64 === undefined) return fail(NOT_A_TOKEN);
  const decoded = decodeBase64Strict(base64);
  if (!decoded.ok) return decoded;
  return { ok: true, container: pem !== null ? 'pem' : 'base64', der: decoded.bytes, complete: decoded.complete };
}

/** The OID that opens a ContentInfo, if the structure starts like one. */
function contentTypeOid(contentInfo: forge.asn1.Asn1): string | undefined {
  const first = Array.isArray(contentInfo.value) ? contentInfo.value[0] : undefined;
  if (first?.type !== forge.asn1.Type.OID || typeof first.value !== 'string') return undefined;
  return forge.asn1.derToOid(first.value);
}

export function parseEnvelope(bytes: Bytes): Result<{ message: EnvelopedMessage; container: TokenContainer }> {
  const body = locateBody(bytes);
  if (!body.ok) return body;
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = parseAsn1(body.der, { parseAllBytes: true });
  } catch (error) {
    return fail(asn1Failure(error, 'PKCS#7 structure'));
  }
  // A base64 length that is not a multiple of four decoded cleanly: junk, not a cut-off file.
  if (!body.complete) return fail('corrupted base64: stray characters at the end');
  const contentType = contentTypeOid(asn1);
  if (contentType !== forge.pki.oids.envelopedData) {
    const name = contentType === undefined ? undefined : (forge.pki.oids[contentType] ?? contentType);
    return fail(name === undefined ? 'not a server token: the content is not a PKCS#7 message' : `not a server token: PKCS#7 ${name}, expected envelopedData`);
  }
  let message: EnvelopedMessage;
  try {
    message = forge.pkcs7.messageFromAsn1(asn1) as unknown as EnvelopedMessage;
  } catch {
    return fail('not a server token: the content is not a PKCS#7 enveloped-data message');
  }
  return { ok: true, message, container: body.container };
}
