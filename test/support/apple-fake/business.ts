/**
 * The Apple Business API side of the fake (apple-apis.md §1, §5 items 1–4):
 * the token endpoint at both `/auth/oauth2/token` and `/auth/oauth2/v2/token`,
 * parameters from the query string or a form body, the client assertion
 * verified as Apple would (ES256 against the registered key for `kid`,
 * `iss`/`sub` = client ID, Apple's `aud`, `iat`/`exp`, a `jti` never seen
 * before); then Bearer-protected JSON:API lists, paginated by `cursor`.
 */
import { randomBytes } from 'node:crypto';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import type { FakeRequest, FakeResponse } from './server.js';
import type { FakeBusinessAccount } from './types.js';

const AUDIENCE = 'https://account.apple.com/auth/oauth2/v2/token';
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const MAX_ASSERTION_LIFETIME_S = 180 * 86_400;
const MAX_LIMIT = 1000;
const DEFAULT_LIMIT = 100;
const LIST_TYPES = ['mdmServers', 'organizationalUnits', 'users'] as const;
const MDM_DEFAULT_FIELDS = ['serverName', 'serverType', 'createdDateTime', 'updatedDateTime'];

type ListType = (typeof LIST_TYPES)[number];

function apiError(status: number, code: string, title: string, extra: Record<string, unknown> = {}): FakeResponse {
  return { status, body: { errors: [{ id: randomBytes(8).toString('hex'), status: String(status), code, title, detail: title, ...extra }] } };
}

export class BusinessFake {
  readonly accounts = new Map<string, FakeBusinessAccount>();
  /** Access token → client ID, with Apple's lifetime. */
  readonly accessTokens = new Map<string, { clientId: string; expiresAt: number }>();
  readonly usedJti = new Set<string>();
  /** Every client assertion received, verified or not (secrecy tests look for them in outputs). */
  readonly assertions: string[] = [];
  /** Token requests answered 200, per client ID. */
  readonly tokensIssued = new Map<string, number>();
  /** Answer the next N API calls with 401 as if the access token had expired (and revoke it). */
  expireNextAccessTokens = 0;
  /** The server's page size cap below the client's `limit` (Apple's examples show 100 by default). */
  pageSizeCap = MAX_LIMIT;
  /** Client IDs whose key Apple has revoked: valid assertions are refused with `invalid_client`. */
  readonly revoked = new Set<string>();

  register(account: FakeBusinessAccount): void {
    this.accounts.set(account.clientId, account);
  }

  async token(request: FakeRequest): Promise<FakeResponse> {
    const path = request.url.pathname;
    if (request.method !== 'POST' || (path !== '/auth/oauth2/token' && path !== '/auth/oauth2/v2/token')) {
      return { status: 404, body: '<html><body>Not Found</body></html>', headers: { 'Content-Type': 'text/html' } };
    }
    const params = new URLSearchParams(request.url.search);
    if ((request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      for (const [key, value] of new URLSearchParams(request.body)) params.set(key, value);
    }
    const invalid = (error: string): FakeResponse => ({ status: 400, body: { error } });
    if (params.get('grant_type') !== 'client_credentials') return invalid('unsupported_grant_type');
    if (params.get('client_assertion_type') !== ASSERTION_TYPE) return invalid('invalid_request');
    const clientId = params.get('client_id') ?? '';
    const account = this.accounts.get(clientId);
    const wantedScope = clientId.startsWith('BUSINESSAPI.') ? 'business.api' : 'school.api';
    if (params.get('scope') !== wantedScope) return invalid('invalid_scope');
    this.assertions.push(params.get('client_assertion') ?? '');
    if (account === undefined || this.revoked.has(clientId)) return invalid('invalid_client');
    if (!(await this.assertionValid(params.get('client_assertion') ?? '', account))) return invalid('invalid_client');
    const value = `${randomBytes(12).toString('hex')}.${randomBytes(24).toString('base64url')}`;
    this.accessTokens.set(value, { clientId, expiresAt: Date.now() + 3600_000 });
    this.tokensIssued.set(clientId, (this.tokensIssued.get(clientId) ?? 0) + 1);
    return { status: 200, body: { access_token: value, token_type: 'Bearer', expires_in: 3600, scope: wantedScope } };
  }

  private async assertionValid(assertion: string, account: FakeBusinessAccount): Promise<boolean> {
    try {
      const header = decodeProtectedHeader(assertion);
      if (header.alg !== 'ES256' || header.kid !== account.keyId) return false;
      const { payload } = await jwtVerify(assertion, account.publicKey, {
        algorithms: ['ES256'],
        audience: AUDIENCE,
        issuer: account.clientId,
        subject: account.clientId,
        requiredClaims: ['iat', 'exp', 'jti'],
      });
      const now = Math.floor(Date.now() / 1000);
      if (payload.exp! <= now || payload.exp! - payload.iat! >= MAX_ASSERTION_LIFETIME_S) return false;
      if (this.usedJti.has(payload.jti!)) return false;
      this.usedJti.add(payload.jti!);
      return true;
    } catch {
      return false;
    }
  }

  api(request: FakeRequest): FakeResponse {
    const authorization = request.headers.authorization ?? '';
    const bearer = /^Bearer (.+)$/.exec(authorization)?.[1];
    const session = bearer === undefined ? undefined : this.accessTokens.get(bearer);
    if (session === undefined || session.expiresAt <= Date.now()) return apiError(401, 'NOT_AUTHORIZED', 'Authentication credentials are missing or invalid.');
    if (this.expireNextAccessTokens > 0) {
      this.expireNextAccessTokens--;
      this.accessTokens.delete(bearer!);
      return apiError(401, 'NOT_AUTHORIZED', 'Authentication credentials are missing or invalid.');
    }
    // nanoaxm: "the API results in a 406 accept error if the header value differs".
    if (request.headers.accept !== 'application/json') return apiError(406, 'NOT_ACCEPTABLE', 'Accept application/json.');
    if (request.method !== 'GET') return apiError(405, 'METHOD_NOT_ALLOWED', 'Read-only fake.');
    const type = /^\/v1\/([A-Za-z]+)$/.exec(request.url.pathname)?.[1];
    if (type === undefined || !(LIST_TYPES as readonly string[]).includes(type)) {
      return apiError(404, 'NOT_FOUND', "The specified resource doesn't exist");
    }
    return this.list(type as ListType, this.accounts.get(session.clientId)!, request.url);
  }

  private list(type: ListType, account: FakeBusinessAccount, url: URL): FakeResponse {
    const limitText = url.searchParams.get('limit');
    const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      return apiError(400, 'PARAMETER_ERROR.INVALID', 'A parameter has an invalid value', { source: { parameter: 'limit' } });
    }
    const cursor = url.searchParams.get('cursor');
    const offset = cursor === null ? 0 : decodeCursor(cursor);
    if (offset === undefined) return apiError(400, 'PARAMETER_ERROR.INVALID', 'Invalid cursor', { source: { parameter: 'cursor' } });
    const fieldsParam = url.searchParams.get(`fields[${type}]`);
    const all = this.resources(type, account);
    const pageSize = Math.min(limit, this.pageSizeCap);
    const page = all.slice(offset, offset + pageSize);
    const fields = fieldsParam === null ? (type === 'mdmServers' ? MDM_DEFAULT_FIELDS : undefined) : fieldsParam.split(',');
    const self = `https://api-business.apple.com/v1/${type}`;
    const data = page.map(({ id, attributes }) => ({
      type,
      id,
      attributes: fields === undefined ? attributes : Object.fromEntries(Object.entries(attributes).filter(([key]) => fields.includes(key))),
      links: { self: `${self}/${id}` },
    }));
    const more = offset + pageSize < all.length;
    const nextCursor = more ? encodeCursor(offset + pageSize) : undefined;
    return {
      status: 200,
      body: {
        data,
        links: { self, ...(nextCursor ? { next: `${self}?cursor=${nextCursor}` } : {}) },
        meta: { paging: { limit: pageSize, ...(nextCursor ? { nextCursor } : {}) } },
      },
    };
  }

  private resources(type: ListType, account: FakeBusinessAccount): Array<{ id: string; attributes: Record<string, unknown> }> {
    const stamp = { createdDateTime: '2025-05-01T03:21:44.685Z', updatedDateTime: '2026-05-12T11:02:18Z' };
    if (type === 'mdmServers') {
      return account.mdmServers.map(({ id, ...attributes }) => ({
        id,
        attributes: { ...attributes, enableMdmDisownFlag: false, defaultProductFamilies: ['IPHONE', 'IPAD', 'MAC'], lastConnectedIp: '203.0.113.5', ...stamp },
      }));
    }
    if (type === 'organizationalUnits') {
      return account.units.map(({ id, name }) => ({ id, attributes: { name, description: `${name} unit`, ...stamp } }));
    }
    return account.users.map(({ id, ...attributes }) => ({
      id,
      attributes: { firstName: 'Test', lastName: id, isExternalUser: false, email: attributes.managedAppleAccount, ...attributes, ...stamp },
    }));
  }
}

function encodeCursor(offset: number): string {
  return Buffer.from(`MDowOj${offset}:fake`).toString('base64url');
}

function decodeCursor(cursor: string): number | undefined {
  const match = /^MDowOj(\d+):fake$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match === null ? undefined : Number(match[1]);
}
