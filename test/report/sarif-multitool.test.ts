/**
 * SARIF as GitHub code scanning ingests it: Microsoft's SARIF multitool
 * (`validate --rule-kind "Sarif;Gh"`, the SARIF spec rules plus GitHub's
 * ingestion rules) reports no error on any example's output.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/base/dates.js';
import { formatSarif } from '../../src/report/sarif.js';
import { RULE_METAS } from '../../src/rules/index.js';
import { validateRepository } from '../../src/validate.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const multitool = join(dirname(createRequire(import.meta.url).resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'workflows')
  .map((entry) => entry.name);
const work = mkdtempSync(join(tmpdir(), 'abm-sarif-multitool-'));

interface ValidationLog {
  runs: Array<{ results?: Array<{ ruleId: string; level?: string; message: { text?: string } }> }>;
}

beforeAll(() => {
  // The package's install script sets the execute bit; `npm ci` here runs no install scripts.
  if ((statSync(multitool).mode & 0o100) === 0) chmodSync(multitool, 0o755);
});

/** The multitool's own findings about `sarifFile`, as the SARIF log it writes. */
async function validateWithMultitool(sarifFile: string): Promise<ValidationLog> {
  const output = `${sarifFile}.validation.sarif`;
  await run(multitool, ['validate', '--rule-kind', 'Sarif;Gh', '--output', output, sarifFile], {
    // The tool needs no ICU for this; without the variable it aborts where libicu is missing.
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  return JSON.parse(readFileSync(output, 'utf8')) as ValidationLog;
}

describe('SARIF under the SARIF multitool with GitHub rules', () => {
  it.each(examples)('examples/%s: no error', { timeout: 60_000 }, async (example) => {
    const { report } = validateRepository({ root: join(root, 'examples', example), now: parseInstant('2026-11-23')! });
    const sarifFile = join(work, `${example}.sarif`);
    const sarif = formatSarif(report, { pathPrefix: `examples/${example}/`, rules: RULE_METAS });
    writeFileSync(sarifFile, sarif);
    const log = await validateWithMultitool(sarifFile);
    const errors = (log.runs[0]?.results ?? []).filter((result) => (result.level ?? 'warning') === 'error');
    expect(errors.map((result) => `${result.ruleId}: ${result.message.text ?? ''}`)).toEqual([]);
    // Waived findings are suppressed results, and every result says whether it is.
    const results = (JSON.parse(sarif) as { runs: Array<{ results: Array<{ suppressions?: unknown[] }> }> }).runs[0]!.results;
    expect(results.every((result) => Array.isArray(result.suppressions))).toBe(true);
    expect(results.filter((result) => (result.suppressions ?? []).length > 0)).toHaveLength(report.summary.waived);
  });
});
