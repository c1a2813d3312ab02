// `validate`, `tokens` and `inspect` with `--online`, through the real CLI,
// against the local Apple fake: the wiring of the live-state stage, the
// summary of what was checked and skipped, and usage errors. (Every rule
// against the fake: test/apple/.)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { ValidationReport } from '../../src/base/findings.js';
import { AppleFake, makeAppleApiKey, makeContentTokenFixture, makeServerTokenFixture } from '../support/apple-fake/index.js';
import { writeRepo } from '../support/repo.js';

const fake = new AppleFake();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

async function cli(argv: string[], env: Record<string, string>) {
  const result = { code: 0, stdout: '', stderr: '' };
  result.code = await runCli(argv, { stdout: (text) => (result.stdout += text), stderr: (text) => (result.stderr += text), env, cwd: '/', isTTY: false });
  return result;
}

/** Organization `acme` registered at the fake, its repository and the secrets a run needs. */
function acme(options: { serverTokenMode?: 'accepted' | 'token_rejected'; contentExpiresAt?: Date } = {}) {
  const key = makeAppleApiKey();
  const server = makeServerTokenFixture({ serverName: 'Jamf Pro', adminId: 'admin@acme.example', orgName: 'Acme', mode: options.serverTokenMode ?? 'accepted' });
  const content = makeContentTokenFixture({
    orgName: 'Acme',
    locationName: 'Acme Corp',
    expiresAt: new Date('2027-03-01T00:00:00Z'),
    mdmInfo: { id: 'acme-jamf', name: 'Jamf Pro' },
  });
  fake.seed({
    name: 'acme',
    business: {
      clientId: key.clientId,
      keyId: key.keyId,
      publicKey: key.publicKey,
      mdmServers: [{ id: 'S1', serverName: 'Jamf Pro', serverType: 'MDM', status: 'ACTIVE', deviceCount: 12, lastConnectedDateTime: '2026-11-22T10:00:00Z' }],
      units: [{ id: 'OU1', name: 'Acme Corp' }],
      users: [{ id: 'U1', managedAppleAccount: 'admin@acme.example', status: 'ACTIVE', roleOuList: [{ roleName: 'Organization Administrator', ouId: 'OU1' }] }],
    },
    serverTokens: [server.fake],
    contentTokens: [content.fake],
  });
  const yaml = `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: acme
spec:
  product: apple-business
  appleApi:
    clientId: ${key.clientId}
    keyId: ${key.keyId}
    privateKey: env:ACME_APPLE_KEY
  units:
    - id: hq
      name: Acme Corp
      primary: true
  accounts:
    - id: admin@acme.example
      role: organization-administrator
  deviceManagementServices:
    - id: jamf
      type: external
      name: Jamf Pro
      vendor: jamf
      mdmInfoId: acme-jamf
      serviceToken:
        ref: env:ACME_SERVER_TOKEN
        privateKey: env:ACME_MDM_KEY
        downloadedBy: admin@acme.example
        downloadedAt: 2026-01-10
        expiresAt: 2027-01-10
      apnsCertificate:
        expiresAt: 2027-02-01
  contentTokens:
    - id: hq-apps
      unit: hq
      service: jamf
      ref: env:ACME_CONTENT_TOKEN
      expiresAt: 2027-03-01
`;
  const env = { ACME_APPLE_KEY: key.privateKeyPem, ACME_SERVER_TOKEN: server.file, ACME_MDM_KEY: server.privateKeyPem, ACME_CONTENT_TOKEN: content.sToken };
  return { yaml, env, server, content };
}

/** Organization `beta`: no credentials at all, so every API is skipped for it. */
const BETA = `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: beta
spec:
  product: apple-business-essentials
  units:
    - id: hq
      name: Beta
      primary: true
  contentTokens:
    - id: hq-apps
      unit: hq
      ref: env:BETA_CONTENT_TOKEN
      expiresAt: 2027-05-01
`;

describe('validate --online', () => {
  it('asks Apple, finds nothing wrong, and says what it checked and what it skipped (text)', async () => {
    const org = acme();
    const root = writeRepo({ 'acme.yml': org.yaml, 'beta.yml': BETA });
    const before = fake.requests.length;
    const { code, stdout, stderr } = await cli(['validate', root, '--online', '--now', '2026-11-23'], { ...fake.env, ...org.env });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Checked with Apple (2 organizations): answers from the Apple Business API 1, device enrollment (ADE) API 1, Apps and Books API 1.');
    expect(stdout).toContain('Not checked (2):\n  beta  Apple Business API: Apple Business Essentials offers no Apple Business API\n  beta (hq-apps)  Apps and Books API:');
    expect(stdout).toMatch(/✔ No problems in 2 files, 2 organizations of .*\.\n$/);
    expect(fake.requests.length).toBeGreaterThan(before);
  });

  it('reports an online finding at its line, with the JSON online block, and exits 1', async () => {
    const org = acme({ serverTokenMode: 'token_rejected' });
    const root = writeRepo({ 'acme.yml': org.yaml, 'beta.yml': BETA });
    const { code, stdout } = await cli(['validate', root, '--online', '--now', '2026-11-23', '--format', 'json'], { ...fake.env, ...org.env });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as ValidationReport;
    expect(report.findings.map(({ ruleId, file, line, column }) => ({ ruleId, file, line, column }))).toEqual([
      { ruleId: 'apple-server-token-rejected', file: 'acme.yml', line: 25, column: 9 },
    ]);
    expect(report.online).toEqual({
      organizations: 2,
      checked: { 'apple-business-api': 1, 'device-enrollment-api': 1, 'apps-and-books-api': 1 },
      skipped: [
        { organization: 'beta', api: 'apple-business-api', reason: 'Apple Business Essentials offers no Apple Business API' },
        { organization: 'beta', api: 'apps-and-books-api', subject: 'hq-apps', reason: expect.stringContaining('`env:BETA_CONTENT_TOKEN`') },
      ],
    });
  });

  it('never touches the network without --online, and its JSON has no online block', async () => {
    const org = acme();
    const root = writeRepo({ 'acme.yml': org.yaml });
    const before = fake.requests.length;
    const { code, stdout } = await cli(['validate', root, '--now', '2026-11-23', '--format', 'json'], { ...fake.env, ...org.env });
    expect(code).toBe(0);
    expect(fake.requests.length).toBe(before);
    expect(JSON.parse(stdout)).not.toHaveProperty('online');
  });

  it('refuses an override URL that is neither https nor loopback, in one line, exit 2, before any request', async () => {
    const org = acme();
    const root = writeRepo({ 'acme.yml': org.yaml });
    const before = fake.requests.length;
    const { code, stdout, stderr } = await cli(['validate', root, '--online'], { ...org.env, ABM_GITOPS_APPLE_API_URL: 'http://apple.example.com' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('ABM_GITOPS_APPLE_API_URL');
    expect(fake.requests.length).toBe(before);
  });
});

describe('tokens --online', () => {
  it("lists Apple's expiry for a content token, with source apple, and the declared dates elsewhere", async () => {
    const org = acme();
    const root = writeRepo({ 'acme.yml': org.yaml });
    const offline = await cli(['tokens', root, '--now', '2026-11-23', '--format', 'json'], org.env);
    const online = await cli(['tokens', root, '--now', '2026-11-23', '--format', 'json', '--online'], { ...fake.env, ...org.env });
    expect(online.code).toBe(0);
    const source = (text: string) => (JSON.parse(text) as { tokens: Array<{ kind: string; source: string }> }).tokens.map((token) => `${token.kind}:${token.source}`);
    expect(source(offline.stdout)).toContain('content-token:secret');
    expect(source(online.stdout)).toContain('content-token:apple');
    expect(source(online.stdout)).toContain('apns-certificate:declared');
  });
});

describe('inspect --online', () => {
  it('adds what Apple says about a content token: location, expiry and the MDM holding it, never the token', async () => {
    const org = acme();
    const dir = writeRepo({});
    writeFileSync(join(dir, 'sToken_for_Acme_Corp.vpptoken'), org.content.sToken);
    const { code, stdout, stderr } = await cli(['inspect', join(dir, 'sToken_for_Acme_Corp.vpptoken'), '--online', '--format', 'json'], fake.env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      kind: 'content-token',
      appleOutcome: 'valid',
      appleLocationName: 'Acme Corp',
      appleExpiresAt: '2027-03-01T00:00:00.000Z',
      appleMdmInfo: 'Jamf Pro (mdmInfo id acme-jamf)',
    });
    expect(stdout).not.toContain(org.content.sToken);
  });

  it("adds Apple's /account for a server token decrypted with --private-key, never its secrets", async () => {
    const org = acme();
    const dir = writeRepo({ 'Jamf_Token_smime.p7m': org.server.file });
    const { code, stdout } = await cli(['inspect', join(dir, 'Jamf_Token_smime.p7m'), '--private-key', 'env:MDM_KEY', '--online'], {
      ...fake.env,
      MDM_KEY: org.server.privateKeyPem,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Apple says: +accepted$/m);
    expect(stdout).toMatch(/^Apple service: +Jamf Pro$/m);
    expect(stdout).toMatch(/^downloaded by: +admin@acme\.example$/m);
    for (const secret of Object.values(org.server.secrets)) expect(stdout).not.toContain(secret);
  });

  it('says when Apple refuses the token, and refuses what it cannot ask about, in one line', async () => {
    const rejected = acme({ serverTokenMode: 'token_rejected' });
    const dir = writeRepo({ 'token.p7m': rejected.server.file, 'note.txt': 'hello' });
    const refused = await cli(['inspect', join(dir, 'token.p7m'), '--private-key', 'env:MDM_KEY', '--online'], { ...fake.env, MDM_KEY: rejected.server.privateKeyPem });
    expect(refused.stdout).toMatch(/^Apple says: +rejected: device enrollment \(ADE\) API refused the credentials: HTTP 40\d \(token_rejected\)$/m);
    const noKey = await cli(['inspect', join(dir, 'token.p7m'), '--online'], fake.env);
    expect(noKey).toMatchObject({ code: 2, stdout: '' });
    expect(noKey.stderr).toContain('inspect --online needs --private-key to ask Apple about a server token');
    const badUrl = await cli(['inspect', join(dir, 'token.p7m'), '--online'], { ABM_GITOPS_VPP_API_URL: 'ftp://apple.example' });
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr.trim().split('\n')).toHaveLength(1);
  });
});
