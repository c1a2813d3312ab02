/**
 * The decrypted content of a server token: a MIME part whose body is JSON
 * hard-wrapped at ~78 columns (even inside values), usually between
 * `-----BEGIN MESSAGE-----` / `-----END MESSAGE-----`. Only the expiry and
 * the names of the fields leave this module; the values are credentials.
 */
import { fail, type Result } from './bytes.js';

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:/;
const MARKER_LINE = /^-----(?:BEGIN|END) [A-Z0-9 ]+-----$/;

export interface ServerTokenPayload {
  accessTokenExpiry: Date;
  /** Names of the JSON fields present (e.g. `access_secret`), sorted; never their values. */
  fields: string[];
}

function stripMimePartHeader(text: string): string {
  if (!HEADER_LINE.test(text)) return text;
  const blank = /\r?\n\r?\n/.exec(text);
  return blank === null ? '' : text.slice(blank.index + blank[0].length);
}

/** Lines were wrapped without regard for JSON tokens, so they join with no separator. */
function unwrapJson(body: string): string {
  return body
    .split(/\r?\n/)
    .filter((line) => !MARKER_LINE.test(line.trim()))
    .join('');
}

function payloadRecord(decrypted: string): Result<{ record: Record<string, unknown> }> {
  const json = unwrapJson(stripMimePartHeader(decrypted.replace(/^\uFEFF/, '').trimStart())).trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    // The parser's message quotes the text around the error: it could hold a secret.
    return fail('decrypted, but the content is not the expected JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('decrypted, but the content is not a JSON object');
  }
  return { ok: true, record: parsed as Record<string, unknown> };
}

/** The fields Apple writes; other names are never reported, since a name is decrypted text too. */
const KNOWN_FIELDS = new Set(['consumer_key', 'consumer_secret', 'access_token', 'access_secret', 'access_token_expiry']);

export function parseServerTokenPayload(decrypted: string): Result<ServerTokenPayload> {
  const parsed = payloadRecord(decrypted);
  if (!parsed.ok) return parsed;
  const { record } = parsed;
  const expiry = record.access_token_expiry;
  if (typeof expiry !== 'string') return fail('decrypted, but it has no access_token_expiry');
  const accessTokenExpiry = new Date(expiry);
  if (Number.isNaN(accessTokenExpiry.getTime())) {
    // Never quote it: blocks of a real token's ciphertext can be rearranged so a secret lands in this value.
    return fail(`decrypted, but access_token_expiry is not a date (Apple writes one such as 2027-01-10T14:37:38Z)`);
  }
  return {
    ok: true,
    accessTokenExpiry,
    fields: Object.keys(record)
      .filter((name) => KNOWN_FIELDS.has(name))
      .sort(),
  };
}

/**
 * The four OAuth 1.0a values of a server token. The one result of this folder
 * that carries secrets: only the device enrollment client (src/apple) asks for
 * it, sends it to Apple's `/session`, and never stores or prints it.
 */
export interface ServerTokenCredentials {
  consumerKey: string;
  consumerSecret: string;
  accessToken: string;
  accessSecret: string;
}

const CREDENTIAL_FIELDS = [
  ['consumerKey', 'consumer_key'],
  ['consumerSecret', 'consumer_secret'],
  ['accessToken', 'access_token'],
  ['accessSecret', 'access_secret'],
] as const;

export function parseServerTokenCredentials(decrypted: string): Result<{ credentials: ServerTokenCredentials }> {
  const parsed = payloadRecord(decrypted);
  if (!parsed.ok) return parsed;
  const credentials: Partial<ServerTokenCredentials> = {};
  for (const [key, field] of CREDENTIAL_FIELDS) {
    const value = parsed.record[field];
    if (typeof value !== 'string' || value.trim() === '') return fail(`decrypted, but it has no ${field}`);
    credentials[key] = value.trim();
  }
  return { ok: true, credentials: credentials as ServerTokenCredentials };
}
