import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { Finding, ValidationReport } from '../../src/base/findings.js';
import { parseInstant } from '../../src/base/dates.js';
import { validateRepository } from '../../src/validate.js';
import { runFolder } from './run-folder.js';

// Registered by the first test file of a worker only (the module is shared: isolate is off), so the
// folders live in the run's folder, which the global teardown removes (test/support/run-folder.ts).
const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (relative path → text) into a fresh temp folder and returns its path. */
export function writeRepo(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(runFolder(), 'repo-'));
  created.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/**
 * Validates a repo made of `files` as of `now` (default 2026-11-23), `env` answering `env:` references (default none), and returns the report.
 * The folder goes as soon as the report is made (nothing in a report reads the files later): removed here, in the
 * worker, while the other workers run, not all at once by the global teardown after the last test.
 */
export function validateFiles(files: Record<string, string | Uint8Array>, now = '2026-11-23', env: Record<string, string> = {}): ValidationReport {
  const root = writeRepo(files);
  try {
    return validateRepository({ root, now: parseInstant(now)!, env }).report;
  } finally {
    rmSync(root, { recursive: true, force: true });
    created.splice(created.indexOf(root), 1);
  }
}

/** The findings of one rule, reduced to what rule tests assert. */
export function findingsOf(report: ValidationReport, ruleId: string): Array<Pick<Finding, 'file' | 'line' | 'column' | 'severity'> & { message: string; waived?: boolean }> {
  return report.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => ({
      file: finding.file,
      line: finding.line,
      column: finding.column,
      severity: finding.severity,
      message: finding.message,
      ...(finding.waived ? { waived: true } : {}),
    }));
}

/**
 * A small, valid Apple Business organization to start tests from; `spec`
 * lines are inserted verbatim (indented two spaces under `spec:`).
 */
export function organization(name: string, specLines: string, product = 'apple-business'): string {
  return `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: ${name}
spec:
  product: ${product}
${specLines.replace(/^\n/, '')}`;
}

/**
 * Organization `acme` (Apple Business, one primary unit) with two external
 * services, `jamf` then `kandji`; each one's extra lines (indented six
 * spaces, newline-terminated) follow its `vendor` line.
 */
export function twoServiceOrganization(jamfLines: string, kandjiLines: string): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
  deviceManagementServices:
    - id: jamf
      type: external
      name: Jamf
      vendor: jamf
${jamfLines}    - id: kandji
      type: external
      name: Kandji
      vendor: kandji
${kandjiLines}`,
  );
}
