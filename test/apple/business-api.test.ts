import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BusinessApiClient, CLIENT_ASSERTION_AUDIENCE } from '../../src/apple/business-api.js';
import { parseAppleApiKey } from '../../src/apple/credentials.js';
import { AppleApiError } from '../../src/apple/failure.js';
import { HttpClient } from '../../src/apple/http.js';
import { AppleFake, makeAppleApiKey, type AppleApiKeyFixture, type FakeBusinessAccount } from '../support/apple-fake/index.js';

const fake = new AppleFake();
const key = makeAppleApiKey();
const account: FakeBusinessAccount = {
  clientId: key.clientId,
  keyId: key.keyId,
  publicKey: key.publicKey,
  mdmServers: [
    {
      id: '1F97349736CF4614A94F624E705841AD',
      serverName: 'Jamf Pro Production',
      serverType: 'MDM',
      status: 'ACTIVE',
      deviceCount: 128,
      lastConnectedDateTime: '2026-06-01T08:14:23Z',
    },
    { id: '2A', serverName: 'Old MDM', serverType: 'MDM', status: 'INACTIVE', deviceCount: 0, lastConnectedDateTime: null },
  ],
  units: [
    { id: 'OU1', name: 'Acme Corp' },
    { id: 'OU2', name: 'Acme New York' },
  ],
  users: Array.from({ length: 2_345 }, (_, index) => ({
    id: String(1_000_000 + index),
    managedAppleAccount: `user${index}@acme.example`,
    status: index % 2 === 0 ? ('ACTIVE' as const) : ('DEACTIVATED' as const),
    roleOuList: [{ roleName: 'Staff', ouId: 'OU1' }],
  })),
};
fake.seed({ name: 'acme', business: account });

beforeAll(() => fake.start());
afterAll(() => fake.stop());
afterEach(() => {
  fake.clearFaults();
  fake.business.expireNextAccessTokens = 0;
  fake.business.revoked.clear();
});

const endpoints = () => ({ businessApi: fake.url, tokenUrl: `${fake.url}/auth/oauth2/token`, deviceEnrollment: fake.url, appsAndBooks: `${fake.url}/mdm/v2` });

function clientFor(fixture: AppleApiKeyFixture, options: { maxPages?: number } = {}) {
  const parsed = parseAppleApiKey(fixture.privateKeyPem, 'env:KEY');
  if (!parsed.ok) throw new Error(parsed.reason);
  const secrets: string[] = [];
  const client = new BusinessApiClient(
    new HttpClient({ timeoutMs: 2_000, backoffMs: 10 }),
    endpoints(),
    { clientId: fixture.clientId, keyId: fixture.keyId, key: parsed.key },
    { ...options, onSecret: (secret) => secrets.push(secret) },
  );
  return { client, secrets };
}

async function failureOf(promise: Promise<unknown>): Promise<AppleApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppleApiError);
  return error as AppleApiError;
}

describe('Apple Business API client against the fake', () => {
  it('gets a token with a client assertion the fake verifies, then reads every list to the end', async () => {
    const issuedBefore = fake.business.tokensIssued.get(key.clientId) ?? 0;
    const { client } = clientFor(key);
    const state = await client.state();
    expect(state.mdmServers).toEqual([
      {
        id: '1F97349736CF4614A94F624E705841AD',
        serverName: 'Jamf Pro Production',
        serverType: 'MDM',
        status: 'ACTIVE',
        deviceCount: 128,
        lastConnectedAt: new Date('2026-06-01T08:14:23Z'),
      },
      { id: '2A', serverName: 'Old MDM', serverType: 'MDM', status: 'INACTIVE', deviceCount: 0, lastConnectedAt: null },
    ]);
    expect(state.units).toEqual([
      { id: 'OU1', name: 'Acme Corp' },
      { id: 'OU2', name: 'Acme New York' },
    ]);
    expect(state.users).toHaveLength(2_345);
    expect(state.users[2_344]).toEqual({ id: '1002344', managedAppleAccount: 'user2344@acme.example', status: 'ACTIVE', roles: [{ roleName: 'Staff', unitId: 'OU1' }] });
    // One access token for the whole run, three pages of users (limit 1000).
    expect((fake.business.tokensIssued.get(key.clientId) ?? 0) - issuedBefore).toBe(1);
    const userPages = fake.requests.filter((request) => request.path.startsWith('/v1/users'));
    expect(userPages.map((request) => new URL(request.path, fake.url).searchParams.has('cursor'))).toEqual([false, true, true]);
  });

  it('signs the claims apple-apis.md §1.2.2 lists, with a fresh jti each time', async () => {
    const { client, secrets } = clientFor(key);
    await client.accessToken();
    await client.accessToken(true);
    const assertions = secrets.filter((secret) => secret.split('.').length === 3 && secret.startsWith('ey'));
    expect(assertions).toHaveLength(2);
    const header = decodeProtectedHeader(assertions[0]!);
    const claims = decodeJwt(assertions[0]!);
    expect(header).toEqual({ alg: 'ES256', kid: key.keyId });
    expect(claims).toMatchObject({ iss: key.clientId, sub: key.clientId, aud: CLIENT_ASSERTION_AUDIENCE });
    expect(claims.exp! - claims.iat!).toBeGreaterThan(0);
    expect(claims.exp! - claims.iat!).toBeLessThan(180 * 86_400);
    expect(decodeJwt(assertions[1]!).jti).not.toBe(claims.jti);
  });

  it('renews the access token once on a 401 and goes on', async () => {
    const { client } = clientFor(key);
    await client.accessToken();
    const issuedBefore = fake.business.tokensIssued.get(key.clientId) ?? 0;
    fake.business.expireNextAccessTokens = 1;
    expect(await client.units()).toHaveLength(2);
    expect((fake.business.tokensIssued.get(key.clientId) ?? 0) - issuedBefore).toBe(1);
  });

  it('a second 401 after renewing is a refusal, not a loop', async () => {
    const { client } = clientFor(key);
    fake.business.expireNextAccessTokens = 5;
    const error = await failureOf(client.units());
    expect(error.toFailure()).toEqual({
      api: 'apple-business-api',
      status: 401,
      code: 'NOT_AUTHORIZED',
      message: 'Apple Business API refused the credentials: HTTP 401 (NOT_AUTHORIZED)',
    });
  });

  it('a key Apple does not know (or revoked) is invalid_client from the token endpoint', async () => {
    const stranger = makeAppleApiKey('pkcs8');
    const error = await failureOf(clientFor(stranger).client.state());
    expect(error.toFailure()).toEqual({
      api: 'apple-business-api',
      status: 400,
      code: 'invalid_client',
      message: 'Apple Business API refused the credentials: HTTP 400 (invalid_client)',
    });
    fake.business.revoked.add(key.clientId);
    expect((await failureOf(clientFor(key).client.state())).code).toBe('invalid_client');
  });

  it('an assertion signed with another key for a known client ID fails verification', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();
    const error = await failureOf(clientFor({ ...key, privateKeyPem: other }).client.state());
    expect(error.code).toBe('invalid_client');
  });

  it('follows 429 Retry-After and 5xx on the lists', async () => {
    fake.fail({ path: /^\/v1\/mdmServers$/, respond: { status: 429, headers: { 'Retry-After': '1' }, body: { errors: [{ status: '429', code: 'RATE_LIMIT_EXCEEDED' }] } } });
    fake.fail({ path: /^\/v1\/organizationalUnits$/, respond: { status: 502, body: '' } });
    const { client } = clientFor(key);
    expect(await client.mdmServers()).toHaveLength(2);
    expect(await client.units()).toHaveLength(2);
  });

  it('HTML or garbage instead of JSON is a clear failure', async () => {
    fake.fail({ path: /^\/v1\/organizationalUnits$/, respond: 'html' });
    const { client } = clientFor(key);
    expect((await failureOf(client.units())).message).toBe('Apple Business API answered: HTTP 200 (not-json)');
    fake.fail({ path: /^\/v1\/organizationalUnits$/, respond: 'garbage' });
    expect((await failureOf(client.units())).code).toBe('not-json');
  });

  it('stops at the page cap', async () => {
    fake.business.pageSizeCap = 1;
    try {
      const error = await failureOf(clientFor(key, { maxPages: 5 }).client.users());
      expect(error.code).toBe('too-many-pages');
    } finally {
      fake.business.pageSizeCap = 1000;
    }
  });

  it('an error code that echoes a secret is not repeated', async () => {
    const { client } = clientFor(key);
    const token = await client.accessToken();
    fake.fail({ path: /^\/v1\/users$/, respond: { status: 403, body: { errors: [{ status: '403', code: token.slice(0, 40) }] } } });
    const error = await failureOf(client.users());
    expect(error.toFailure()).toEqual({ api: 'apple-business-api', status: 403, message: 'Apple Business API refused the credentials: HTTP 403' });
  });
});
