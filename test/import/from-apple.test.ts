import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/run.js';
import { parseInstant } from '../../src/base/dates.js';
import { checkSchema } from '../../src/schema/index.js';
import { validateRepository } from '../../src/validate.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { AppleFake, makeAppleApiKey, type FakeBusinessAccount, type FakeUser } from '../support/apple-fake/index.js';
import { customerDownloads, place, scratchFolders } from './downloads.js';

const key = makeAppleApiKey();
const staff: FakeUser[] = Array.from({ length: 2_300 }, (_, index) => ({
  id: String(5_000_000 + index),
  managedAppleAccount: `staff${index}@acme.example`,
  status: 'ACTIVE',
  roleOuList: [{ roleName: 'Staff', ouId: 'OU1' }],
}));
const account: FakeBusinessAccount = {
  clientId: key.clientId,
  keyId: key.keyId,
  publicKey: key.publicKey,
  mdmServers: [
    { id: 'S1', serverName: 'Jamf Pro Production', serverType: 'MDM', status: 'ACTIVE', deviceCount: 120, lastConnectedDateTime: '2026-06-01T08:00:00Z' },
    { id: 'S2', serverName: 'Apple Business', serverType: 'APPLE_MDM', status: 'ACTIVE', deviceCount: 3, lastConnectedDateTime: null },
    { id: 'S3', serverName: 'Old MDM', serverType: 'MDM', status: 'INACTIVE', deviceCount: 0, lastConnectedDateTime: null },
    { id: 'S4', serverName: 'Apple Configurator', serverType: 'APPLE_CONFIGURATOR', status: 'ACTIVE', deviceCount: 0, lastConnectedDateTime: null },
  ],
  units: [
    { id: 'OU1', name: 'Acme Corp' },
    { id: 'OU2', name: 'Acme New York' },
  ],
  users: [
    ...staff.slice(0, 1_200),
    { id: '1', managedAppleAccount: 'admin@acme.example', status: 'ACTIVE', roleOuList: [{ roleName: 'Administrator', ouId: 'OU1' }] },
    { id: '2', managedAppleAccount: 'enroll@acme.example', status: 'ACTIVE', roleOuList: [{ roleName: 'Device Enrollment Manager', ouId: 'OU1' }] },
    {
      id: '3',
      managedAppleAccount: 'apps@acme.example',
      status: 'ACTIVE',
      roleOuList: [
        { roleName: 'Staff', ouId: 'OU1' },
        { roleName: 'content manager', ouId: 'OU2' },
      ],
    },
    { id: '4', managedAppleAccount: 'tokens@acme.example', status: 'ACTIVE', roleOuList: [{ roleName: 'Token Manager', ouId: 'OU1' }] },
    { id: '5', managedAppleAccount: 'gone@acme.example', status: 'DEACTIVATED', roleOuList: [{ roleName: 'IT Administrator', ouId: 'OU2' }] },
    ...staff.slice(1_200),
  ],
};
const fake = new AppleFake([{ name: 'acme', business: account }]);

beforeAll(() => fake.start());
afterAll(() => fake.stop());
afterEach(() => {
  fake.business.revoked.clear();
  fake.clearFaults();
});

const folder = scratchFolders();

const APPLE_ARGS = ['--from-apple', '--client-id', key.clientId, '--key-id', key.keyId, '--private-key', 'env:ACME_APPLE_API_KEY'];

async function importCli(cwd: string, args: string[]) {
  const io = recordingIo(cwd, { ...fake.env, ACME_APPLE_API_KEY: key.privateKeyPem });
  const code = await runCli(['import', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('import --from-apple against the local Apple fake', () => {
  it('imports units, services (Apple’s built-in one as type built-in), accounts that hold roles, and spec.appleApi, through every page', async () => {
    const work = folder();
    const before = fake.count(/^\/v1\/users/);
    const run = await importCli(work.root, ['--organization', 'acme', ...APPLE_ARGS]);
    expect(run.code).toBe(0);
    expect(fake.count(/^\/v1\/users/) - before).toBe(3);
    const document = parse(run.out);
    expect(checkSchema('organization', document)).toEqual([]);
    expect(document.spec.units).toEqual([
      { id: 'acme-corp', name: 'Acme Corp', primary: true },
      { id: 'acme-new-york', name: 'Acme New York' },
    ]);
    expect(document.spec.deviceManagementServices).toEqual([
      { id: 'jamf-pro-production', type: 'external', name: 'Jamf Pro Production', vendor: 'jamf' },
      { id: 'built-in', type: 'built-in' },
    ]);
    expect(document.spec.accounts).toEqual([
      { id: 'admin@acme.example', role: 'organization-administrator' },
      { id: 'apps@acme.example', role: 'content-manager' },
      { id: 'enroll@acme.example', role: 'device-enrollment-manager' },
      { id: 'gone@acme.example', role: 'it-administrator', status: 'disabled' },
    ]);
    expect(document.spec.appleApi).toEqual({ clientId: key.clientId, keyId: key.keyId, privateKey: 'env:ACME_APPLE_API_KEY' });
    expect(run.err).toContain('the Apple Business API: account tokens@acme.example not imported: its role "Token Manager" is a custom role');
    expect(run.err).toContain('the Apple Business API: service "Old MDM" not imported: Apple lists it as INACTIVE');
    expect(run.err).toContain('the Apple Business API: the primary unit is "Acme Corp", the first unit Apple lists');
    for (const output of [run.out, run.err]) {
      expect(output).not.toContain(key.privateKeyPem.split('\n')[1]);
      for (const request of fake.requests) {
        const bearer = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
        if (bearer.length > 10) expect(output).not.toContain(bearer);
      }
    }
  });

  it('combines Apple with the downloads: Apple’s spelling for units and services, the files’ tokens and dates, and the result validates', async () => {
    const repo = folder();
    const secrets = folder();
    const downloads = customerDownloads();
    repo.write('abm-gitops.yml', 'apiVersion: abm-gitops/v1\nkind: Config\n');
    place(repo, 'acme/files', downloads.publicFiles);
    place(secrets, '.', { ...downloads.secretFiles, 'sToken_for_acme new york.vpptoken': downloads.secretFiles['sToken_for_Acme New York.vpptoken']! });
    const run = await importCli(repo.root, ['acme/files', secrets.root, '--organization', 'acme', '--into', 'acme/organization.yml', ...APPLE_ARGS]);
    const text = readFileSync(join(repo.root, 'acme/organization.yml'), 'utf8');
    const document = parse(text);
    expect(checkSchema('organization', document)).toEqual([]);
    expect(document.spec.units.map((unit: { name: string }) => unit.name)).toEqual(['Acme Corp', 'Acme New York', 'Zürich Büro']);
    expect(run.out).toContain('the Apple Business API: Apple lists no unit named "Zürich Büro" (it was named after a file): check its name');
    expect(document.spec.deviceManagementServices.map((service: { id: string }) => service.id)).toEqual(['jamf-pro-production', 'kandji', 'built-in']);
    expect(document.spec.deviceManagementServices[0].serviceToken.privateKey).toBe('env:ACME_JAMF_DEP_KEY');
    const { report } = validateRepository({ root: repo.root, now: parseInstant('2026-06-01')! });
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.path ?? ''}`)).toEqual([
      'apns-certificate-missing spec.deviceManagementServices[1]',
      // Apple's built-in service is on: the primary unit's token must not go to another MDM. The import uploads none, so no finding.
    ]);
  });

  it('prints a unit name Apple spells differently as a conflict in an existing file, and adds the accounts', async () => {
    const work = folder();
    const existing = [
      'apiVersion: abm-gitops/v1',
      'kind: Organization',
      'metadata:',
      '  name: acme',
      'spec:',
      '  product: apple-business',
      '  units:',
      '    - id: hq',
      '      name: Acme Corp',
      '      primary: true',
      '    - id: nyc',
      '      name: ACME New York   # typed by hand',
      '  accounts:',
      '    - id: Admin@acme.example',
      '      role: it-administrator',
      '',
    ].join('\n');
    const file = work.write('acme.yml', existing);
    const run = await importCli(work.root, ['--organization', 'acme', '--into', 'acme.yml', ...APPLE_ARGS]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('  spec.units[nyc].name: declared ACME New York, the Apple Business API says Acme New York\n');
    expect(run.out).toContain('  spec.accounts[Admin@acme.example].role: declared it-administrator, the Apple Business API says organization-administrator\n');
    const after = readFileSync(file, 'utf8');
    // Every original line is still there, in order, and unchanged.
    const original = existing.split('\n');
    let kept = 0;
    for (const line of after.split('\n')) if (line === original[kept]) kept++;
    expect(kept).toBe(original.length);
    const document = parse(after);
    expect(checkSchema('organization', document)).toEqual([]);
    expect(document.spec.accounts.map((entry: { id: string }) => entry.id)).toEqual(['Admin@acme.example', 'apps@acme.example', 'enroll@acme.example', 'gone@acme.example']);
    expect(document.spec.appleApi.keyId).toBe(key.keyId);
  });

  it('stops with one line when Apple refuses the credential, and writes nothing', async () => {
    const work = folder();
    fake.business.revoked.add(key.clientId);
    const run = await importCli(work.root, ['--organization', 'acme', '--into', 'acme.yml', ...APPLE_ARGS]);
    expect(run).toEqual({ code: 2, out: '', err: 'abm-gitops: import --from-apple: Apple Business API refused the credentials: HTTP 400 (invalid_client)\n' });
    expect(() => readFileSync(join(work.root, 'acme.yml'))).toThrow();
  });

  it('refuses missing or malformed credentials before any request', async () => {
    const work = folder();
    const before = fake.requests.length;
    const cases: Array<[string[], string]> = [
      [['--from-apple', '--client-id', key.clientId], 'import --from-apple needs --client-id, --key-id and --private-key env:NAME'],
      [['--from-apple', '--client-id', 'acme', '--key-id', key.keyId, '--private-key', 'env:K'], '--client-id is not an Apple Business API client ID'],
      [['--from-apple', '--client-id', key.clientId, '--key-id', key.keyId, '--private-key', 'key.pem'], '--private-key must be env:NAME'],
      [['--from-apple', '--client-id', key.clientId, '--key-id', key.keyId, '--private-key', 'env:GITHUB_TOKEN'], 'names a variable the CI runner sets'],
      [['--from-apple', '--client-id', key.clientId, '--key-id', key.keyId, '--private-key', 'env:UNSET_KEY'], 'UNSET_KEY is not set'],
    ];
    for (const [args, message] of cases) {
      const run = await importCli(work.root, ['--organization', 'acme', ...args]);
      expect(run.code).toBe(2);
      expect(run.err).toContain(message);
      expect(run.err.split('\n')).toHaveLength(2);
    }
    expect(fake.requests.length).toBe(before);
  });
});
