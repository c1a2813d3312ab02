import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppsAndBooksClient } from '../../src/apple/apps-and-books.js';
import { HttpClient } from '../../src/apple/http.js';
import { AppleFake, makeContentTokenFixture, type ContentTokenMode } from '../support/apple-fake/index.js';

const fake = new AppleFake();
beforeAll(() => fake.start());
afterAll(() => fake.stop());
afterEach(() => fake.clearFaults());

function clientFor(mode: ContentTokenMode = 'valid', mdmInfo?: { id: string; name: string }) {
  const fixture = makeContentTokenFixture({
    orgName: 'Acme Corp',
    locationName: 'Acme New York',
    expiresAt: new Date('2027-02-01T10:00:00Z'),
    mode,
    ...(mdmInfo ? { mdmInfo } : {}),
  });
  fake.seed({ name: 'acme', contentTokens: [fixture.fake] });
  return { client: new AppsAndBooksClient(new HttpClient({ timeoutMs: 2_000, backoffMs: 10 }), `${fake.url}/mdm/v2`, fixture.sToken), fixture };
}

describe('Apps and Books client against the fake', () => {
  it('reads the client config with the content token as Bearer', async () => {
    const { client, fixture } = clientFor('valid', { id: '5e4a0f0c-jamf-prod', name: 'Jamf Pro' });
    expect(await client.check()).toEqual({
      outcome: 'valid',
      locationName: 'Acme New York',
      expiresAt: new Date('2027-02-01T10:00:00Z'),
      mdmInfo: { id: '5e4a0f0c-jamf-prod', name: 'Jamf Pro' },
    });
    expect(fake.requests.at(-1)?.headers.authorization).toBe(`Bearer ${fixture.sToken}`);
  });

  it('an unclaimed token has no mdmInfo', async () => {
    expect((await clientFor().client.check()).mdmInfo).toBeUndefined();
  });

  it.each([
    ['expired', 401, '9621'],
    ['expired-200', 200, '9621'],
    ['revoked', 401, '9625'],
    ['revoked-200', 200, '9625'],
  ] as const)('%s: rejected, HTTP %i or not (the 200-with-errorNumber quirk)', async (mode, status, code) => {
    const result = await clientFor(mode).client.check();
    expect(result).toEqual({
      outcome: 'rejected',
      failure: { api: 'apps-and-books-api', status, code, message: `Apps and Books API refused the credentials: HTTP ${status} (${code})` },
    });
  });

  it('a token Apple does not know is rejected (9622)', async () => {
    const stranger = makeContentTokenFixture({ orgName: 'x', locationName: 'x', expiresAt: new Date('2027-01-01') });
    const client = new AppsAndBooksClient(new HttpClient({ backoffMs: 10 }), `${fake.url}/mdm/v2`, stranger.sToken);
    expect((await client.check()).failure?.code).toBe('9622');
  });

  it('9646 with 429 and Retry-After is waited out; 9646 in an HTTP 200 too', async () => {
    const { client } = clientFor();
    const busy = { errorNumber: 9646, errorMessage: 'There are too many recent requests. Try again momentarily.' };
    fake.fail({ path: /client\/config/, respond: { status: 429, headers: { 'Retry-After': '1' }, body: busy } });
    fake.fail({ path: /client\/config/, respond: { status: 200, body: busy } });
    const started = Date.now();
    expect((await client.check()).outcome).toBe('valid');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('still busy after three tries: unavailable with 9646', async () => {
    const { client } = clientFor();
    fake.fail({ path: /client\/config/, times: 3, respond: { status: 429, body: { errorNumber: 9646, errorMessage: 'busy' } } });
    expect(await client.check()).toMatchObject({ outcome: 'unavailable', failure: { status: 429, code: '9646' } });
  });

  it('5xx with Retry-After then success', async () => {
    const { client } = clientFor();
    fake.fail({
      path: /client\/config/,
      respond: { status: 503, headers: { 'Retry-After': '0' }, body: { errorNumber: 9729, errorMessage: 'The service is temporarily unavailable. Try again later.' } },
    });
    expect((await client.check()).outcome).toBe('valid');
  });

  it('HTML is unavailable, not valid', async () => {
    const { client } = clientFor();
    fake.fail({ path: /client\/config/, respond: 'html' });
    expect(await client.check()).toMatchObject({ outcome: 'unavailable', failure: { code: 'not-json' } });
  });
});
