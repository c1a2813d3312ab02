import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { Ajv } from 'ajv';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseJunit } from 'junit2json';
import { describe, expect, it } from 'vitest';
import { formatReport, OUTPUT_FORMATS } from '../../src/report/index.js';
import type { ValidationReport } from '../../src/base/findings.js';
import { RULE_METAS } from '../../src/rules/index.js';
import { fixtureReport } from './fixture-report.js';

const gitlabSchema = JSON.parse(readFileSync(new URL('../data/gitlab-code-quality.schema.json', import.meta.url), 'utf8')) as object;
const validateGitlab = new Ajv({ allErrors: true }).compile(gitlabSchema);

const options = (sources: string[] = [], pathPrefix = '') => ({ color: false, quiet: false, sources: new Map(sources.map((file) => [file, ''])), pathPrefix, rules: RULE_METAS });

/** The fixture with a waived finding, a whole-file finding (line 0) and a message full of XML's special characters. */
function hostileReport(): ValidationReport {
  const report = fixtureReport();
  const [first] = report.findings;
  report.findings.push(
    { ...first!, message: 'Tag <b>"x" & \'y\'</b>\u0001 ]]> end', line: 0, column: 0, endLine: 0, endColumn: 0 },
    { ...first!, waived: true, waiver: { reason: 'ticket IT-1 <soon>', source: 'inline' } },
  );
  return report;
}

interface JunitCase {
  name?: string;
  classname?: string;
  failure?: Array<{ message?: string; type?: string; inner?: string }>;
  skipped?: Array<{ message?: string }>;
}
interface JunitSuite {
  name?: string;
  tests?: number;
  failures?: number;
  testcase?: JunitCase[];
}

describe('--format junit', () => {
  it('is well-formed XML that a JUnit parser reads back: one suite per file, a failure per finding, waived ones skipped, clean files passing', async () => {
    const report = hostileReport();
    const xml = formatReport('junit', report, options(['clean.yml'], 'config/'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = (await parseJunit(xml)) as { name?: string; tests?: number; failures?: number; testsuite?: JunitSuite[] };
    expect(parsed.name).toBe('abm-gitops');
    const suites = parsed.testsuite ?? [];
    const unwaived = report.findings.filter((finding) => !finding.waived);
    expect(parsed.failures).toBe(unwaived.length);
    expect(parsed.tests).toBe(report.findings.length + 1);
    const clean = suites.find((suite) => suite.name === 'config/clean.yml');
    expect(clean).toMatchObject({ tests: 1, failures: 0 });
    expect(clean!.testcase![0]!.failure).toBeUndefined();

    const cases = suites.flatMap((suite) => suite.testcase ?? []);
    const failures = cases.flatMap((testCase) => testCase.failure ?? []);
    expect(failures.map((failure) => failure.message).sort()).toEqual(unwaived.map((finding) => finding.message.replace('\u0001', '\\u0001')).sort());
    expect(new Set(failures.map((failure) => failure.type))).toEqual(new Set(unwaived.map((finding) => finding.severity)));
    const skipped = cases.flatMap((testCase) => testCase.skipped ?? []).map((entry) => entry.message);
    expect(skipped).toHaveLength(report.findings.length - unwaived.length);
    expect(skipped).toContain('waived (inline): ticket IT-1 <soon>');
    const first = report.findings[0]!;
    expect(cases.map((testCase) => testCase.name)).toContain(`${first.ruleId} at config/${first.file}:${first.line}:${first.column}`);
  });

  it('of a clean run: passing tests only', async () => {
    const report: ValidationReport = { ...fixtureReport(), findings: [] };
    const xml = formatReport('junit', report, options(['a.yml', 'b.yml']));
    const parsed = (await parseJunit(xml)) as { tests?: number; failures?: number };
    expect(parsed).toMatchObject({ tests: 2, failures: 0 });
  });
});

describe('--format gitlab', () => {
  it('passes the Code Quality fields GitLab reads, with repository paths, unique fingerprints and the severity scale', () => {
    const report = hostileReport();
    const issues = JSON.parse(formatReport('gitlab', report, options([], 'config/'))) as Array<{
      check_name: string;
      description: string;
      fingerprint: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }>;
    expect(validateGitlab(issues), JSON.stringify(validateGitlab.errors)).toBe(true);
    const unwaived = report.findings.filter((finding) => !finding.waived);
    expect(issues).toHaveLength(unwaived.length);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    expect(issues.every((issue) => issue.location.path.startsWith('config/'))).toBe(true);
    const severities = Object.fromEntries(unwaived.map((finding, index) => [finding.severity, issues[index]!.severity]));
    expect(severities).toMatchObject({ error: 'major' });
    if (severities.warning) expect(severities.warning).toBe('minor');
    expect(issues.at(-1)!.location.lines.begin).toBe(1);
  });

  it('keeps fingerprints stable when lines move (as GitLab compares them between the branch and its target)', () => {
    const report = fixtureReport();
    const before = JSON.parse(formatReport('gitlab', report, options())) as Array<{ fingerprint: string }>;
    const moved = { ...report, findings: report.findings.map((finding) => ({ ...finding, line: finding.line + 3, endLine: finding.endLine + 3 })) };
    const after = JSON.parse(formatReport('gitlab', moved, options())) as Array<{ fingerprint: string }>;
    expect(after.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint));
  });

  it('is one of the validate formats', () => {
    expect(OUTPUT_FORMATS).toEqual(expect.arrayContaining(['junit', 'gitlab']));
  });
});

describe('examples/ci/gitlab-ci.yml', () => {
  it('runs commands the CLI accepts, writing the reports its artifacts declare, which GitLab can read', async () => {
    const job = (parseYaml(readFileSync(new URL('../../examples/ci/gitlab-ci.yml', import.meta.url), 'utf8')) as Record<string, any>)['abm-gitops'];
    const reports = job.artifacts.reports as { codequality: string; junit: string };
    const repo = mkdtempSync(join(tmpdir(), 'abm-gitops-gitlab-'));
    cpSync(new URL('../../examples/broken', import.meta.url), repo, { recursive: true });
    const codes: number[] = [];
    for (const line of job.script as string[]) {
      const argv = line.replace(/^npx --yes abm-gitops@[^ ]+ /, '').split(' ');
      expect(argv[0], line).toBe('validate');
      const io = recordingIo(repo, {});
      codes.push(await runCli([...argv, '--now', '2026-11-23'], io));
    }
    // The report steps never fail the job; the last step is the gate (examples/broken has errors).
    expect(codes).toEqual([0, 0, 1]);
    const issues = JSON.parse(readFileSync(join(repo, reports.codequality), 'utf8')) as unknown[];
    expect(validateGitlab(issues), JSON.stringify(validateGitlab.errors)).toBe(true);
    expect(issues.length).toBeGreaterThan(0);
    const junit = (await parseJunit(readFileSync(join(repo, reports.junit), 'utf8'))) as { failures?: number };
    expect(junit.failures).toBeGreaterThan(0);
  });
});
