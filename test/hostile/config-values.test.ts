import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { runCli } from '../../src/cli/run.js';
import type { ValidationReport } from '../../src/base/findings.js';
import { loadConfig } from '../../src/config/index.js';
import { compileGlobs } from '../../src/load/glob.js';
import { LIMIT_CEILINGS } from '../../src/load/limits.js';
import { parseDuration } from '../../src/base/dates.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { organization, validateFiles, writeRepo } from '../support/repo.js';
import { cpuMillis } from '../support/cpu-time.js';

/** Values in abm-gitops.yml come from pull requests too: each is bounded, and each bound is one located line. */
const BOUND_MS = 10_000;
const HEAD = 'apiVersion: abm-gitops/v1\nkind: Config\n';
const VALID = organization('acme', '  units:\n    - id: hq\n      name: HQ\n      primary: true\n');

function configError(config: string): string {
  const root = writeRepo({ 'abm-gitops.yml': `${HEAD}${config}` });
  try {
    loadConfig(root);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
}

function located(report: ValidationReport): Array<[string, number, number]> {
  return report.findings.map((finding) => [finding.ruleId, finding.line, finding.column]);
}

describe('include globs are matched in linear time', () => {
  it(
    '`*a*a*a*a*a*a*a*a*b` against long names: answered at once (a regular expression took 53 s at 60 characters)',
    () => {
      const compiled = compileGlobs(['*a*a*a*a*a*a*a*a*b', '**/*a*a*a*a*a*a*a*a*a*a*a*a*b.yml']);
      if (!('matches' in compiled)) throw new Error(compiled.problem);
      const { millis } = cpuMillis(() => {
        for (const length of [60, 250, 4000]) {
          expect(compiled.matches('a'.repeat(length))).toBe(false);
          expect(compiled.matches(`${'a/'.repeat(length / 2)}${'a'.repeat(length)}.yml`)).toBe(false);
          expect(compiled.matches(`${'a'.repeat(length)}b`)).toBe(true);
        }
      });
      expect(millis).toBeLessThan(2000);
    },
    BOUND_MS,
  );

  it(
    'the same glob in abm-gitops.yml against a repository of long names: a clean run',
    () => {
      const long = 'a'.repeat(200);
      const report = validateFiles({ 'abm-gitops.yml': `${HEAD}include: ["*a*a*a*a*a*a*a*a*a*a*b", "orgs/**/*.yml"]\n`, [`${long}.yml`]: 'x: 1\n', 'orgs/acme.yml': VALID });
      expect(report.findings).toEqual([]);
      expect(report.summary.organizations).toBe(1);
    },
    BOUND_MS,
  );

  it('a 70,000-character glob: one located line', () => {
    expect(configError(`include: ["${'*a'.repeat(35_000)}"]\n`)).toBe('abm-gitops.yml:3:11: invalid configuration: This entry must NOT have more than 1024 characters.');
  });

  it('alternatives that expand past 64 patterns: one located line', () => {
    expect(configError(`include: ["{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}.yml"]\n`)).toBe(
      "abm-gitops.yml:3:11: this glob's {…} alternatives expand to more than 64 patterns: use fewer, simpler globs.",
    );
  });

  it('the glob syntax people write still means what it meant', () => {
    const compiled = compileGlobs(['customers/**/*.yml', './top/{a,b}.yaml', 'x/[!.]?.yml', 'all/**']);
    if (!('matches' in compiled)) throw new Error(compiled.problem);
    const matching = ['customers/a.yml', 'customers/x/y/.hidden.yml', 'top/a.yaml', 'top/b.yaml', 'x/ab.yml', 'all/deep/er.yml'];
    const other = ['customers.yml', 'customers/a.yaml', 'customers//a.yml', 'top/c.yaml', 'x/.b.yml', 'x/abc.yml', 'other/all/x.yml'];
    expect(matching.filter((path) => compiled.matches(path))).toEqual(matching);
    expect(other.filter((path) => compiled.matches(path))).toEqual([]);
  });
});

describe('every limit has a ceiling', () => {
  it('maxAliasCount: 999999999999 is refused (it brought the billion laughs back)', () => {
    expect(configError('limits:\n  maxAliasCount: 999999999999\n')).toBe('abm-gitops.yml:4:3: invalid configuration: `maxAliasCount` must be <= 100000.');
  });

  it('the schema and the loader agree on the ceilings', () => {
    const limits = (
      JSON.parse(readFileSync(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8')) as { $defs: { limits: { properties: Record<string, { maximum: number }> } } }
    ).$defs.limits.properties;
    expect(Object.fromEntries(Object.entries(limits).map(([key, schema]) => [key, schema.maximum]))).toEqual(LIMIT_CEILINGS);
  });

  it('maxDepth and maxFileBytes past their ceilings are refused', () => {
    expect(configError('limits:\n  maxDepth: 257\n')).toBe('abm-gitops.yml:4:3: invalid configuration: `maxDepth` must be <= 256.');
    expect(configError('limits:\n  maxFileBytes: 16777217\n')).toBe('abm-gitops.yml:4:3: invalid configuration: `maxFileBytes` must be <= 16777216.');
  });

  it(
    'billion laughs under maxAliasCount at its ceiling: input-limit, fast',
    () => {
      const lines = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let level = 1; level < 9; level++)
        lines.push(
          `l${level}: &l${level} [${Array(10)
            .fill(`*l${level - 1}`)
            .join(', ')}]`,
        );
      const report = validateFiles({
        'abm-gitops.yml': `${HEAD}limits:\n  maxAliasCount: 100000\n`,
        'org.yml': `apiVersion: abm-gitops/v1\nkind: Organization\n${lines.join('\n')}\n`,
      });
      expect(report.findings.map((finding) => finding.ruleId)).toEqual(['input-limit']);
    },
    BOUND_MS,
  );

  it(
    'one big anchor used many times: input-limit whatever maxAliasCount allows (the expanded document is bounded by its text)',
    () => {
      const anchor = `[${Array(20_000).fill('x').join(',')}]`;
      const aliases = Array(999).fill('*a').join(',');
      const report = validateFiles({ 'org.yml': `apiVersion: abm-gitops/v1\nkind: Organization\nbig: &a ${anchor}\nuses: [${aliases}]\n` });
      // About 20,000 values in 43,000 characters, a budget of 4 × 43,000 + 16,384; each alias adds 20,001, so the 9th crosses it.
      expect(located(report)).toEqual([['input-limit', 4, 'uses: ['.length + 1 + 8 * '*a,'.length]]);
      expect(report.findings[0]!.message).toBe(
        'This file grows to more than 4 values per character of its text once its aliases are expanded, as an alias bomb would: use fewer or smaller anchors.',
      );
    },
    BOUND_MS,
  );

  it(
    'maxDepth at its ceiling: a document 256 levels deep is read, 100,000 levels is refused',
    () => {
      const config = `${HEAD}limits:\n  maxDepth: 256\n`;
      const deepButAllowed = validateFiles({ 'abm-gitops.yml': config, 'org.yml': `apiVersion: abm-gitops/v1\nkind: Organization\nx: ${'['.repeat(256)}${']'.repeat(256)}\n` });
      expect(deepButAllowed.findings.map((finding) => finding.ruleId)).not.toContain('input-limit');
      const tooDeep = validateFiles({ 'abm-gitops.yml': config, 'org.yml': `apiVersion: abm-gitops/v1\nkind: Organization\nx: ${'['.repeat(100_000)}\n` });
      expect(located(tooDeep)).toEqual([['input-limit', 3, 4 + 256]]);
    },
    BOUND_MS,
  );
});

describe('durations are bounded in the schema and the parser', () => {
  it('warnBefore: 200000000d is a located line, not "Invalid time value"', () => {
    expect(configError('expiry:\n  warnBefore: 200000000d\n')).toBe(
      'abm-gitops.yml:4:3: invalid configuration: `200000000d` is not a valid `warnBefore`: expected a duration such as `30d` (days, at most 9999) or `12h` (hours, at most 99999).',
    );
  });

  it('the parser agrees with the schema at the edges', () => {
    expect([parseDuration('9999d'), parseDuration('99999h'), parseDuration('0d')]).toEqual([9999 * 86_400_000, 99_999 * 3_600_000, 0]);
    expect([parseDuration('10000d'), parseDuration('100000h'), parseDuration('200000000d'), parseDuration('30')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('renew --dry-run and validate both exit 2 with the one line', async () => {
    const root = writeRepo({ 'abm-gitops.yml': `${HEAD}expiry:\n  renewBefore: 200000000d\n`, 'org.yml': VALID });
    for (const argv of [
      ['validate', root],
      ['renew', root, '--dry-run'],
    ]) {
      const io = recordingIo(root);
      expect(await runCli(argv, io)).toBe(2);
      expect(io.err).toMatch(/^abm-gitops: abm-gitops\.yml:4:3: invalid configuration: `200000000d` is not a valid `renewBefore`: .*\n$/);
      // validate reports the mistake as a finding too; renew has no report to put it in.
      expect(io.out).toMatch(argv[0] === 'validate' ? /^abm-gitops\.yml:4:3 {2}error {4}`200000000d` is not a valid `renewBefore`/ : /^$/);
    }
  });
});
