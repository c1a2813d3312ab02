/**
 * Apps and Books API v2 client (apple-apis.md §3): `GET /client/config` with
 * the content token as a Bearer credential. Apple may answer HTTP 200 with
 * an `errorNumber` body (§3.4), so every body is checked for one before its
 * status is trusted; 9646 (too many requests) is retried like a 429.
 */
import { parseAppleDate } from '../artifacts/index.js';
import type { LiveContentToken } from '../model/live-state.js';
import { AppleApiError, safeCode } from './failure.js';
import { isRetryableStatus, jsonBody, type HttpClient, type HttpResponse } from './http.js';

const API = 'apps-and-books-api';
/** Every way Apple says the token itself is unusable (§3.4: treat them all as "token unusable"). */
const TOKEN_UNUSABLE = new Set([9601, 9621, 9622, 9625, 9722]);
/** Busy or temporarily down, whatever the HTTP status says. */
const TRY_AGAIN = new Set([9603, 9646, 9729]);

export type AppsAndBooksOutcome = Omit<LiveContentToken, 'contentTokenId'>;

export class AppsAndBooksClient {
  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string,
    private readonly contentToken: string,
  ) {}

  /** What Apple says about the token: valid with its client config, rejected, or unavailable. */
  async check(): Promise<AppsAndBooksOutcome> {
    try {
      return { outcome: 'valid', ...(await this.clientConfig()) };
    } catch (error) {
      if (!(error instanceof AppleApiError)) throw error;
      return { outcome: error.kind === 'refused' ? 'rejected' : 'unavailable', failure: error.toFailure() };
    }
  }

  async clientConfig(): Promise<Pick<LiveContentToken, 'locationName' | 'expiresAt' | 'mdmInfo'>> {
    const response = await this.http.send({
      api: API,
      method: 'GET',
      url: `${this.baseUrl}/client/config`,
      headers: { Authorization: `Bearer ${this.contentToken}`, Accept: 'application/json' },
      retryable: (answer) => isRetryableStatus(answer.status) || TRY_AGAIN.has(errorNumberOf(answer) ?? 0),
    });
    const errorNumber = errorNumberOf(response);
    if (errorNumber !== undefined || response.status !== 200) throw this.errorFrom(response, errorNumber);
    const body = jsonBody(API, response);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AppleApiError(API, 'unexpected', 'unexpected-shape', 200);
    const config = body as Record<string, unknown>;
    const result: Pick<LiveContentToken, 'locationName' | 'expiresAt' | 'mdmInfo'> = {};
    if (typeof config.locationName === 'string') result.locationName = config.locationName;
    const expiresAt = typeof config.tokenExpirationDate === 'string' ? parseAppleDate(config.tokenExpirationDate) : undefined;
    if (expiresAt !== undefined) result.expiresAt = expiresAt;
    const mdmInfo = config.mdmInfo as { id?: unknown; name?: unknown } | undefined;
    if (mdmInfo !== null && typeof mdmInfo === 'object' && typeof mdmInfo.id === 'string' && mdmInfo.id !== '') {
      result.mdmInfo = { id: mdmInfo.id, ...(typeof mdmInfo.name === 'string' ? { name: mdmInfo.name } : {}) };
    }
    return result;
  }

  private errorFrom(response: HttpResponse, errorNumber: number | undefined): AppleApiError {
    const code = errorNumber === -1 ? undefined : safeCode(errorNumber, [this.contentToken]);
    if (errorNumber !== undefined && TOKEN_UNUSABLE.has(errorNumber)) return new AppleApiError(API, 'refused', code, response.status);
    if (errorNumber === undefined && response.status === 401) return new AppleApiError(API, 'refused', undefined, 401);
    if (errorNumber === undefined && response.status === 200) return new AppleApiError(API, 'unexpected', 'unexpected-shape', 200);
    return new AppleApiError(API, 'unexpected', code, response.status);
  }
}

/** The `errorNumber` of an error body (fleet: a non-zero number or a non-empty `errorMessage` is an error). */
function errorNumberOf(response: HttpResponse): number | undefined {
  if (!response.text.includes('error')) return undefined;
  try {
    const body = JSON.parse(response.text) as { errorNumber?: unknown; errorMessage?: unknown } | null;
    if (body === null || typeof body !== 'object') return undefined;
    if (typeof body.errorNumber === 'number' && body.errorNumber !== 0) return body.errorNumber;
    if (typeof body.errorMessage === 'string' && body.errorMessage !== '') return -1;
  } catch {
    return undefined;
  }
  return undefined;
}
