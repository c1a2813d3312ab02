import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../support/closed-port.js';
import { fetchLiveState } from '../../src/apple/index.js';
import { buildModel } from '../../src/validate.js';
import {
  AppleFake,
  makeAppleApiKey,
  makeContentTokenFixture,
  makeServerTokenFixture,
  type AppleApiKeyFixture,
  type ContentTokenFixture,
  type ServerTokenFixture,
} from '../support/apple-fake/index.js';
import { writeRepo } from '../support/repo.js';

const quick = { timeoutMs: 2_000, backoffMs: 10 };
const fake = new AppleFake();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

interface OrgFixture {
  key: AppleApiKeyFixture;
  server: ServerTokenFixture;
  content: ContentTokenFixture;
}

function orgFixture(name: string, options: { registered?: boolean } = {}): OrgFixture {
  const key = makeAppleApiKey();
  const server = makeServerTokenFixture({ serverName: `${name} Jamf`, adminId: `admin@${name}.example`, orgName: name });
  const content = makeContentTokenFixture({
    orgName: name,
    locationName: `${name} HQ`,
    expiresAt: new Date('2027-03-01T00:00:00Z'),
    mdmInfo: { id: `${name}-jamf`, name: 'Jamf Pro' },
  });
  if (options.registered !== false) {
    fake.seed({
      name,
      business: {
        clientId: key.clientId,
        keyId: key.keyId,
        publicKey: key.publicKey,
        mdmServers: [{ id: 'S1', serverName: `${name} Jamf`, serverType: 'MDM', status: 'ACTIVE', deviceCount: 3, lastConnectedDateTime: '2026-11-20T10:00:00Z' }],
        units: [{ id: 'OU1', name: `${name} HQ` }],
        users: [{ id: 'U1', managedAppleAccount: `admin@${name}.example`, status: 'ACTIVE', roleOuList: [{ roleName: 'Organization Administrator', ouId: 'OU1' }] }],
      },
      serverTokens: [server.fake],
      contentTokens: [content.fake],
    });
  }
  return { key, server, content };
}

const ENV = (name: string) => name.toUpperCase().replace(/-/g, '_');

function orgYaml(name: string, fixture: OrgFixture, options: { appleApi?: boolean; keyRef?: string } = {}): string {
  const prefix = ENV(name);
  const appleApi =
    options.appleApi === false
      ? ''
      : `  appleApi:\n    clientId: ${fixture.key.clientId}\n    keyId: ${fixture.key.keyId}\n    privateKey: ${options.keyRef ?? `env:${prefix}_APPLE_KEY`}\n`;
  return `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: ${name}
spec:
  product: apple-business
  units:
    - id: hq
      name: ${name} HQ
      primary: true
  accounts:
    - id: admin@${name}.example
      role: organization-administrator
${appleApi}  deviceManagementServices:
    - id: jamf
      type: external
      name: ${name} Jamf
      vendor: jamf
      serviceToken:
        ref: env:${prefix}_SERVER_TOKEN
        privateKey: env:${prefix}_MDM_KEY
        expiresAt: 2027-01-10
  contentTokens:
    - id: hq-apps
      unit: hq
      service: jamf
      ref: env:${prefix}_CONTENT_TOKEN
      expiresAt: 2027-03-01
`;
}

function envFor(name: string, fixture: OrgFixture): Record<string, string> {
  const prefix = ENV(name);
  return {
    [`${prefix}_APPLE_KEY`]: fixture.key.privateKeyPem,
    [`${prefix}_SERVER_TOKEN`]: fixture.server.file,
    [`${prefix}_MDM_KEY`]: fixture.server.privateKeyPem,
    [`${prefix}_CONTENT_TOKEN`]: fixture.content.sToken,
  };
}

describe('fetchLiveState against the fake', () => {
  it('asks every API whose credential is present, skips the others, and isolates failures per organization', async () => {
    const full = orgFixture('full');
    const partial = orgFixture('partial');
    const stranger = orgFixture('stranger', { registered: false });
    const root = writeRepo({
      'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\n',
      'full.yml': orgYaml('full', full),
      'partial.yml': orgYaml('partial', partial, { appleApi: false }),
      'stranger.yml': orgYaml('stranger', stranger),
    });
    const model = buildModel(root, new Date('2026-11-23T00:00:00Z'));
    const env = { ...fake.env, ...envFor('full', full), ...envFor('stranger', stranger), PARTIAL_CONTENT_TOKEN: partial.content.sToken };
    const secrets: string[] = [];
    const live = await fetchLiveState(model, env, { http: quick, onSecret: (secret) => secrets.push(secret) });

    const fullState = live.organizations.get('full')!;
    expect(fullState.failures).toEqual([]);
    expect(fullState.skipped).toEqual([]);
    expect(fullState.business?.mdmServers.map((server) => server.serverName)).toEqual(['full Jamf']);
    expect(fullState.business?.users[0]?.roles).toEqual([{ roleName: 'Organization Administrator', unitId: 'OU1' }]);
    expect(fullState.serverTokens).toEqual([
      { serviceId: 'jamf', outcome: 'accepted', account: { serverName: 'full Jamf', adminId: 'admin@full.example', orgName: 'full', orgId: full.server.fake.account.org_id } },
    ]);
    expect(fullState.contentTokens).toEqual([
      { contentTokenId: 'hq-apps', outcome: 'valid', locationName: 'full HQ', expiresAt: new Date('2027-03-01T00:00:00Z'), mdmInfo: { id: 'full-jamf', name: 'Jamf Pro' } },
    ]);

    const partialState = live.organizations.get('partial')!;
    expect(partialState.business).toBeUndefined();
    expect(partialState.failures).toEqual([]);
    expect(partialState.skipped).toEqual([
      { api: 'apple-business-api', reason: 'no `spec.appleApi` credentials declared' },
      { api: 'device-enrollment-api', subject: 'jamf', reason: 'serviceToken.ref: `env:PARTIAL_SERVER_TOKEN` is not set' },
    ]);
    expect(partialState.contentTokens.map((token) => token.outcome)).toEqual(['valid']);

    const strangerState = live.organizations.get('stranger')!;
    expect(strangerState.failures).toEqual([
      { api: 'apple-business-api', status: 400, code: 'invalid_client', message: 'Apple Business API refused the credentials: HTTP 400 (invalid_client)' },
    ]);
    expect(strangerState.serverTokens.map((token) => token.outcome)).toEqual(['rejected']);
    expect(strangerState.contentTokens.map((token) => token.outcome)).toEqual(['rejected']);

    // Every credential read or derived was announced (for masking) before use.
    expect(secrets).toEqual(expect.arrayContaining([full.key.privateKeyPem, full.server.secrets.access_secret, full.content.sToken]));
  });

  it('refuses runner variables and keys of the wrong kind without sending anything', async () => {
    const org = orgFixture('hygiene');
    const root = writeRepo({ 'org.yml': orgYaml('hygiene', org, { keyRef: 'env:GITHUB_TOKEN' }).replace('env:HYGIENE_CONTENT_TOKEN', 'env:ACTIONS_RUNTIME_TOKEN') });
    const requestsBefore = fake.requests.length;
    const live = await fetchLiveState(buildModel(root, new Date()), { ...fake.env, ...envFor('hygiene', org), GITHUB_TOKEN: 'ghs_x', ACTIONS_RUNTIME_TOKEN: 'y' }, { http: quick });
    const state = live.organizations.get('hygiene')!;
    expect(state.failures.map((failure) => [failure.api, failure.code])).toEqual([
      ['apple-business-api', 'unusable-credential'],
      ['apps-and-books-api', 'unusable-credential'],
    ]);
    expect(state.failures[0]?.message).toBe(
      'Apple Business API was not asked: spec.appleApi.privateKey `env:GITHUB_TOKEN` names a variable the CI runner sets, never an Apple credential: nothing was sent (use a secret of your own)',
    );
    // Only the server token (a proper credential) went out.
    expect(fake.requests.slice(requestsBefore).map((request) => request.path)).toEqual(['/session', '/account']);
  });

  it('an unreachable Apple gives one failure per organization and API, quickly, and nothing crashes', async () => {
    const port = await closedPort();
    const dead = `http://127.0.0.1:${port}`;
    const env: Record<string, string> = {
      ABM_GITOPS_APPLE_API_URL: dead,
      ABM_GITOPS_APPLE_TOKEN_URL: `${dead}/auth/oauth2/token`,
      ABM_GITOPS_ADE_API_URL: dead,
      ABM_GITOPS_VPP_API_URL: `${dead}/mdm/v2`,
    };
    const files: Record<string, string> = {};
    for (let index = 0; index < 12; index++) {
      const name = `org-${index}`;
      const fixture = orgFixture(name, { registered: false });
      files[`${name}.yml`] = orgYaml(name, fixture);
      Object.assign(env, envFor(name, fixture));
    }
    const started = Date.now();
    const live = await fetchLiveState(buildModel(writeRepo(files), new Date()), env, { http: quick });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(live.organizations.size).toBe(12);
    for (const state of live.organizations.values()) {
      expect(state.failures.map((failure) => [failure.api, failure.code])).toEqual([
        ['apple-business-api', 'ECONNREFUSED'],
        ['device-enrollment-api', 'ECONNREFUSED'],
        ['apps-and-books-api', 'ECONNREFUSED'],
      ]);
    }
  });
});
