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
import { fileURLToPath } from 'node:url';
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
  runs: Array<{
    results?: Array<{ ruleId: string; level?: string; message: { text?: string }; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }>;
  }>;
}

beforeAll(() => {
  // The package's install script sets the execute bit; `npm ci` here runs no install scripts.
  if ((statSync(multitool).mode & 0o100) === 0) chmodSync(multitool, 0o755);
});

/**
 * The multitool's own findings about `sarifFiles`, in one run (the tool's
 * start costs more than checking a file): the SARIF log it writes, its
 * results per checked file.
 */
async function validateWithMultitool(sarifFiles: readonly string[]): Promise<Map<string, NonNullable<ValidationLog['runs'][number]['results']>>> {
  const output = join(work, 'validation.sarif');
  // One thread, no profile-guided JIT, no background GC: a run this short is mostly the runtime starting and
  // compiling, and its helper threads only competed with the other test workers for the two cores.
  // Measured at load 8–11: 4.8–5.2 s of CPU and 20–23 s of wall → 3.3–4.0 s and 8–9 s, the same results.
  // No tiered compilation either: the tool's precompiled code is used as it is instead of being compiled a
  // second time for speed in the background, which a run this short never earns back (docs/testing.md).
  await run(multitool, ['validate', '--rule-kind', 'Sarif;Gh', '--threads', '1', '--output', output, ...sarifFiles], {
    // The tool needs no ICU for this; without the variable it aborts where libicu is missing.
    env: {
      ...process.env,
      DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      DOTNET_TieredPGO: '0',
      DOTNET_gcConcurrent: '0',
      DOTNET_TieredCompilation: '0',
    },
  });
  const log = JSON.parse(readFileSync(output, 'utf8')) as ValidationLog;
  const byFile = new Map(sarifFiles.map((file) => [file, [] as NonNullable<ValidationLog['runs'][number]['results']>]));
  for (const result of log.runs[0]?.results ?? []) {
    const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    const results = uri === undefined ? undefined : byFile.get(fileURLToPath(uri));
    // A result that names no checked file would be lost here: fail on it instead.
    if (results === undefined) throw new Error(`multitool result for no checked file: ${JSON.stringify(result)}`);
    results.push(result);
  }
  return byFile;
}

const NOW = parseInstant('2026-11-23')!;
const reports = new Map(examples.map((example) => [example, validateRepository({ root: join(root, 'examples', example), now: NOW }).report]));
const sarifFileOf = (example: string) => join(work, `${example}.sarif`);
const sarifOf = new Map(examples.map((example) => [example, formatSarif(reports.get(example)!, { pathPrefix: `examples/${example}/`, rules: RULE_METAS })]));
let resultsByFile: Awaited<ReturnType<typeof validateWithMultitool>>;

describe('SARIF under the SARIF multitool with GitHub rules', () => {
  beforeAll(async () => {
    for (const example of examples) writeFileSync(sarifFileOf(example), sarifOf.get(example)!);
    resultsByFile = await validateWithMultitool(examples.map(sarifFileOf));
  }, 120_000);

  it.each(examples)('examples/%s: no error', (example) => {
    const report = reports.get(example)!;
    const sarif = sarifOf.get(example)!;
    const errors = resultsByFile.get(sarifFileOf(example))!.filter((result) => (result.level ?? 'warning') === 'error');
    expect(errors.map((result) => `${result.ruleId}: ${result.message.text ?? ''}`)).toEqual([]);
    // Waived findings are suppressed results, and every result says whether it is.
    const results = (JSON.parse(sarif) as { runs: Array<{ results: Array<{ suppressions?: unknown[] }> }> }).runs[0]!.results;
    expect(results.every((result) => Array.isArray(result.suppressions))).toBe(true);
    expect(results.filter((result) => (result.suppressions ?? []).length > 0)).toHaveLength(report.summary.waived);
  });
});
