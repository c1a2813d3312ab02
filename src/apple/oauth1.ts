/**
 * OAuth 1.0a HMAC-SHA1 request signing (RFC 5849 §3.4), as Apple's device
 * enrollment `/session` requires (apple-apis.md §2.2). Small enough to read
 * in one go; tested against RFC 5849's own example and apple-apis.md's vector.
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface OAuth1Credentials {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
}

export interface OAuth1Options {
  /** Unix seconds. */
  timestamp?: number;
  nonce?: string;
  /** Extra protocol parameters RFC 5849's example carries (`oauth_callback`, …). */
  extraOAuth?: Record<string, string>;
}

/** RFC 3986 percent-encoding: unreserved characters stay, every other UTF-8 byte is `%XX` (upper case). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `scheme://host[:port]/path`, lower-case scheme and host, default ports dropped, no query (§3.4.1.2). */
export function baseStringUri(url: URL): string {
  const scheme = url.protocol.replace(':', '').toLowerCase();
  const defaultPort = (scheme === 'https' && url.port === '443') || (scheme === 'http' && url.port === '80');
  const port = url.port === '' || defaultPort ? '' : `:${url.port}`;
  return `${scheme}://${url.hostname.toLowerCase()}${port}${url.pathname}`;
}

/** §3.4.1: method, base URI and the normalised parameters (query + protocol parameters, no signature, no realm). */
export function signatureBaseString(method: string, url: URL, parameters: ReadonlyArray<[string, string]>): string {
  const all: Array<[string, string]> = [...url.searchParams.entries(), ...parameters].map(([key, value]) => [percentEncode(key), percentEncode(value)]);
  all.sort(([keyA, valueA], [keyB, valueB]) => (keyA === keyB ? compareBytes(valueA, valueB) : compareBytes(keyA, keyB)));
  const normalised = all.map(([key, value]) => `${key}=${value}`).join('&');
  return [method.toUpperCase(), percentEncode(baseStringUri(url)), percentEncode(normalised)].join('&');
}

export function hmacSha1Signature(baseString: string, consumerSecret: string, tokenSecret: string): string {
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
  return createHmac('sha1', key).update(baseString).digest('base64');
}

/** The `Authorization: OAuth …` header value for one request (no realm, as nanodep sends it). */
export function oauth1Header(method: string, url: string, credentials: OAuth1Credentials, options: OAuth1Options = {}): string {
  const protocol: Array<[string, string]> = [
    ['oauth_consumer_key', credentials.consumerKey],
    ['oauth_nonce', options.nonce ?? randomBytes(16).toString('hex')],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', String(options.timestamp ?? Math.floor(Date.now() / 1000))],
    ['oauth_token', credentials.token],
    ['oauth_version', '1.0'],
    ...Object.entries(options.extraOAuth ?? {}),
  ];
  const base = signatureBaseString(method, new URL(url), protocol);
  const signature = hmacSha1Signature(base, credentials.consumerSecret, credentials.tokenSecret);
  const withSignature: Array<[string, string]> = [...protocol, ['oauth_signature', signature]];
  withSignature.sort(([a], [b]) => compareBytes(a, b));
  return `OAuth ${withSignature.map(([key, value]) => `${percentEncode(key)}="${percentEncode(value)}"`).join(', ')}`;
}

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
