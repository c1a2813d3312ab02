import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeApnsCert } from '../support/forge-fixtures.js';
import { findingsOf, writeRepo } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';
import { serviceOrganization, validateRootWithEnv } from '../secrets/artifact-repo.js';

const RULE = 'reference-outside-repo';
/** Recognisable if it were ever read: a real certificate expiring in 2030, with a telltale subject. */
const outsideCert = makeApnsCert({ uuid: 'OUTSIDE-7c1e0b', notAfter: new Date('2030-01-01T00:00:00Z') });

/** An org in `customers/acme/` whose APNs certificate `ref` (line 24) is `ref`. */
function repoWithApnsRef(ref: string) {
  const outside = writeRepo({ 'apns.pem': outsideCert.certPem, 'dir/apns.pem': outsideCert.certPem });
  const root = writeRepo({ 'customers/acme/org.yml': serviceOrganization('acme', { apnsLines: [`ref: ${ref.replace('<outside>', outside)}`] }) });
  return { root, outside };
}

function expectNothingRead(run: ReturnType<typeof validateRootWithEnv>): void {
  const apns = run.model.organizations[0]!.artifacts.find((artifact) => artifact.kind === 'apns-certificate')!;
  expect(apns.reading).toBeUndefined();
  expect(run.report.tokens.find((token) => token.kind === 'apns-certificate')).toMatchObject({ source: 'declared', expiresAt: '2027-06-01T00:00:00.000Z' });
  expect(JSON.stringify(run.report)).not.toContain('OUTSIDE-7c1e0b');
  expect(JSON.stringify(run.report)).not.toContain('2030');
}

/** A folder outside any repository holding the certificate, at `apns.pem` and `dir/apns.pem`. */
const outsideFolder = writeRepo({ 'apns.pem': outsideCert.certPem, 'dir/apns.pem': outsideCert.certPem });
const insideCert = makeApnsCert({ uuid: 'inside', notAfter: new Date('2027-06-01T00:00:00Z') });
const APNS_REF = 'spec.deviceManagementServices[0].apnsCertificate.ref';
/** The org in `customers/acme/` with its APNs certificate `ref` (line 24). */
const acmeWithApnsRef = (ref: string): string => serviceOrganization('acme', { apnsLines: [`ref: ${ref}`] });
const insideFiles = { 'customers/acme/org.yml': acmeWithApnsRef('file:../../shared/apns.pem'), 'shared/apns.pem': insideCert.certPem };

ruleTable(RULE, {
  valid: [{ name: 'a `..` that stays inside the repository', files: insideFiles, noOtherFindings: true }],
  invalid: [
    {
      name: '`..` that leaves the root, at the `ref`',
      files: { 'customers/acme/org.yml': acmeWithApnsRef('file:../../../apns.pem') },
      findings: [
        {
          path: APNS_REF,
          file: 'customers/acme/org.yml',
          line: 24,
          column: 9,
          severity: 'error',
          message:
            'The reference `file:../../../apns.pem` of the APNs certificate of service `jamf` in organization `acme` was refused and nothing was read: it leaves the repository root. abm-gitops reads only files inside the repository, so a check never depends on (or exposes) other files of the machine it runs on: move the file into the repository and reference it relative to this YAML file, or reference a secret with `env:`.',
        },
      ],
    },
    {
      name: 'an absolute path, even one that exists',
      files: { 'customers/acme/org.yml': acmeWithApnsRef(`file:${outsideFolder}/apns.pem`) },
      findings: [
        {
          path: APNS_REF,
          line: 24,
          column: 9,
          severity: 'error',
          messageContains: ['was refused and nothing was read: it is an absolute path; use a path relative to the YAML file.'],
        },
      ],
    },
  ],
});

// What was read (the model's readings, the report's token list), and symlinks, which a table's files cannot make.
describe(RULE, () => {
  it('reads nothing behind a refused `..` or absolute path', () => {
    for (const ref of ['file:../../../apns.pem', 'file:<outside>/apns.pem']) {
      const { root } = repoWithApnsRef(ref);
      const run = validateRootWithEnv(root);
      expect(findingsOf(run.report, RULE)).toHaveLength(1);
      expectNothingRead(run);
    }
  });

  it('refuses a symlinked file and a symlinked folder that lead outside', () => {
    for (const [ref, link] of [
      ['file:certs/apns.pem', (root: string, outside: string) => symlinkSync(outside, join(root, 'customers/acme/certs'))],
      ['file:apns.pem', (root: string, outside: string) => symlinkSync(join(outside, 'apns.pem'), join(root, 'customers/acme/apns.pem'))],
    ] as const) {
      const { root, outside } = repoWithApnsRef(ref);
      link(root, outside);
      const run = validateRootWithEnv(root);
      const findings = findingsOf(run.report, RULE);
      expect(findings).toEqual([expect.objectContaining({ line: 24, column: 9 })]);
      expect(findings[0]!.message).toContain('nothing was read: a symlink on the way leads outside the repository.');
      expectNothingRead(run);
    }
  });

  it('reads the file behind a `..` that stays inside the repository', () => {
    const run = validateRootWithEnv(writeRepo(insideFiles));
    expect(run.report.findings).toEqual([]);
    expect(run.report.tokens.find((token) => token.kind === 'apns-certificate')!.source).toBe('file');
  });
});
