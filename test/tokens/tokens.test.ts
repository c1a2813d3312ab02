import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { makeApnsCert } from '../support/forge-fixtures.js';
import { writeRepo } from '../support/repo.js';
import { cli, NOW, organizationYaml } from './support.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Listed {
  tokens: Array<{ organization: string; kind: string; id: string; expiresAt: string; daysLeft: number; status: string; source: string; file: string; line: number }>;
  summary: { tokens: number; byStatus: Record<string, number> };
}

async function listJson(root: string, now = NOW, cwd = PACKAGE_ROOT): Promise<Listed> {
  const result = await cli(['tokens', root, '--format', 'json', '--now', now], cwd);
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as Listed;
}

describe('abm-gitops tokens', () => {
  it('lists every token of every organization, earliest expiry first, with days left and status', async () => {
    const { tokens, summary } = await listJson('examples/msp');
    expect(new Set(tokens.map((token) => token.organization))).toEqual(new Set(['bakery', 'dental', 'lawfirm', 'northwind-us', 'northwind-eu']));
    expect(tokens.map((token) => token.expiresAt)).toEqual([...tokens.map((token) => token.expiresAt)].sort());
    expect(summary.tokens).toBe(tokens.length);
    const validated = JSON.parse((await cli(['validate', 'examples/msp', '--format', 'json', '--now', NOW], PACKAGE_ROOT)).out) as { tokens: unknown[] };
    expect(tokens.map(({ status: _status, ...rest }) => rest)).toEqual(validated.tokens);
  });

  it('marks expired tokens in words in the text table, with where the date came from', async () => {
    const { out, code } = await cli(['tokens', 'examples/broken', '--now', NOW], PACKAGE_ROOT);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ORGANIZATION\s+KIND\s+ID\s+EXPIRES\s+DAYS LEFT\s+STATUS\s+DATE FROM$/);
    expect(lines[1]).toMatch(/^contoso\s+APNs certificate\s+jamf\s+2026-11-20\s+-3\s+expired\s+declared expiresAt$/);
    expect(lines.at(-1)).toMatch(/^\d+ tokens and certificates in 2 organizations of examples\/broken: 1 expired, .*as of 2026-11-23\.$/);
  });

  it('counts days and status the same way at every window edge (inclusive windows, whole days rounded down)', async () => {
    const root = writeRepo({
      'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\nexpiry: { warnBefore: 30d, errorBefore: 7d, renewBefore: 45d }\n',
      'a.yml': organizationYaml({ name: 'a', contentExpires: '2026-12-23', serviceExpires: '2026-11-30', apnsExpires: '2026-11-23' }),
      'b.yml': organizationYaml({ name: 'b', contentExpires: '2027-01-07', serviceExpires: '2027-01-07T00:00:01Z', apnsExpires: '2026-11-23T12:00:00Z' }),
    });
    const byKey = Object.fromEntries((await listJson(root)).tokens.map((token) => [`${token.organization}/${token.kind}`, [token.daysLeft, token.status]]));
    expect(byKey).toEqual({
      'a/apns-certificate': [0, 'expired'],
      'b/apns-certificate': [0, 'error'],
      'a/service-token': [7, 'error'],
      'a/content-token': [30, 'warning'],
      'b/content-token': [45, 'renew'],
      'b/service-token': [45, 'ok'],
    });
  });

  it('takes the real expiry from a referenced certificate and says so', async () => {
    const apns = makeApnsCert({ uuid: '5e7a1c2d-0000-4000-8000-1234567890ab', notAfter: new Date('2027-02-01T10:00:00Z') });
    const yaml = organizationYaml({ apnsExpires: '2027-05-01' }).replace('      apnsCertificate:\n', '      apnsCertificate:\n        ref: file:apns.pem\n');
    const root = writeRepo({ 'organization.yml': yaml, 'apns.pem': apns.certPem });
    const apnsToken = (await listJson(root)).tokens.find((token) => token.kind === 'apns-certificate');
    expect(apnsToken).toMatchObject({ expiresAt: '2027-02-01T10:00:00.000Z', source: 'file' });
    const { out } = await cli(['tokens', root, '--now', NOW], PACKAGE_ROOT);
    expect(out).toMatch(/acme\s+APNs certificate\s+jamf-prod\s+2027-02-01 10:00 UTC\s+70\s+ok\s+read from the file/);
  });

  it('writes CSV that a CSV parser reads back, with formula-looking text defused', async () => {
    const root = writeRepo({ '=cmd.yml': organizationYaml({}) });
    const result = await cli(['tokens', root, '--format', 'csv', '--now', NOW], PACKAGE_ROOT);
    expect(result.out.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(result.out, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      organization: 'acme',
      kind: 'content-token',
      id: 'nyc-apps',
      expiresAt: '2026-12-01T00:00:00.000Z',
      daysLeft: '8',
      status: 'warning',
      source: 'declared',
      file: "'=cmd.yml",
    });
  });

  it('says so when nothing is declared, and fails in one line on a missing root', async () => {
    const empty = writeRepo({
      'organization.yml':
        'apiVersion: abm-gitops/v1\nkind: Organization\nmetadata: { name: empty }\nspec:\n  product: apple-business\n  units:\n    - { id: hq, name: HQ, primary: true }\n',
    });
    expect((await cli(['tokens', '.', '--now', NOW], empty)).out).toBe('No tokens or certificates with an expiry are declared.\n');
    const missing = await cli(['tokens', 'no-such-folder', '--format', 'json'], empty);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^abm-gitops: cannot validate \S*no-such-folder: no such directory\n$/);
    expect((JSON.parse(missing.out) as { error: { message: string } }).error.message).toMatch(/no-such-folder: no such directory$/);
  });
});
