/**
 * A valid/invalid table for one rule, in the spirit of ESLint's RuleTester:
 * each case is a repository (its files, and `now`), validated end to end;
 * valid cases must give the rule nothing, invalid ones exactly the listed
 * findings, in report order. An expected finding names what it means (the
 * document `path`, e.g. `spec.units[1].primary`) and may pin the position
 * and the message too. A case with `live` is validated online, the live-state
 * stage answering what Apple says (`test/support/live.ts`). Token files sit
 * next to the organization in `files` (generated at test time with
 * `test/support/forge-fixtures.ts`); secrets behind `env:` come from `env`.
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
  /** Also require the whole report to be free of findings (not just this rule's), apart from those `otherRules` lists. */
  noOtherFindings?: boolean;
  /** What Apple says, by organization name: validates online (`validate --online`). */
  live?: Record<string, LiveOrganizationJson>;
  /** Values of `env:` references (secrets); default none, as in an offline run without them. */
  env?: Record<string, string>;
  /** Findings other rules must give instead (rule id → findings, in report order): where this rule defers to another. */
  otherRules?: Record<string, readonly ExpectedFinding[]>;
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
  /** Parts the message must not contain (a secret's value, say). */
  messageExcludes?: readonly string[];
  /** A pattern the message must match (`/^…/` for how it begins). */
  messageMatches?: RegExp;
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
  testCase: { files: CaseFiles; now?: string; live?: Record<string, LiveOrganizationJson>; env?: Record<string, string> },
): Promise<{ findings: Finding[]; all: Finding[] }> {
  const files = filesOf(testCase.files);
  if (testCase.live && testCase.env) throw new Error('a rule table case validates online or with `env`, not both');
  const report = testCase.live ? await validateFilesOnline(files, testCase.live, testCase.now) : validateFiles(files, testCase.now, testCase.env);
  return { findings: report.findings.filter((finding) => finding.ruleId === ruleId), all: report.findings };
}

/** Compares one finding with its expectation: the fields the expectation gives, `path` always. */
export function expectFinding(actual: Finding | undefined, expected: ExpectedFinding, label: string): void {
  expect(actual, `${label}: missing finding`).toBeDefined();
  const { messageContains, messageExcludes, messageMatches, ...fields } = expected;
  const wanted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined || key === 'path') wanted[key] = value;
  const shown: Record<string, unknown> = {};
  for (const key of Object.keys(wanted)) shown[key] = (actual as unknown as Record<string, unknown>)[key];
  expect(shown, label).toEqual(wanted);
  for (const part of messageContains ?? []) expect(actual!.message, label).toContain(part);
  for (const part of messageExcludes ?? []) expect(actual!.message, label).not.toContain(part);
  if (messageMatches) expect(actual!.message, label).toMatch(messageMatches);
}

/** Compares the findings of one rule with the expected ones: the same paths in report order, then each one's fields. */
function expectFindings(actual: readonly Finding[], expected: readonly ExpectedFinding[], ruleId: string): void {
  expect(
    actual.map((finding) => finding.path),
    `paths of the ${ruleId} findings, in report order`,
  ).toEqual(expected.map((finding) => finding.path));
  expected.forEach((wanted, index) => expectFinding(actual[index], wanted, `${ruleId} finding ${index + 1}`));
}

function expectOtherRules(all: readonly Finding[], otherRules: ValidCase['otherRules']): void {
  for (const [ruleId, expected] of Object.entries(otherRules ?? {})) {
    expectFindings(
      all.filter((finding) => finding.ruleId === ruleId),
      expected,
      ruleId,
    );
  }
}

/** Declares the table's tests inside a `describe(ruleId)`. */
export function ruleTable(ruleId: string, table: RuleTable): void {
  describe(ruleId, () => {
    for (const testCase of table.valid) {
      it(`valid: ${testCase.name}`, async () => {
        const { findings, all } = await runCase(ruleId, testCase);
        expect(findings).toEqual([]);
        if (testCase.noOtherFindings) expect(all.filter((finding) => !Object.hasOwn(testCase.otherRules ?? {}, finding.ruleId))).toEqual([]);
        expectOtherRules(all, testCase.otherRules);
      });
    }
    for (const testCase of table.invalid) {
      it(`invalid: ${testCase.name}`, async () => {
        const { findings, all } = await runCase(ruleId, testCase);
        expectFindings(findings, testCase.findings, ruleId);
        expectOtherRules(all, testCase.otherRules);
      });
    }
  });
}
