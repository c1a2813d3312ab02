/**
 * Apps and Books content tokens (`*.vpptoken`): base64 of
 * `{"token", "expDate", "orgName"}`. The whole file is a bearer credential,
 * so the token is identified by sha256 only and never returned.
 *
 * Hashing choice: `sha256` is over the exact bytes given, whitespace
 * included, so it equals `shasum -a 256 file.vpptoken`. Apple's download has
 * no trailing newline, but editors and secret stores add or drop one; the
 * parser accepts surrounding whitespace, and `sha256Trimmed` (the hash
 * without leading/trailing whitespace) lets `contentTokenHashMatches` treat
 * both spellings of one token as the same token. A UTF-8 byte order mark
 * is read past and left out of `sha256Trimmed` too.
 */
import { decodeBase64Strict, fail, sha256Hex, toBuffer, toLatin1, type Bytes, type Result } from './bytes.js';

export interface ContentTokenInfo {
  kind: 'content-token';
  orgName: string;
  expiresAt: Date;
  /** sha256 (hex) of the bytes exactly as given. */
  sha256: string;
  /** sha256 (hex) of the bytes without leading/trailing whitespace or a byte order mark (equals `sha256` when there is none). */
  sha256Trimmed: string;
}

export type ContentTokenResult = Result<ContentTokenInfo>;

/** `2030-11-08T22:33:22+0000` → `2030-11-08T22:33:22+00:00` (Date cannot parse the colon-less offset everywhere). */
export function parseAppleDate(text: string): Date | undefined {
  const normalised = text.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(normalised);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Windows editors and some secret stores put a UTF-8 byte order mark before the base64. */
const UTF8_BOM = /^(?:\uFEFF|\u00EF\u00BB\u00BF)/;

/** The start of a content token's JSON: what is left of one that was cut off or damaged. */
const CONTENT_TOKEN_JSON_START = /^\s*\{\s*"(?:token|expDate|orgName)"\s*:/;

export const DAMAGED_CONTENT_TOKEN =
  'a damaged content token: its base64 does not decode to whole JSON (the file was cut off or changed); download it again from Apple (Payments and Billing > Apps and Books)';

/** Internal (also used by detection): base64 → JSON object, with no check of the fields. */
export function decodeContentTokenJson(bytes: Bytes): Result<{ record: Record<string, unknown> }> {
  const text = toLatin1(bytes).replace(UTF8_BOM, '');
  if (/^\s*(?:[A-Za-z-]+:|-----BEGIN)/.test(text)) {
    return fail('not a content token: it has headers or PEM markers (a .vpptoken is plain base64)');
  }
  const decoded = decodeBase64Strict(text);
  if (!decoded.ok) return fail(`not a content token: ${decoded.reason}`);
  const json = decoded.bytes.toString('utf8');
  const damaged = CONTENT_TOKEN_JSON_START.test(json);
  if (!decoded.complete) return fail(damaged ? DAMAGED_CONTENT_TOKEN : 'not a content token: truncated or corrupted base64');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail(damaged ? DAMAGED_CONTENT_TOKEN : 'not a content token: the base64 does not decode to JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('not a content token: the decoded JSON is not an object');
  }
  return { ok: true, record: parsed as Record<string, unknown> };
}

export function readContentToken(bytes: Bytes): ContentTokenResult {
  const decoded = decodeContentTokenJson(bytes);
  if (!decoded.ok) return decoded;
  const { record } = decoded;
  for (const field of ['token', 'expDate', 'orgName'] as const) {
    if (typeof record[field] !== 'string') return fail(`not a content token: the ${field} field is missing`);
  }
  const expDate = record.expDate as string;
  const expiresAt = parseAppleDate(expDate);
  if (expiresAt === undefined) {
    // Never quoted: the file is a secret, and its base64 can be spliced so token bytes land in this value.
    return fail('content token has an unreadable expDate (Apple writes one such as 2027-01-10T14:37:38+0000)');
  }
  const buffer = toBuffer(bytes);
  return {
    ok: true,
    kind: 'content-token',
    orgName: record.orgName as string,
    expiresAt,
    sha256: sha256Hex(buffer),
    sha256Trimmed: sha256Hex(trimmed(buffer)),
  };
}

/** Without surrounding whitespace and without a byte order mark. */
function trimmed(buffer: Buffer): Buffer {
  let start = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  let end = buffer.length;
  while (start < end && isAsciiSpace(buffer[start])) start++;
  while (end > start && isAsciiSpace(buffer[end - 1])) end--;
  return buffer.subarray(start, end);
}

function isAsciiSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/** A declared `sha256` matches a token file with or without surrounding whitespace. */
export function contentTokenHashMatches(token: Pick<ContentTokenInfo, 'sha256' | 'sha256Trimmed'>, declared: string): boolean {
  const wanted = declared.trim().toLowerCase();
  return wanted === token.sha256 || wanted === token.sha256Trimmed;
}
