import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../support/closed-port.js';
import { AppleApiError } from '../../src/apple/failure.js';
import { HttpClient, retryAfterMs } from '../../src/apple/http.js';
import { AppleFake } from '../support/apple-fake/index.js';

const fake = new AppleFake();
beforeAll(() => fake.start());
afterAll(() => fake.stop());
afterEach(() => {
  fake.clearFaults();
  fake.latencyMs = 0;
});

const quick = { timeoutMs: 1_000, backoffMs: 10, maxWaitMs: 5_000 };

function get(client: HttpClient, path = '/v1/users') {
  return client.send({ api: 'apple-business-api', method: 'GET', url: `${fake.url}${path}`, headers: { Accept: 'application/json' } });
}

async function failureOf(promise: Promise<unknown>): Promise<AppleApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppleApiError);
  return error as AppleApiError;
}

describe('HTTP layer against the fake', () => {
  it('waits the Retry-After of a 429 and tries again', async () => {
    fake.fail({ path: /^\/v1\/users$/, respond: { status: 429, headers: { 'Retry-After': '1' }, body: { errors: [{ status: '429', code: 'RATE_LIMIT_EXCEEDED' }] } } });
    const started = Date.now();
    const response = await get(new HttpClient(quick));
    expect(response.status).toBe(401); // the real answer: no bearer token
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.count(/^\/v1\/users/)).toBeGreaterThanOrEqual(2);
  });

  it('gives up on a Retry-After longer than the waiting budget instead of sleeping through it', async () => {
    fake.fail({ path: /^\/v1\/users$/, respond: { status: 429, headers: { 'Retry-After': '3600' }, body: {} } });
    const started = Date.now();
    const response = await get(new HttpClient(quick));
    expect(response.status).toBe(429);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    fake.fail({ path: /^\/v1\/units$/, times: 2, respond: { status: 503, body: {} } });
    const before = fake.count(/^\/v1\/units$/);
    const response = await get(new HttpClient(quick), '/v1/units');
    expect(response.status).toBe(401);
    expect(fake.count(/^\/v1\/units$/) - before).toBe(3);
  });

  it('stops after three tries of a 5xx and hands back the last answer', async () => {
    fake.fail({ path: /^\/v1\/x$/, times: 5, respond: { status: 500, body: {} } });
    const response = await get(new HttpClient(quick), '/v1/x');
    expect(response.status).toBe(500);
  });

  it('retries a dropped connection, then succeeds', async () => {
    fake.fail({ path: /^\/v1\/drop$/, respond: 'drop' });
    const response = await get(new HttpClient(quick), '/v1/drop');
    expect(response.status).toBe(401);
  });

  it('a connection dropped on every try is a clear failure', async () => {
    fake.fail({ path: /^\/v1\/drops$/, times: 3, respond: 'drop' });
    const error = await failureOf(get(new HttpClient(quick), '/v1/drops'));
    expect(error.kind).toBe('unreachable');
    expect(error.message).toMatch(/^Apple Business API could not be reached \(/);
  });

  it('dropped connections on requests in flight together are retried, not taken for a host that is gone', async () => {
    fake.fail({ path: /^\/v1\/flaky$/, times: 3, respond: 'drop' });
    const client = new HttpClient(quick);
    const responses = await Promise.all(Array.from({ length: 3 }, () => get(client, '/v1/flaky')));
    expect(responses.map((response) => response.status)).toEqual([401, 401, 401]);
  });

  it('a slow endpoint hits the timeout (not retried) and fails in bounded time', async () => {
    fake.fail({ path: /^\/v1\/slow$/, respond: { delayMs: 3_000 } });
    const started = Date.now();
    const error = await failureOf(get(new HttpClient({ ...quick, timeoutMs: 200 }), '/v1/slow'));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('Apple Business API did not answer in time (timeout)');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('a never-ending body is cut by the timeout', async () => {
    fake.fail({ path: /^\/v1\/endless$/, respond: 'endless' });
    const started = Date.now();
    const error = await failureOf(get(new HttpClient({ ...quick, timeoutMs: 300 }), '/v1/endless'));
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a 10 MB body is refused by its Content-Length, and without one by counting', async () => {
    fake.fail({ path: /^\/v1\/huge$/, respond: 'huge' });
    expect((await failureOf(get(new HttpClient(quick), '/v1/huge'))).code).toBe('too-large');
    fake.fail({ path: /^\/v1\/huge$/, respond: 'huge-chunked' });
    const error = await failureOf(get(new HttpClient(quick), '/v1/huge'));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('Apple Business API answered with a body over the size cap (too-large)');
  });

  it('a closed port is unreachable at once, and after three such failures the host is not tried again', async () => {
    const port = await closedPort();
    const client = new HttpClient(quick);
    const send = () => client.send({ api: 'device-enrollment-api', method: 'GET', url: `http://127.0.0.1:${port}/session`, headers: {} });
    for (let attempt = 0; attempt < 3; attempt++) expect((await failureOf(send())).code).toBe('ECONNREFUSED');
    const error = await failureOf(send());
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.message).toBe('device enrollment (ADE) API refused the connection (ECONNREFUSED)');
  });

  it('never has more requests in flight than the concurrency', async () => {
    fake.latencyMs = 60;
    const client = new HttpClient({ ...quick, concurrency: 3 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 9 }, () => get(client, '/v1/c')));
    // 9 requests, 3 at a time, 60 ms each: at least three rounds.
    expect(Date.now() - started).toBeGreaterThanOrEqual(170);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('7')).toBe(7000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
