/**
 * Apple Business API client (apple-apis.md §1): OAuth 2 client credentials
 * with an ES256 JWT client assertion, an access token requested once and
 * reused for its lifetime (renewed once on a 401), and the JSON:API lists
 * this tool reads, followed cursor by cursor to the end under a page cap.
 */
import { randomUUID, sign, type KeyObject } from 'node:crypto';
import type { LiveBusinessState, LiveMdmServer, LiveUnit, LiveUser } from '../model/live-state.js';
import type { AppleEndpoints } from './endpoints.js';
import { AppleApiError, safeCode } from './failure.js';
import { jsonBody, type HttpClient, type HttpResponse } from './http.js';

const API = 'apple-business-api';
/** Apple's `aud` for the client assertion, whatever URL the token request goes to (§1.2.2). */
export const CLIENT_ASSERTION_AUDIENCE = 'https://account.apple.com/auth/oauth2/v2/token';
const ASSERTION_LIFETIME_S = 15 * 60;
const PAGE_LIMIT = 1000;
const DEFAULT_MAX_PAGES = 200;
/** Renew a little before Apple's own expiry, so no request carries a token that dies in flight. */
const EXPIRY_MARGIN_MS = 60_000;

export interface BusinessApiCredentials {
  clientId: string;
  keyId: string;
  key: KeyObject;
}

export interface BusinessApiOptions {
  now?: () => Date;
  maxPages?: number;
  /** Told every secret this client derives (client assertion, access token) before it is sent. */
  onSecret?: ((secret: string) => void) | undefined;
}

interface Resource {
  id: string;
  attributes: Record<string, unknown>;
}

export class BusinessApiClient {
  private token: { value: string; expiresAt: number } | undefined;
  private pending: Promise<string> | undefined;
  private readonly now: () => Date;
  private readonly maxPages: number;
  private readonly onSecret: (secret: string) => void;

  constructor(
    private readonly http: HttpClient,
    private readonly endpoints: AppleEndpoints,
    private readonly credentials: BusinessApiCredentials,
    options: BusinessApiOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    this.onSecret = options.onSecret ?? (() => undefined);
  }

  /** Everything the online rules read about the organization. */
  async state(): Promise<LiveBusinessState> {
    const mdmServers = await this.mdmServers();
    const units = await this.units();
    const users = await this.users();
    return { mdmServers, units, users };
  }

  async mdmServers(): Promise<LiveMdmServer[]> {
    const fields = 'serverName,serverType,status,deviceCount,lastConnectedDateTime';
    return (await this.list('mdmServers', fields)).map(({ id, attributes }) => ({
      id,
      serverName: requiredString(attributes.serverName),
      serverType: optionalString(attributes.serverType) ?? 'UNKNOWN',
      status: optionalString(attributes.status) ?? 'UNKNOWN',
      ...(typeof attributes.deviceCount === 'number' ? { deviceCount: attributes.deviceCount } : {}),
      lastConnectedAt: dateOrNull(attributes.lastConnectedDateTime),
    }));
  }

  async units(): Promise<LiveUnit[]> {
    return (await this.list('organizationalUnits', 'name')).map(({ id, attributes }) => ({ id, name: requiredString(attributes.name) }));
  }

  async users(): Promise<LiveUser[]> {
    return (await this.list('users', 'managedAppleAccount,status,roleOuList')).map(({ id, attributes }) => ({
      id,
      managedAppleAccount: requiredString(attributes.managedAppleAccount),
      status: optionalString(attributes.status) ?? 'UNKNOWN',
      roles: (Array.isArray(attributes.roleOuList) ? attributes.roleOuList : []).flatMap((entry: unknown) => {
        const { roleName, ouId } = (entry ?? {}) as Record<string, unknown>;
        if (typeof roleName !== 'string') return [];
        return [{ roleName, ...(typeof ouId === 'string' ? { unitId: ouId } : {}) }];
      }),
    }));
  }

  /** A JSON:API list, every page: the cursor is followed with our own parameters, as Apple's examples allow. */
  private async list(type: string, fields: string): Promise<Resource[]> {
    const resources: Resource[] = [];
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let page = 1; ; page++) {
      if (page > this.maxPages) throw new AppleApiError(API, 'unexpected', 'too-many-pages');
      const query = new URLSearchParams({ [`fields[${type}]`]: fields, limit: String(PAGE_LIMIT) });
      if (cursor !== undefined) query.set('cursor', cursor);
      const body = await this.get(`${this.endpoints.businessApi}/v1/${type}?${query}`);
      const { data, next } = readPage(body);
      for (const resource of data) resources.push(resource);
      if (next === undefined) return resources;
      if (seen.has(next)) throw new AppleApiError(API, 'unexpected', 'unexpected-shape');
      seen.add(next);
      cursor = next;
    }
  }

  private async get(url: string): Promise<unknown> {
    let response = await this.sendWithToken(url, await this.accessToken());
    if (response.status === 401) {
      // Apple: get a new access token whenever the API answers 401, then retry once.
      response = await this.sendWithToken(url, await this.accessToken(true));
    }
    if (response.status !== 200) throw this.errorFrom(response);
    return jsonBody(API, response);
  }

  private sendWithToken(url: string, token: string): Promise<HttpResponse> {
    return this.http.send({ api: API, method: 'GET', url, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  }

  /** The cached access token, or a new one (one request at a time, however many lists ask). */
  async accessToken(renew = false): Promise<string> {
    if (!renew && this.token !== undefined && this.token.expiresAt > this.now().getTime()) return this.token.value;
    if (this.pending === undefined) {
      this.pending = this.requestToken().finally(() => (this.pending = undefined));
    }
    return this.pending;
  }

  private async requestToken(): Promise<string> {
    const assertion = this.clientAssertion();
    this.onSecret(assertion);
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.credentials.clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope: 'business.api',
    });
    const response = await this.http.send({
      api: API,
      method: 'POST',
      url: this.endpoints.tokenUrl,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
    });
    if (response.status !== 200) {
      const error = tokenError(response);
      throw new AppleApiError(API, response.status < 500 && response.status !== 429 ? 'refused' : 'unexpected', error, response.status);
    }
    const body = jsonBody(API, response) as Record<string, unknown> | null;
    const value = body?.access_token;
    const lifetime = body?.expires_in;
    if (typeof value !== 'string' || value === '' || typeof lifetime !== 'number') {
      throw new AppleApiError(API, 'unexpected', 'unexpected-shape', response.status);
    }
    this.onSecret(value);
    this.token = { value, expiresAt: this.now().getTime() + Math.max(0, lifetime * 1000 - EXPIRY_MARGIN_MS) };
    return value;
  }

  /**
   * §1.2.2: ES256, `kid`, `iss` = `sub` = client ID, Apple's `aud`, `iat`, `exp`, a fresh `jti`.
   * Signed by Node directly (RFC 7515 compact form, RFC 7518 §3.4 raw `r || s`): a
   * JWT library imports the key into WebCrypto for every signature, five times
   * the cost of the signature itself when an MSP checks thousands of accounts.
   */
  private clientAssertion(): string {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const header = { alg: 'ES256', kid: this.credentials.keyId };
    const claims = {
      iss: this.credentials.clientId,
      sub: this.credentials.clientId,
      aud: CLIENT_ASSERTION_AUDIENCE,
      iat: issuedAt,
      exp: issuedAt + ASSERTION_LIFETIME_S,
      jti: randomUUID(),
    };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(signingInput), { key: this.credentials.key, dsaEncoding: 'ieee-p1363' });
    return `${signingInput}.${signature.toString('base64url')}`;
  }

  private errorFrom(response: HttpResponse): AppleApiError {
    let code: string | undefined;
    try {
      const errors = (JSON.parse(response.text) as { errors?: Array<{ code?: unknown }> }).errors;
      code = safeCode(errors?.[0]?.code, this.secrets());
    } catch {
      code = undefined;
    }
    const refused = response.status === 401 || response.status === 403;
    return new AppleApiError(API, refused ? 'refused' : 'unexpected', code, response.status);
  }

  private secrets(): string[] {
    return this.token === undefined ? [this.credentials.clientId] : [this.credentials.clientId, this.token.value];
  }
}

/** RFC 6749 §5.2 `{error}` from the token endpoint, when it is a code. */
function tokenError(response: HttpResponse): string | undefined {
  try {
    return safeCode((JSON.parse(response.text) as { error?: unknown }).error);
  } catch {
    return undefined;
  }
}

function readPage(body: unknown): { data: Resource[]; next?: string } {
  const envelope = (body ?? {}) as { data?: unknown; links?: { next?: unknown }; meta?: { paging?: { nextCursor?: unknown } } };
  if (!Array.isArray(envelope.data)) throw new AppleApiError(API, 'unexpected', 'unexpected-shape');
  const data = envelope.data.map((item: unknown) => {
    const { id, attributes } = (item ?? {}) as { id?: unknown; attributes?: unknown };
    if (typeof id !== 'string' || typeof attributes !== 'object' || attributes === null) {
      throw new AppleApiError(API, 'unexpected', 'unexpected-shape');
    }
    return { id, attributes: attributes as Record<string, unknown> };
  });
  const nextCursor = envelope.meta?.paging?.nextCursor;
  if (typeof nextCursor === 'string' && nextCursor !== '') return { data, next: nextCursor };
  const nextLink = envelope.links?.next;
  if (typeof nextLink === 'string' && nextLink !== '') {
    const fromLink = cursorOf(nextLink);
    if (fromLink === undefined) throw new AppleApiError(API, 'unexpected', 'unexpected-shape');
    return { data, next: fromLink };
  }
  return { data };
}

function cursorOf(link: string): string | undefined {
  try {
    return new URL(link).searchParams.get('cursor') ?? undefined;
  } catch {
    return undefined;
  }
}

function requiredString(value: unknown): string {
  if (typeof value !== 'string') throw new AppleApiError(API, 'unexpected', 'unexpected-shape');
  return value;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function dateOrNull(value: unknown): Date | null {
  if (typeof value !== 'string' || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
