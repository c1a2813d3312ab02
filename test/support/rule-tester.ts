/**
 * A valid/invalid table for one rule, in the spirit of ESLint's RuleTester:
 * each case is a repository (its files, and `now`), validated end to end;
 * valid cases must give the rule nothing, invalid ones exactly the listed
 * findings, in report order. An expected finding names what it means (the
 * document `path`, e.g. `spec.units[1].primary`) and may pin the position
 * and the message too. A case with `live` is validated online, the live-state
 * stage answering what Apple says (`test/support/live.ts`).
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/base/findings.js';
import { validateFilesOnline, type LiveOrganizationJson } from './live.js';
import { validateFiles } from './repo.js';

/** Relative path → text; a bare string is the one file `org.yml`. */
export type CaseFiles = string | Record<string, string | Uint8Array>;

export interface ValidCase {
  name: string;
  files: CaseFiles;
  /** `--now` of the run (default 2026-11-23). */
  now?: string;
  /** Also require the whole report to be free of findings (not just this rule's). */
  noOtherFindings?: boolean;
  /** What Apple says, by organization name: validates online (`validate --online`). */
  live?: Record<string, LiveOrganizationJson>;
}

export interface ExpectedFinding {
  /** The document path the finding points at; findings outside YAML documents have none (`undefined`). */
  path: string | undefined;
  file?: string;
  line?: number;
  column?: number;
  severity?: Severity;
  organization?: string;
  waived?: boolean;
  /** The exact message. */
  message?: string;
  /** Parts the message must contain. */
  messageContains?: readonly string[];
}

export interface InvalidCase extends Omit<ValidCase, 'noOtherFindings'> {
  findings: readonly ExpectedFinding[];
}

export interface RuleTable {
  valid: readonly ValidCase[];
  invalid: readonly InvalidCase[];
}

function filesOf(files: CaseFiles): Record<string, string | Uint8Array> {
  return typeof files === 'string' ? { 'org.yml': files } : files;
}

/** The findings of `ruleId` when the case's repository is validated (online when the case has `live`). */
export async function runCase(
  ruleId: string,
  testCase: { files: CaseFiles; now?: string; live?: Record<string, LiveOrganizationJson> },
): Promise<{ findings: Finding[]; all: Finding[] }> {
  const files = filesOf(testCase.files);
  const report = testCase.live ? await validateFilesOnline(files, testCase.live, testCase.now) : validateFiles(files, testCase.now);
  return { findings: report.findings.filter((finding) => finding.ruleId === ruleId), all: report.findings };
}

/** Compares one finding with its expectation: the fields the expectation gives, `path` always. */
export function expectFinding(actual: Finding | undefined, expected: ExpectedFinding, label: string): void {
  expect(actual, `${label}: missing finding`).toBeDefined();
  const { messageContains, ...fields } = expected;
  const wanted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined || key === 'path') wanted[key] = value;
  const shown: Record<string, unknown> = {};
  for (const key of Object.keys(wanted)) shown[key] = (actual as unknown as Record<string, unknown>)[key];
  expect(shown, label).toEqual(wanted);
  for (const part of messageContains ?? []) expect(actual!.message, label).toContain(part);
}

/** Declares the table's tests inside a `describe(ruleId)`. */
export function ruleTable(ruleId: string, table: RuleTable): void {
  describe(ruleId, () => {
    for (const testCase of table.valid) {
      it(`valid: ${testCase.name}`, async () => {
        const { findings, all } = await runCase(ruleId, testCase);
        expect(findings).toEqual([]);
        if (testCase.noOtherFindings) expect(all).toEqual([]);
      });
    }
    for (const testCase of table.invalid) {
      it(`invalid: ${testCase.name}`, async () => {
        const { findings } = await runCase(ruleId, testCase);
        expect(
          findings.map((finding) => finding.path),
          'paths of the findings, in report order',
        ).toEqual(testCase.findings.map((finding) => finding.path));
        testCase.findings.forEach((expected, index) => expectFinding(findings[index], expected, `finding ${index + 1}`));
      });
    }
  });
}
