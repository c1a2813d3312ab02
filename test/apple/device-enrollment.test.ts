import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decryptServerTokenCredentials } from '../../src/artifacts/index.js';
import { DeviceEnrollmentClient } from '../../src/apple/device-enrollment.js';
import { HttpClient } from '../../src/apple/http.js';
import { AppleFake, makeServerTokenFixture, type ServerTokenFixture, type ServerTokenMode } from '../support/apple-fake/index.js';

const fake = new AppleFake();
beforeAll(() => fake.start());
afterAll(() => fake.stop());
afterEach(() => {
  fake.clearFaults();
  fake.enrollment.expireNextSessions = 0;
  fake.enrollment.rotateSessions = false;
  fake.enrollment.termsPendingOnAccount = false;
});

function seededToken(mode: ServerTokenMode = 'accepted'): ServerTokenFixture {
  const fixture = makeServerTokenFixture({ serverName: 'Jamf Pro Production', adminId: 'm.lopez@acme.example', orgName: 'Acme Corp', mode });
  fake.seed({ name: 'acme', serverTokens: [fixture.fake] });
  return fixture;
}

/** The real path: decrypt the .p7m with the MDM key (node-forge), then talk to the fake. */
function clientFor(fixture: ServerTokenFixture, onSecret?: (secret: string) => void) {
  const decrypted = decryptServerTokenCredentials(fixture.file, fixture.privateKeyPem);
  if (!decrypted.ok) throw new Error(decrypted.reason);
  return new DeviceEnrollmentClient(new HttpClient({ timeoutMs: 2_000, backoffMs: 10 }), fake.url, decrypted.credentials, 'abm-gitops/test', onSecret);
}

describe('device enrollment client against the fake', () => {
  it('decrypts the server token, signs /session, and reads /account with the session', async () => {
    const fixture = seededToken();
    const sessions: string[] = [];
    const result = await clientFor(fixture, (secret) => sessions.push(secret)).check();
    expect(result).toEqual({
      outcome: 'accepted',
      account: { serverName: 'Jamf Pro Production', adminId: 'm.lopez@acme.example', orgName: 'Acme Corp', orgId: fixture.fake.account.org_id },
    });
    const account = fake.requests.findLast((request) => request.path === '/account')!;
    expect(account.headers['x-adm-auth-session']).toBe(sessions[0]);
    expect(account.headers['user-agent']).toBe('abm-gitops/test');
    expect(account.headers['x-server-protocol-version']).toBe('10');
  });

  it.each([
    ['token_rejected', 'rejected', 401],
    ['signature_invalid', 'rejected', 401],
    ['ACCESS_DENIED', 'rejected', 403],
    ['T_C_NOT_SIGNED', 'terms-not-accepted', 403],
  ] as const)('maps %s on /session to %s (§2.3)', async (mode, outcome, status) => {
    const result = await clientFor(seededToken(mode)).check();
    expect(result.outcome).toBe(outcome);
    expect(result.failure).toMatchObject({ api: 'device-enrollment-api', status, code: mode });
    expect(result.failure?.message).toMatch(new RegExp(`^device enrollment \\(ADE\\) API (refused the credentials|answered): HTTP ${status} \\(${mode}\\)$`));
  });

  it('a token Apple does not know at all is rejected', async () => {
    const unknown = makeServerTokenFixture({ serverName: 'x', adminId: 'x', orgName: 'x' });
    expect((await clientFor(unknown).check()).outcome).toBe('rejected');
  });

  it('renews an expired session once and replays the call', async () => {
    const client = clientFor(seededToken());
    const sessionsBefore = fake.count(/^\/session$/);
    fake.enrollment.expireNextSessions = 1;
    expect((await client.check()).outcome).toBe('accepted');
    expect(fake.count(/^\/session$/) - sessionsBefore).toBe(2);
  });

  it('a session that expires again right after renewal gives up (no loop)', async () => {
    const client = clientFor(seededToken());
    fake.enrollment.expireNextSessions = 5;
    const result = await client.check();
    expect(result).toMatchObject({ outcome: 'unavailable', failure: { status: 401, code: 'UNAUTHORIZED' } });
    expect(fake.enrollment.expireNextSessions).toBe(3);
  });

  it('keeps the session Apple rotates in the response header', async () => {
    const client = clientFor(seededToken());
    fake.enrollment.rotateSessions = true;
    const sessionsBefore = fake.count(/^\/session$/);
    await client.account();
    await client.account();
    // The second call used the rotated session (the first one is dead by then): no new /session.
    expect(fake.count(/^\/session$/) - sessionsBefore).toBe(1);
    expect(fake.requests.at(-1)).toMatchObject({ path: '/account', status: 200 });
  });

  it('T_C_NOT_SIGNED on /account is terms not accepted', async () => {
    fake.enrollment.termsPendingOnAccount = true;
    expect((await clientFor(seededToken()).check()).outcome).toBe('terms-not-accepted');
  });

  it('5xx on /session is retried; a dead Apple is unavailable', async () => {
    fake.fail({ path: /^\/session$/, respond: { status: 503, headers: { 'Retry-After': '0' }, body: 'Service Unavailable' } });
    expect((await clientFor(seededToken()).check()).outcome).toBe('accepted');
    fake.fail({ path: /^\/session$/, times: 3, respond: { status: 500, body: 'oops' } });
    expect(await clientFor(seededToken()).check()).toMatchObject({ outcome: 'unavailable', failure: { status: 500 } });
  });
});
