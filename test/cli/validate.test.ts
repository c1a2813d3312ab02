import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtDist } from '../support/built-dist.js';
import { runCli } from '../../src/cli/run.js';
import type { Finding, ValidationReport } from '../../src/base/findings.js';
import { compareFindings } from '../../src/rules/index.js';
import { organization, writeRepo } from '../support/repo.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = ['--now', '2026-11-23'];

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The whole CLI in-process, with collected output. */
async function cli(argv: string[], cwd = PACKAGE_ROOT): Promise<CliResult> {
  const result = { code: 0, stdout: '', stderr: '' };
  result.code = await runCli(argv, {
    stdout: (text) => (result.stdout += text),
    stderr: (text) => (result.stderr += text),
    env: {},
    cwd,
    isTTY: false,
  });
  return result;
}

async function jsonReport(argv: string[]): Promise<{ code: number; report: ValidationReport }> {
  const { code, stdout } = await cli([...argv, '--format', 'json', ...NOW]);
  return { code, report: JSON.parse(stdout) as ValidationReport };
}

const where = ({ ruleId, file, line, column, endLine, endColumn, path }: Finding) => ({ ruleId, file, line, column, endLine, endColumn, path });

const UNITS = `  units:
    - id: hq
      name: HQ
      primary: true
`;

/** One typo'd key, one duplicate id, dangling references through an alias and a merge key; in a single file and in documents 2 and 3 of another. */
const PROBLEM_REPO = {
  'customers/acme/organization.yml': `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: acme
  displayNmae: Acme Corp
spec:
  product: apple-business
${UNITS}`,
  'customers/multi/organizations.yaml': `${organization('alpha', UNITS)}---
${organization(
  'beta',
  `${UNITS}    - id: hq
      name: Beta Branch
`,
)}---
${organization(
  'gamma',
  `${UNITS}  roles:
    - id: auditor
      name: Auditor
      permissions: [view-apps-and-books]
      units: &scope [hq, nowhere]
    - id: second-auditor
      name: Second Auditor
      permissions: [view-apps-and-books]
      units: *scope
  accounts:
    - &staff
      id: one@gamma.example
      role: stafff
    - <<: *staff
      id: two@gamma.example
`,
)}`,
};

describe('validate --format json', () => {
  it('reports each problem once at its exact place, in multi-document files and through aliases and merge keys', async () => {
    const root = writeRepo(PROBLEM_REPO);
    const { code, report } = await jsonReport(['validate', root]);
    expect(code).toBe(1);
    const multi = 'customers/multi/organizations.yaml';
    expect(report.findings.map(where)).toEqual([
      { ruleId: 'schema', file: 'customers/acme/organization.yml', line: 5, column: 3, endLine: 5, endColumn: 25, path: 'metadata.displayNmae' },
      // document 2: the second unit `hq`
      { ruleId: 'duplicate-id', file: multi, line: 22, column: 7, endLine: 22, endColumn: 13, path: 'spec.units[1].id' },
      // document 3: `nowhere` where the anchored list is written…
      { ruleId: 'unresolved-reference', file: multi, line: 39, column: 26, endLine: 39, endColumn: 33, path: 'spec.roles[0].units[1]' },
      // …and again at the alias that reuses it
      { ruleId: 'unresolved-reference', file: multi, line: 43, column: 14, endLine: 43, endColumn: 20, path: 'spec.roles[1].units[1]' },
      { ruleId: 'unresolved-reference', file: multi, line: 47, column: 7, endLine: 47, endColumn: 19, path: 'spec.accounts[0].role' },
      // the merged `role: stafff`, at the `<<` line of the entry that uses it
      { ruleId: 'unresolved-reference', file: multi, line: 48, column: 7, endLine: 48, endColumn: 17, path: 'spec.accounts[1].role' },
    ]);
    expect(report.findings.map((finding) => finding.organization)).toEqual(['acme', 'beta', 'gamma', 'gamma', 'gamma', 'gamma']);
    expect(report.findings[0]!.message).toBe('Unknown key `displayNmae` in metadata: did you mean `displayName`?');
    expect(report.findings[4]!.message).toBe('No role `stafff` in organization `gamma`: did you mean `staff`?');
    expect(report.summary).toEqual({ files: 2, organizations: 4, errors: 6, warnings: 0, infos: 0, waived: 0 });
  });

  it('gives a located yaml-syntax error for a malformed file and still validates the rest', async () => {
    const root = writeRepo({
      ...PROBLEM_REPO,
      'customers/broken/organization.yml': organization(
        'broken',
        `  units:
    - id: hq
      name: Broken
      name: Broken again
`,
      ),
    });
    const { code, report } = await jsonReport(['validate', root]);
    expect(code).toBe(1);
    expect(report.findings.filter((finding) => finding.file === 'customers/broken/organization.yml').map(where)).toEqual([
      { ruleId: 'yaml-syntax', file: 'customers/broken/organization.yml', line: 10, column: 7, endLine: 10, endColumn: 8, path: undefined },
    ]);
    expect(report.findings).toHaveLength(7);
    expect(report.summary).toMatchObject({ files: 3, organizations: 4, errors: 7 });
  });

  it('sorts findings by file, line, column and rule id', async () => {
    const root = writeRepo({
      'b.yml': organization(
        'bravo',
        `  units:
    - id: hq
      name: HQ
    - id: hq
      name: Again
`,
      ),
      'a.yml': organization(
        'alpha',
        `${UNITS}  accounts:
    - &staff
      id: one@alpha.example
      role: stafff
    - <<: *staff
`,
      ),
    });
    const { report } = await jsonReport(['validate', root]);
    // The merged entry repeats both the id and the dangling role: two findings at one place, by rule id.
    expect(report.findings.map(({ file, line, column, ruleId }) => `${file}:${line}:${column} ${ruleId}`)).toEqual([
      'a.yml:14:7 unresolved-reference',
      'a.yml:15:7 duplicate-id',
      'a.yml:15:7 unresolved-reference',
      'b.yml:7:3 primary-unit-count',
      'b.yml:10:7 duplicate-id',
    ]);
    expect([...report.findings].sort(compareFindings)).toEqual(report.findings);
  });

  it('has the shape of interfaces.md: version, root, now, findings, tokens, summary', async () => {
    const root = writeRepo({
      'org.yml': organization(
        'contoso',
        `${UNITS}  accounts:
    - id: apps@contoso.example
      role: content-manager
  contentTokens:
    - id: hq-apps
      unit: hq
      downloadedBy: apps@contoso.example
      downloadedAt: 2026-08-11
      expiresAt: 2027-08-11
`,
        'apple-business-manager',
      ),
    });
    const { stdout, code } = await cli(['validate', root, '--format', 'json', ...NOW]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      version: 1,
      root,
      now: '2026-11-23T00:00:00.000Z',
      findings: [],
      tokens: [
        {
          organization: 'contoso',
          kind: 'content-token',
          id: 'hq-apps',
          expiresAt: '2027-08-11T00:00:00.000Z',
          daysLeft: 261,
          source: 'declared',
          file: 'org.yml',
          line: 19,
          column: 7,
        },
      ],
      summary: { files: 1, organizations: 1, errors: 0, warnings: 0, infos: 0, waived: 0 },
    });
  });
});

describe('validate text output', () => {
  it('prints path:line:col  severity  message  rule-id and a closing count', async () => {
    const root = writeRepo({ 'org.yml': organization('acme', '  units:\n    - id: hq\n      name: HQ\n') });
    const { code, stdout } = await cli(['validate', root, ...NOW, '--quiet']);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `org.yml:7:3  error    Organization \`acme\` has no primary unit: Apple treats the original organization (the primary unit or location) differently, for example its content token and the built-in service. Mark the original one with \`primary: true\`.  primary-unit-count\n\n✖ 1 error in 1 file, 1 organization of ${root}.\n`,
    );
  });
});

describe('validate: runs that cannot be done exit 2 with one line', () => {
  // An invalid abm-gitops.yml exits 2 too, with its mistakes as findings: test/cli/config-mistakes.test.ts.
  const cases: Array<[string, () => string[], string]> = [
    ['a missing root', () => ['validate', join(writeRepo({}), 'missing')], 'missing: no such file or folder'],
    [
      'a file outside any config repository',
      () => ['validate', join(writeRepo({ 'org.yml': 'x: 1\n' }), 'org.yml')],
      'no abm-gitops.yml in its folder or above, and it is not inside a git work tree',
    ],
    [
      'a folder with no organization file',
      () => ['validate', writeRepo({ 'notes.yml': 'x: 1\n' })],
      ': no file in scope (every *.yml and *.yaml file) declares `apiVersion: abm-gitops/v1`',
    ],
  ];

  for (const [name, argv, expected] of cases) {
    it(`for ${name}`, async () => {
      const args = argv();
      const text = await cli([...args, ...NOW]);
      expect(text.code).toBe(2);
      expect(text.stdout).toBe('');
      expect(text.stderr.split('\n')).toEqual([expect.stringMatching(/^abm-gitops: /), '']);
      expect(text.stderr).toContain(expected);
      expect(text.stderr).not.toMatch(/\n\s+at /);

      const json = await cli([...args, ...NOW, '--format', 'json']);
      expect(json.code).toBe(2);
      expect(JSON.parse(json.stdout)).toEqual({ version: 1, error: { message: text.stderr.slice('abm-gitops: '.length, -1) } });
      expect(json.stderr).toBe(text.stderr);
    });
  }
});

describe('validate flags', () => {
  /** One finding per severity, set through `rules:` in abm-gitops.yml. */
  function repoWith(severity: string): string {
    return writeRepo({
      'abm-gitops.yml': `apiVersion: abm-gitops/v1\nkind: Config\nrules:\n  primary-unit-count: ${severity}\n`,
      'org.yml': organization('acme', '  units:\n    - id: hq\n      name: HQ\n'),
    });
  }

  it('--fail-on decides which severities exit 1', async () => {
    const exit = async (severity: string, failOn?: string) => (await cli(['validate', repoWith(severity), ...NOW, ...(failOn ? ['--fail-on', failOn] : [])])).code;
    expect([await exit('error'), await exit('warning'), await exit('info')]).toEqual([1, 0, 0]);
    expect([await exit('error', 'warning'), await exit('warning', 'warning'), await exit('info', 'warning')]).toEqual([1, 1, 0]);
    expect([await exit('error', 'info'), await exit('warning', 'info'), await exit('info', 'info')]).toEqual([1, 1, 1]);
    expect([await exit('error', 'never'), await exit('off', 'error')]).toEqual([0, 0]);
    expect(await cli(['validate', repoWith('error'), '--fail-on', 'fatal'])).toMatchObject({
      code: 2,
      stderr: 'abm-gitops validate: --fail-on must be one of error, warning, info, never, not "fatal"\n',
    });
  });

  it('--output writes the report to the file, relative to the working folder, and nothing to stdout', async () => {
    const root = repoWith('warning');
    const { code, stdout } = await cli(['validate', '.', '--format', 'json', '--output', 'report.json', ...NOW], root);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as ValidationReport;
    expect(report.root).toBe('.');
    expect(report.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['primary-unit-count', 'warning']]);
  });

  it('--output into a missing folder exits 2 with one line', async () => {
    const root = repoWith('warning');
    expect(await cli(['validate', root, '--output', join(root, 'no', 'such', 'report.txt'), ...NOW])).toEqual({
      code: 2,
      stdout: '',
      stderr: `abm-gitops: cannot write ${join(root, 'no', 'such', 'report.txt')}: ENOENT\n`,
    });
  });

  it('--now must be a date', async () => {
    expect(await cli(['validate', repoWith('error'), '--now', 'tomorrow'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'abm-gitops: --now must be a date such as 2026-11-23 or 2026-11-23T09:00:00Z, not "tomorrow"\n',
    });
  });

  it('an unknown flag exits 2 with a suggestion', async () => {
    expect(await cli(['validate', '--fail-of', 'error'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'abm-gitops validate: unknown option --fail-of (did you mean --fail-on?)\n',
    });
    expect((await cli(['valdate'])).stderr).toBe('abm-gitops: unknown command "valdate" (did you mean "validate"?); run abm-gitops --help\n');
  });

  it('--version prints the package version; --help lists commands and validate --help its options', async () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}validate +Check a config repository/m);
    expect(help.stdout).toMatch(/^ {2}explain +Print a rule's documentation page/m);
    const validateHelp = await cli(['validate', '--help']);
    expect(validateHelp.code).toBe(0);
    expect(validateHelp.stdout.split('\n')[0]).toBe(
      'Usage: abm-gitops validate [root | <file>…] [--format text|json|sarif|github|markdown|html|junit|gitlab] [--output <file>] [--fail-on error|warning|info|never] [--now <date>] [--changed-since <git-ref>] [--quiet] [--no-color] [--online]',
    );
    for (const flag of ['-f, --format', '-o, --output', '    --fail-on', '    --now', '    --changed-since', '-q, --quiet', '    --color', '    --online'])
      expect(validateHelp.stdout).toContain(`  ${flag}`);
  });
});

describe('the bundled CLI (node dist/cli.js)', () => {
  beforeAll(async () => {
    await builtDist();
  }, 60_000);

  const node = (args: string[], cwd = PACKAGE_ROOT) => {
    const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  it('gives the same JSON report and exit status as the in-process CLI', async () => {
    const root = writeRepo(PROBLEM_REPO);
    const bundled = node(['validate', root, '--format', 'json', ...NOW]);
    const inProcess = await cli(['validate', root, '--format', 'json', ...NOW]);
    expect(bundled).toEqual({ code: 1, stdout: inProcess.stdout, stderr: '' });
  });

  it('exits 2 with one line and no stack trace for a missing root, and prints its version', () => {
    expect(node(['validate', '/no/such/abm-gitops/root', ...NOW])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'abm-gitops: cannot validate /no/such/abm-gitops/root: no such file or folder\n',
    });
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(node(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('explains a rule from the docs shipped next to dist/', () => {
    const run = node(['explain', 'duplicate-id'], writeRepo({}));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(PACKAGE_ROOT, 'docs', 'rules', 'duplicate-id.md'), 'utf8'));
  });

  it('validates the example repositories cleanly', () => {
    for (const example of ['single-org', 'abm', 'msp', 'essentials']) {
      expect(existsSync(join(PACKAGE_ROOT, 'examples', example)), example).toBe(true);
      const run = node(['validate', join('examples', example), ...NOW, '--format', 'json']);
      expect({ example, code: run.code, findings: (JSON.parse(run.stdout) as ValidationReport).findings }).toEqual({ example, code: 0, findings: [] });
    }
  });
});
