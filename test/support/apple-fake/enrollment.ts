/**
 * The device enrollment side of the fake (apple-apis.md §2, §5 item 5).
 * `/session` verifies the OAuth 1.0a HMAC-SHA1 signature with an independent
 * implementation (the `oauth-1.0a` package, not the client's signer),
 * accepting a header with or without `realm`, in any order, with `", "` or
 * `","` between parameters; it refuses a reused nonce, a stale timestamp and
 * a missing `User-Agent`. `/account` requires `X-ADM-Auth-Session`.
 */
import { createHmac, randomBytes } from 'node:crypto';
import OAuth from 'oauth-1.0a';
import type { FakeRequest, FakeResponse } from './server.js';
import type { FakeServerToken } from './types.js';

const TIMESTAMP_WINDOW_S = 600;

interface Session {
  token: FakeServerToken;
  expired: boolean;
}

export class EnrollmentFake {
  private readonly tokens = new Map<string, FakeServerToken>();
  readonly sessions = new Map<string, Session>();
  private readonly nonces = new Set<string>();
  /** The next N `/account` calls find their session expired (401 UNAUTHORIZED), as Apple's do after a while. */
  expireNextSessions = 0;
  /** Hand out a new session in `X-ADM-Auth-Session` with every answer; the old one stops working. */
  rotateSessions = false;
  /** `/account` answers 403 T_C_NOT_SIGNED for every token (terms pending on an API call, not at /session). */
  termsPendingOnAccount = false;

  register(token: FakeServerToken): void {
    this.tokens.set(`${token.consumerKey} ${token.accessToken}`, token);
  }

  handle(request: FakeRequest): FakeResponse {
    if (request.method !== 'GET') return { status: 405, body: 'METHOD_NOT_ALLOWED' };
    const agent = request.headers['user-agent'];
    if (agent === undefined || agent === '') return { status: 400, body: 'USER_AGENT_MISSING' };
    return request.url.pathname === '/session' ? this.session(request) : this.account(request);
  }

  private session(request: FakeRequest): FakeResponse {
    const params = parseOAuthHeader(request.headers.authorization ?? '');
    if (params === undefined) return { status: 400, body: 'oauth_problem=parameter_absent' };
    for (const required of ['oauth_consumer_key', 'oauth_token', 'oauth_signature_method', 'oauth_timestamp', 'oauth_nonce', 'oauth_signature']) {
      if (params[required] === undefined) return { status: 400, body: 'oauth_problem=parameter_absent' };
    }
    if (params.oauth_signature_method !== 'HMAC-SHA1') return { status: 400, body: 'oauth_problem=signature_method_rejected' };
    const token = this.tokens.get(`${params.oauth_consumer_key} ${params.oauth_token}`);
    if (token === undefined) return { status: 401, body: '"token_rejected"' };
    const timestamp = Number(params.oauth_timestamp);
    if (!Number.isInteger(timestamp) || Math.abs(timestamp - Date.now() / 1000) > TIMESTAMP_WINDOW_S) return { status: 401, body: 'oauth_problem=timestamp_refused' };
    const nonceKey = `${params.oauth_consumer_key} ${params.oauth_nonce} ${params.oauth_timestamp}`;
    if (this.nonces.has(nonceKey)) return { status: 401, body: 'oauth_problem=nonce_used' };
    this.nonces.add(nonceKey);
    if (!signatureValid(request, params, token)) return { status: 401, body: '"signature_invalid"' };
    if (token.mode === 'token_rejected' || token.mode === 'signature_invalid') return { status: 401, body: `"${token.mode}"` };
    if (token.mode === 'T_C_NOT_SIGNED' || token.mode === 'ACCESS_DENIED') return { status: 403, body: token.mode };
    const session = this.newSession(token);
    return { status: 200, body: { auth_session_token: session } };
  }

  private account(request: FakeRequest): FakeResponse {
    const header = request.headers['x-adm-auth-session'];
    const session = typeof header === 'string' ? this.sessions.get(header) : undefined;
    if (session === undefined) return { status: 403, body: 'FORBIDDEN' };
    if (session.expired) return { status: 401, body: 'UNAUTHORIZED' };
    if (this.expireNextSessions > 0) {
      this.expireNextSessions--;
      session.expired = true;
      return { status: 401, body: 'UNAUTHORIZED' };
    }
    if (this.termsPendingOnAccount) return { status: 403, body: 'T_C_NOT_SIGNED' };
    const headers: Record<string, string> = {};
    if (this.rotateSessions) {
      session.expired = true;
      headers['X-ADM-Auth-Session'] = this.newSession(session.token);
    }
    const account = {
      ...session.token.account,
      facilitator_id: session.token.account.admin_id,
      org_email: 'it@example.test',
      org_phone: '+1 555 0100',
      org_address: '1 Example Street',
      org_id_hash: createHmac('sha256', 'org').update(session.token.account.org_id).digest('hex'),
      org_type: 'org',
      org_version: 'v2',
      urls: [
        { uri: '/session', http_method: ['GET'] },
        { uri: '/account', http_method: ['GET'] },
      ],
    };
    return { status: 200, headers, body: account };
  }

  private newSession(token: FakeServerToken): string {
    const value = `${Date.now()}O1O${randomBytes(40).toString('hex').toUpperCase()}`;
    this.sessions.set(value, { token, expired: false });
    return value;
  }
}

/** `OAuth realm="ADM", oauth_consumer_key="…", …` → decoded parameters (realm dropped); undefined when not OAuth. */
export function parseOAuthHeader(header: string): Record<string, string> | undefined {
  const match = /^OAuth\s+(.*)$/is.exec(header.trim());
  if (match === null) return undefined;
  const params: Record<string, string> = {};
  for (const part of match[1]!.split(/\s*,\s*/)) {
    const pair = /^([A-Za-z_]+)="([^"]*)"$/.exec(part.trim());
    if (pair === null) return undefined;
    if (pair[1] === 'realm') continue;
    if (params[pair[1]!] !== undefined) return undefined;
    params[pair[1]!] = decodeURIComponent(pair[2]!);
  }
  return params;
}

function signatureValid(request: FakeRequest, params: Record<string, string>, token: FakeServerToken): boolean {
  const oauth = new OAuth({
    consumer: { key: token.consumerKey, secret: token.consumerSecret },
    signature_method: 'HMAC-SHA1',
    hash_function: (base, key) => createHmac('sha1', key).update(base).digest('base64'),
  });
  const { oauth_signature: signature, ...oauthData } = params;
  const expected = oauth.getSignature({ url: request.url.href, method: request.method }, token.accessSecret, oauthData as unknown as OAuth.Data);
  return expected === signature;
}
