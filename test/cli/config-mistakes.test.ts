import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseJunit } from 'junit2json';
import { describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../src/base/findings.js';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { organization, writeRepo } from '../support/repo.js';

const NOW = ['--now', '2026-11-23'];
const HEAD = 'apiVersion: abm-gitops/v1\nkind: Config\n';

/** Six mistakes of every kind abm-gitops.yml can hold: schema, value, window, waiver date, unknown keys. */
const SIX_MISTAKES = `${HEAD}expiry:
  warnBefore: 7d
  errorBefore: 30d
  renewBefore: soon
rules:
  primary-unit-cont: warning
  schema: eror
exceptions:
  - rule: schema
    organization: acme
    reason: ticket IT-1
    expires: 2026-13-45
bogus: 1
`;
/** [line, column, words of the message] of each, in file order. */
const EXPECTED: Array<[number, number, string]> = [
  [5, 3, '`expiry.errorBefore` is longer than `expiry.warnBefore`'],
  [6, 3, '`soon` is not a valid `renewBefore`'],
  [8, 3, 'Unknown key `primary-unit-cont` in `rules`: did you mean `primary-unit-count`?'],
  [9, 3, '`eror` is not a valid `schema`: did you mean `error`?'],
  [14, 5, '`2026-13-45` is not a valid `expires`'],
  [15, 1, 'Unknown key `bogus` in the document'],
];
const STDERR = `abm-gitops: abm-gitops.yml:5:3: \`expiry.errorBefore\` is longer than \`expiry.warnBefore\`: the error window must sit inside the warning window. (and 5 more mistakes in abm-gitops.yml, all in the report)\n`;

/** An organization file with its own error: it must not be reported while the settings are broken. */
const BROKEN_ORGANIZATION = organization('acme', '  units:\n    - id: hq\n      name: HQ\n');

async function run(argv: string[], cwd: string) {
  const io = recordingIo(cwd);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

const repoWithMistakes = () => writeRepo({ 'abm-gitops.yml': SIX_MISTAKES, 'org.yml': BROKEN_ORGANIZATION });

describe('abm-gitops.yml: every mistake in one run, located, as findings', () => {
  it('text: each at file:line:col with a code frame, exit 2, one line on stderr', async () => {
    const root = repoWithMistakes();
    const { code, out, err } = await run(['validate', root, ...NOW], root);
    expect(code).toBe(2);
    expect(err).toBe(STDERR);
    const lines = out.split('\n').filter((line) => line.startsWith('abm-gitops.yml:'));
    expect(lines).toHaveLength(EXPECTED.length);
    EXPECTED.forEach(([line, column, words], index) => {
      expect(lines[index]).toMatch(new RegExp(`^abm-gitops\\.yml:${line}:${column}  error    .*  schema$`));
      expect(lines[index]).toContain(words);
    });
    expect(out).toContain('  > 5 |   errorBefore: 30d\n');
    expect(out).toContain('  > 15 | bogus: 1\n');
    // The settings decide scope, severities and waivers: with them broken, no organization file is judged.
    expect(out).not.toContain('org.yml');
    expect(out).toContain('✖ 6 errors in 1 file, 0 organizations of');
  });

  it('json: the findings with their places, and the exit-2 error line', async () => {
    const root = repoWithMistakes();
    const { code, out, err } = await run(['validate', root, ...NOW, '--format', 'json'], root);
    expect(code).toBe(2);
    expect(err).toBe(STDERR);
    const report = JSON.parse(out) as ValidationReport;
    expect(report.error).toEqual({ message: STDERR.slice('abm-gitops: '.length, -1) });
    expect(report.findings.map((finding) => [finding.file, finding.line, finding.column, finding.ruleId, finding.severity])).toEqual(
      EXPECTED.map(([line, column]) => ['abm-gitops.yml', line, column, 'schema', 'error']),
    );
    expect(report.findings.map((finding) => finding.path)).toEqual([
      'expiry.errorBefore',
      'expiry.renewBefore',
      'rules.primary-unit-cont',
      'rules.schema',
      'exceptions[0].expires',
      'bogus',
    ]);
  });

  it('sarif, github, gitlab, junit, markdown and html: all six, located, so the Action and CI annotate them', async () => {
    const root = repoWithMistakes();
    const format = async (name: string) => {
      const result = await run(['validate', root, ...NOW, '--format', name], root);
      expect(result.code).toBe(2);
      expect(result.err).toBe(STDERR);
      return result.out;
    };

    const sarif = JSON.parse(await format('sarif')) as {
      runs: Array<{
        results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }>;
      }>;
    };
    expect(
      sarif.runs[0]!.results.map(({ ruleId, locations: [at] }) => [
        ruleId,
        at!.physicalLocation.artifactLocation.uri,
        at!.physicalLocation.region.startLine,
        at!.physicalLocation.region.startColumn,
      ]),
    ).toEqual(EXPECTED.map(([line, column]) => ['schema', 'abm-gitops.yml', line, column]));

    const github = (await format('github')).split('\n').filter((line) => line.startsWith('::error '));
    expect(github.map((line) => /file=([^,]+),line=(\d+),col=(\d+)/.exec(line)!.slice(1))).toEqual(EXPECTED.map(([line, column]) => ['abm-gitops.yml', `${line}`, `${column}`]));

    const gitlabSchema = JSON.parse(readFileSync(new URL('../data/gitlab-code-quality.schema.json', import.meta.url), 'utf8')) as object;
    const gitlab = JSON.parse(await format('gitlab')) as Array<{ check_name: string; location: { path: string; lines: { begin: number } } }>;
    expect(new Ajv({ allErrors: true }).validate(gitlabSchema, gitlab)).toBe(true);
    expect(gitlab.map((issue) => [issue.check_name, issue.location.path, issue.location.lines.begin])).toEqual(EXPECTED.map(([line]) => ['schema', 'abm-gitops.yml', line]));

    const junit = await format('junit');
    expect(XMLValidator.validate(junit)).toBe(true);
    const parsed = JSON.stringify(await parseJunit(junit));
    for (const [line, column] of EXPECTED) expect(parsed).toContain(`abm-gitops.yml:${line}:${column}`);

    const markdown = await format('markdown');
    const html = await format('html');
    for (const [line, , words] of EXPECTED) {
      expect(markdown).toContain(`abm-gitops.yml:${line}`);
      expect(html).toContain(`abm-gitops.yml:${line}`);
      expect(markdown).toContain(words.slice(0, 20));
    }
  });

  it('exit 2 whatever --fail-on says, and the mistakes are reported for any file asked about (pre-commit)', async () => {
    const root = repoWithMistakes();
    expect((await run(['validate', root, ...NOW, '--fail-on', 'never'], root)).code).toBe(2);
    const onlyTheOrganization = await run(['validate', join(root, 'org.yml'), ...NOW, '--format', 'json'], root);
    expect(onlyTheOrganization.code).toBe(2);
    expect((JSON.parse(onlyTheOrganization.out) as ValidationReport).findings.map((finding) => finding.file)).toEqual(EXPECTED.map(() => 'abm-gitops.yml'));
  });

  it('--output gets the report, stderr the one line', async () => {
    const root = repoWithMistakes();
    const { code, out, err } = await run(['validate', '.', ...NOW, '--format', 'json', '--output', 'report.json'], root);
    expect([code, out, err]).toEqual([2, '', STDERR]);
    expect((JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as ValidationReport).findings).toHaveLength(6);
  });

  const single: Array<[string, string, string, string]> = [
    [
      'an unknown rule id under rules:',
      `${HEAD}rules:\n  primary-unit-cont: warning\n`,
      'abm-gitops.yml:4:3',
      'invalid configuration: Unknown key `primary-unit-cont` in `rules`: did you mean `primary-unit-count`?',
    ],
    [
      'a bad duration',
      `${HEAD}expiry:\n  warnBefore: 30 days\n`,
      'abm-gitops.yml:4:3',
      'invalid configuration: `30 days` is not a valid `warnBefore`: expected a duration such as `30d` (days, at most 9999) or `12h` (hours, at most 99999).',
    ],
    [
      'an error window longer than the warning window',
      `${HEAD}expiry:\n  warnBefore: 7d\n  errorBefore: 30d\n`,
      'abm-gitops.yml:5:3',
      '`expiry.errorBefore` is longer than `expiry.warnBefore`: the error window must sit inside the warning window.',
    ],
    [
      'a key written twice (broken YAML)',
      `${HEAD}kind: Config\n`,
      'abm-gitops.yml:3:1',
      'Map keys must be unique: a key appears twice in one mapping, and YAML keeps only one of them. Remove or rename the duplicate.',
    ],
  ];
  for (const [name, config, at, message] of single) {
    it(`one mistake (${name}): a located finding, and the same line on stderr`, async () => {
      const root = writeRepo({ 'abm-gitops.yml': config, 'org.yml': BROKEN_ORGANIZATION });
      const { code, out, err } = await run(['validate', root, ...NOW], root);
      expect(code).toBe(2);
      expect(err).toBe(`abm-gitops: ${at}: ${message}\n`);
      const [reported, ...others] = out.split('\n').filter((line) => /^\S+:\d+:\d+ /.test(line));
      expect(others).toEqual([]);
      expect(reported).toContain(`${at}  error    ${message.replace('invalid configuration: ', '')}`);
      expect(out).toMatch(/\n {2}> +\d+ \| /);
    });
  }

  it('a mistake of the whole document (no `kind`) hides none of the mistakes inside it', async () => {
    const root = writeRepo({ 'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nexpiry:\n  warnBefore: 30 days\ninclude: ["{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}"]\n' });
    const { code, out } = await run(['validate', root, ...NOW, '--format', 'json'], root);
    expect(code).toBe(2);
    expect((JSON.parse(out) as ValidationReport).findings.map((finding) => [finding.line, finding.column, finding.path])).toEqual([
      [1, 1, ''],
      [3, 3, 'expiry.warnBefore'],
      [4, 11, 'include[0]'],
    ]);
  });

  it('an unusable window is reported once, not also compared with the other window as if it were the default', async () => {
    const root = writeRepo({ 'abm-gitops.yml': `${HEAD}expiry:\n  warnBefore: 30 days\n  errorBefore: 60d\n` });
    const { code, out } = await run(['validate', root, ...NOW, '--format', 'json'], root);
    expect(code).toBe(2);
    expect((JSON.parse(out) as ValidationReport).findings.map((finding) => finding.path)).toEqual(['expiry.warnBefore']);
  });

  it('a UTF-16 abm-gitops.yml (as some Windows editors save it): a yaml-syntax finding at its start, annotated', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEAD}`, 'utf16le')]);
    const root = writeRepo({ 'abm-gitops.yml': utf16, 'org.yml': BROKEN_ORGANIZATION });
    const { code, out, err } = await run(['validate', root, ...NOW, '--format', 'github'], root);
    expect(code).toBe(2);
    expect(err).toBe('abm-gitops: abm-gitops.yml:1:1: This file cannot be parsed: this file is UTF-16 text: save it as UTF-8.\n');
    expect(out.split('\n').filter((line) => line.startsWith('::error '))).toEqual([
      expect.stringMatching(/^::error file=abm-gitops\.yml,line=1,col=1,.*title=yaml-syntax::This file cannot be parsed: this file is UTF-16 text: save it as UTF-8\.$/),
    ]);
  });

  it('tokens and renew cannot go on: one line with the first mistake and how many follow, nothing on stdout', async () => {
    const root = repoWithMistakes();
    for (const argv of [
      ['tokens', root, ...NOW],
      ['renew', root, '--dry-run', ...NOW],
    ]) {
      const { code, out, err } = await run(argv, root);
      expect([code, out]).toEqual([2, '']);
      expect(err).toBe(
        STDERR.replace('(and 5 more mistakes in abm-gitops.yml, all in the report)', '(and 5 more mistakes in abm-gitops.yml: `abm-gitops validate` lists them all)'),
      );
    }
  });

  it('a valid abm-gitops.yml changes nothing: the organization files are validated', async () => {
    const root = writeRepo({ 'abm-gitops.yml': `${HEAD}expiry:\n  warnBefore: 30d\n`, 'org.yml': BROKEN_ORGANIZATION });
    const { code, out, err } = await run(['validate', root, ...NOW, '--format', 'json'], root);
    expect([code, err]).toEqual([1, '']);
    const report = JSON.parse(out) as ValidationReport;
    expect(report.error).toBeUndefined();
    expect(report.findings.map((finding) => [finding.file, finding.ruleId])).toEqual([['org.yml', 'primary-unit-count']]);
  });
});
