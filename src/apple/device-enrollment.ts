/**
 * Device enrollment (ADE) API client (apple-apis.md §2): an OAuth 1.0a
 * signed `GET /session` from the decrypted server token, then `GET /account`
 * with `X-ADM-Auth-Session`. A session Apple rotates in a response header is
 * kept; an expired one (401, or 403 `FORBIDDEN`) is renewed once. Apple's
 * refusals map to outcomes (§2.3): `token_rejected` and other 401s →
 * rejected, `T_C_NOT_SIGNED` → terms not accepted.
 */
import type { ServerTokenCredentials } from '../artifacts/index.js';
import type { LiveServerToken } from '../model/live-state.js';
import { AppleApiError } from './failure.js';
import { jsonBody, type HttpClient, type HttpResponse } from './http.js';
import { oauth1Header } from './oauth1.js';

const API = 'device-enrollment-api';
/** `/account`'s org fields need protocol 3 or later; 10 is what current MDMs send (§2.4). */
const PROTOCOL_VERSION = '10';
/** Codes Apple puts in a refusal body, quoted or not (nanodep matches by substring). */
const KNOWN_CODES = ['T_C_NOT_SIGNED', 'token_rejected', 'signature_invalid', 'ACCESS_DENIED', 'UNAUTHORIZED', 'FORBIDDEN', 'oauth_problem_adv'];

export type DeviceEnrollmentOutcome = Omit<LiveServerToken, 'serviceId'>;

/** The result of asking about one server token: an outcome, or the failure when Apple could not be asked. */
export class DeviceEnrollmentClient {
  private session: string | undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string,
    private readonly credentials: ServerTokenCredentials,
    private readonly userAgent: string,
    /** Told every session token Apple grants or rotates, before it is sent. */
    private readonly onSecret: (secret: string) => void = () => undefined,
  ) {}

  /** What Apple says about the token: accepted with its account, rejected, terms pending, or unavailable. */
  async check(): Promise<DeviceEnrollmentOutcome> {
    try {
      const account = await this.account();
      return { outcome: 'accepted', account };
    } catch (error) {
      if (!(error instanceof AppleApiError)) throw error;
      if (error.code === 'T_C_NOT_SIGNED') return { outcome: 'terms-not-accepted', failure: error.toFailure() };
      if (error.kind === 'refused') return { outcome: 'rejected', failure: error.toFailure() };
      return { outcome: 'unavailable', failure: error.toFailure() };
    }
  }

  async account(): Promise<NonNullable<LiveServerToken['account']>> {
    const response = await this.call(`${this.baseUrl}/account`);
    const body = jsonBody(API, response) as Record<string, unknown> | null;
    if (body === null || typeof body !== 'object') throw new AppleApiError(API, 'unexpected', 'unexpected-shape', response.status);
    const text = (key: string) => (typeof body[key] === 'string' && body[key] !== '' ? (body[key] as string) : undefined);
    const account: NonNullable<LiveServerToken['account']> = {};
    const serverName = text('server_name');
    // `facilitator_id` is the deprecated name of `admin_id` (§2.5).
    const adminId = text('admin_id') ?? text('facilitator_id');
    const orgName = text('org_name');
    const orgId = text('org_id');
    if (serverName !== undefined) account.serverName = serverName;
    if (adminId !== undefined) account.adminId = adminId;
    if (orgName !== undefined) account.orgName = orgName;
    if (orgId !== undefined) account.orgId = orgId;
    return account;
  }

  /** One API call with the session, renewing it once when Apple says it expired (§2.4). */
  private async call(url: string): Promise<HttpResponse> {
    const first = await this.send(url, await this.currentSession());
    if (!sessionExpired(first)) return this.accept(first);
    this.session = undefined;
    const second = await this.send(url, await this.currentSession());
    return this.accept(second);
  }

  private accept(response: HttpResponse): HttpResponse {
    const rotated = response.headers.get('x-adm-auth-session');
    if (rotated !== null && rotated !== '') {
      this.onSecret(rotated);
      this.session = rotated;
    }
    if (response.status === 200) return response;
    throw this.refusal(response, 'call');
  }

  private async currentSession(): Promise<string> {
    if (this.session !== undefined) return this.session;
    const url = `${this.baseUrl}/session`;
    const header = oauth1Header('GET', url, {
      consumerKey: this.credentials.consumerKey,
      consumerSecret: this.credentials.consumerSecret,
      token: this.credentials.accessToken,
      tokenSecret: this.credentials.accessSecret,
    });
    const response = await this.http.send({ api: API, method: 'GET', url, headers: { ...this.commonHeaders(), Authorization: header } });
    if (response.status !== 200) throw this.refusal(response, 'session');
    const body = jsonBody(API, response) as { auth_session_token?: unknown } | null;
    const token = body?.auth_session_token;
    if (typeof token !== 'string' || token === '') throw new AppleApiError(API, 'unexpected', 'unexpected-shape', response.status);
    this.onSecret(token);
    this.session = token;
    return token;
  }

  private send(url: string, session: string): Promise<HttpResponse> {
    return this.http.send({ api: API, method: 'GET', url, headers: { ...this.commonHeaders(), 'X-ADM-Auth-Session': session } });
  }

  private commonHeaders(): Record<string, string> {
    return {
      'User-Agent': this.userAgent,
      'X-Server-Protocol-Version': PROTOCOL_VERSION,
      'Content-Type': 'application/json;charset=UTF8',
      Accept: 'application/json;charset=UTF8',
    };
  }

  /**
   * §2.3: on `/session` a 401 is a refused token; a 403 names why (terms,
   * access denied, token rejected). A 401 on a call made with a session just
   * granted is Apple misbehaving, not a verdict on the token.
   */
  private refusal(response: HttpResponse, stage: 'session' | 'call'): AppleApiError {
    const code = KNOWN_CODES.find((known) => response.text.slice(0, 512).includes(known));
    if (response.status === 401) return new AppleApiError(API, stage === 'session' || code === 'token_rejected' ? 'refused' : 'unexpected', code ?? 'UNAUTHORIZED', 401);
    if (response.status === 403) return new AppleApiError(API, code === 'T_C_NOT_SIGNED' ? 'unexpected' : 'refused', code ?? 'FORBIDDEN', 403);
    return new AppleApiError(API, 'unexpected', code, response.status);
  }
}

function sessionExpired(response: HttpResponse): boolean {
  return response.status === 401 || (response.status === 403 && response.text.slice(0, 512).includes('FORBIDDEN'));
}
