import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { loadConfig } from '../../src/config/index.js';
import { cpuMillis } from '../support/cpu-time.js';
import { validateFiles, writeRepo } from '../support/repo.js';
import { LONG_STRING_BOMB, LONG_STRING_BOMB_AT } from '../support/yaml-bombs.js';
import type { ValidationReport } from '../../src/base/findings.js';

/**
 * Hostile YAML must end as one located finding, fast: at most BOUND_MS of CPU
 * time (bounds on work, not on the clock: docs/testing.md). The timeout only
 * catches a hang; the suite's other workers, git and Chromium share the cores.
 */
const BOUND_MS = 20_000;
const HANG_MS = 60_000;

function bounded<T>(work: () => T): T {
  const { result, millis } = cpuMillis(work);
  expect(millis).toBeLessThan(BOUND_MS);
  return result;
}

const validate = (files: Record<string, string>): ValidationReport => bounded(() => validateFiles(files));
const HEAD = 'apiVersion: abm-gitops/v1\nkind: Organization\n';
const DEPTH = 'This document nests deeper than 64 levels (limits.maxDepth): flatten it or raise the limit in abm-gitops.yml.';

function located(report: ValidationReport): Array<[string, number, number]> {
  return report.findings.map((finding) => [finding.ruleId, finding.line, finding.column]);
}

function messagesOf(report: ValidationReport, ruleId: string): string[] {
  return report.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.message);
}

describe('deep nesting is refused before the recursive composer sees it', () => {
  for (const levels of [10_000, 100_000]) {
    it(
      `${levels} nested flow sequences: input-limit at the 66th bracket`,
      () => {
        const report = validate({ 'org.yml': `${HEAD}spec: ${'['.repeat(levels)}${']'.repeat(levels)}\n` });
        // The mapping is level 0, so the bracket at column 7 + 64 opens level 65, one past the limit.
        expect(located(report)).toEqual([['input-limit', 3, 71]]);
        expect(messagesOf(report, 'input-limit')).toEqual([DEPTH]);
      },
      HANG_MS,
    );

    it(
      `${levels} nested flow mappings left open: input-limit, not a crash`,
      () => {
        const report = validate({ 'org.yml': `${HEAD}spec: ${'{a: '.repeat(levels)}\n` });
        expect(located(report)).toEqual([['input-limit', 3, 7 + 64 * 4]]);
      },
      HANG_MS,
    );

    it(
      `${levels} nested block sequences on one line: input-limit at the 65th dash`,
      () => {
        const report = validate({ 'org.yml': `${HEAD}spec:\n  ${'- '.repeat(levels)}x\n` });
        // `spec:` holds the map at level 0; the first dash (column 3) opens level 1.
        expect(located(report)).toEqual([['input-limit', 4, 3 + 64 * 2]]);
      },
      HANG_MS,
    );
  }

  it(
    'block mappings indented one space per level: input-limit at the 65th key',
    () => {
      const lines = Array.from({ length: 1500 }, (_, level) => `${' '.repeat(level + 1)}k:`);
      const report = validate({ 'org.yml': `${HEAD}spec:\n${lines.join('\n')}\n` });
      // `spec:` holds level 0; the key on line 3 + n indented n spaces opens level n.
      expect(located(report)).toEqual([['input-limit', 3 + 65, 66]]);
    },
    HANG_MS,
  );

  it(
    'explicit keys nested 100,000 times: input-limit',
    () => {
      const report = validate({ 'org.yml': `${HEAD}spec:\n  ${'? '.repeat(100_000)}x\n` });
      expect(located(report)).toEqual([['input-limit', 4, 3 + 64 * 2]]);
    },
    HANG_MS,
  );

  it(
    'keeps the other documents of the file',
    () => {
      const deep = `${HEAD}metadata: {name: deep}\nspec: ${'['.repeat(5000)}\n`;
      const fine = `${HEAD}metadata: {name: fine}\nspec: {product: apple-business, units: [{id: hq, name: HQ, primary: true}]}\n`;
      const report = validate({ 'org.yml': `${deep}---\n${fine}` });
      expect(located(report)).toEqual([['input-limit', 4, 71]]);
      expect(report.summary.organizations).toBe(1);
    },
    HANG_MS,
  );
});

describe('aliases', () => {
  const laughs = (levels: number): string => {
    const lines = ['lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level < levels; level++)
      lines.push(
        `lol${level}: &l${level} [${Array(10)
          .fill(`*l${level - 1}`)
          .join(', ')}]`,
      );
    return `${HEAD}${lines.join('\n')}\n`;
  };

  it(
    'billion laughs (9 levels of 10): input-limit at the alias that crosses 1000 expansions',
    () => {
      const report = validate({ 'org.yml': laughs(9) });
      // Levels 1 and 2 expand 10 + 110 aliases; each alias of level 3 expands 111, so its 8th crosses 1000.
      expect(located(report)).toEqual([['input-limit', 6, 'lol3: &l3 ['.length + 1 + 7 * '*l2, '.length]]);
      expect(messagesOf(report, 'input-limit')).toEqual([
        'This document expands more than 1000 aliases (limits.maxAliasCount), as an alias bomb would: remove the nested aliases or raise the limit.',
      ]);
    },
    HANG_MS,
  );

  it(
    'many distinct anchors, each used once: input-limit at the 1001st alias, not a quadratic hang',
    () => {
      const items = Array.from({ length: 20_000 }, (_, i) => `  - &a${i} x\n  - *a${i}\n`).join('');
      const report = validate({ 'org.yml': `${HEAD}spec:\n${items}` });
      expect(located(report)).toEqual([['input-limit', 4 + 2 * 1000 + 1, 5]]);
    },
    HANG_MS,
  );

  it(
    'an alias inside the node it names: input-limit (the value would be infinitely deep)',
    () => {
      const report = validate({ 'org.yml': `${HEAD}spec: &s\n  product: *s\n` });
      expect(located(report)).toEqual([['input-limit', 4, 12]]);
    },
    HANG_MS,
  );

  it(
    'an alias that nests deeper than maxDepth once expanded: input-limit at the alias',
    () => {
      const anchored = `a: &d ${'['.repeat(40)}${']'.repeat(40)}`;
      const user = `b: ${'['.repeat(30)}*d${']'.repeat(30)}`;
      const report = validate({ 'org.yml': `${HEAD}${anchored}\n${user}\n` });
      // The alias sits at level 31 and brings 40 levels: 70 > 64. Each part alone is within the limit.
      expect(located(report)).toEqual([['input-limit', 4, 34]]);
    },
    HANG_MS,
  );

  it(
    'a chain of anchors, each aliasing the previous one, costs its expanded size',
    () => {
      const lines = ['l0: &l0 [x]'];
      for (let level = 1; level <= 70; level++) lines.push(`l${level}: &l${level} [*l${level - 1}]`);
      const report = validate({ 'org.yml': `${HEAD}${lines.join('\n')}\n` });
      // The alias on line l_k expands k aliases: 1 + 2 + … + 45 = 1035 is the first total over 1000.
      expect(located(report)).toEqual([['input-limit', 3 + 45, 'l45: &l45 ['.length + 1]]);
      expect(messagesOf(report, 'input-limit')[0]).toMatch(/^This document expands more than 1000 aliases/);
    },
    HANG_MS,
  );

  it(
    'an alias to no anchor: yaml-syntax at the alias',
    () => {
      const report = validate({ 'org.yml': `${HEAD}spec: *missing\n` });
      expect(located(report)).toEqual([['yaml-syntax', 3, 7]]);
    },
    HANG_MS,
  );

  it(
    'maxAliasCount from abm-gitops.yml applies',
    () => {
      const config = 'apiVersion: abm-gitops/v1\nkind: Config\nlimits:\n  maxAliasCount: 5\n';
      const report = validate({ 'abm-gitops.yml': config, 'org.yml': `${HEAD}a: &a x\nb: [*a, *a, *a, *a, *a, *a]\n` });
      expect(located(report)).toEqual([['input-limit', 4, 'b: ['.length + 1 + 5 * '*a, '.length]]);
    },
    HANG_MS,
  );
});

const EXPANDED_TEXT =
  'This file grows to more than 4 characters of text per character of its own once its aliases are expanded, as an alias bomb would: use fewer or smaller anchors.';

describe('long strings used many times', () => {
  it(
    'a 1 MB string aliased 900 times: input-limit at the alias where the expanded text crosses its budget, not an unreadable document',
    () => {
      expect(LONG_STRING_BOMB.length).toBe(1_003_665);
      const report = validate({ 'org.yml': LONG_STRING_BOMB });
      expect(located(report)).toEqual([['input-limit', ...LONG_STRING_BOMB_AT]]);
      expect(messagesOf(report, 'input-limit')).toEqual([EXPANDED_TEXT]);
    },
    HANG_MS,
  );

  it(
    'the budget is shared by the documents of a file: two documents that each fit, but not together',
    () => {
      const half = (name: string) => `${HEAD}metadata: {name: ${name}}\nnote: &a "${'x'.repeat(400_000)}"\nnotes: [${Array(6).fill('*a').join(', ')}]\n`;
      const report = validate({ 'org.yml': `${half('one')}---\n${half('two')}` });
      // About 800,000 characters of text: about 4,250,000 may be expanded; the first document spends 2,800,000, the second's own string 400,000, its 3rd alias crosses.
      expect(located(report).filter(([ruleId]) => ruleId === 'input-limit')).toEqual([['input-limit', 11, 'notes: ['.length + 1 + 2 * '*a, '.length]]);
      expect(messagesOf(report, 'input-limit')).toEqual([EXPANDED_TEXT]);
    },
    HANG_MS,
  );

  it(
    'a string anchor used within the budget is read as usual (a small file may always expand to 1 MiB of text)',
    () => {
      const report = validate({ 'org.yml': `${HEAD}note: &a "${'x'.repeat(1000)}"\nnotes: [${Array(900).fill('*a').join(', ')}]\n` });
      expect(report.findings.map((finding) => finding.ruleId)).not.toContain('input-limit');
      expect(report.findings.map((finding) => finding.ruleId)).not.toContain('yaml-syntax');
    },
    HANG_MS,
  );
});

describe('sheer size', () => {
  it(
    'a 2 MiB file of document separators: input-limit at the 10,001st document, bounded',
    () => {
      // The first document only mentions our apiVersion (in a block scalar), so the file is in scope.
      const report = validate({ 'org.yml': `note: |\n  apiVersion: abm-gitops/v1\n${'---\n'.repeat(524_000)}` });
      // Document n (from 0) starts on line n + 2.
      expect(located(report)).toEqual([['input-limit', 10_000 + 2, 1]]);
      expect(messagesOf(report, 'input-limit')).toEqual(['This file holds more than 10000 YAML documents, so the rest was not read: split it into smaller files.']);
    },
    HANG_MS,
  );

  it(
    '150,000 keys in one mapping with a duplicate at the end: yaml-syntax there, in linear time',
    () => {
      const keys = Array.from({ length: 150_000 }, (_, i) => `  k${i}: 1\n`).join('');
      const report = validate({ 'org.yml': `${HEAD}spec:\n${keys}  k7: 2\n` });
      expect(located(report)).toEqual([['yaml-syntax', 4 + 150_000, 3]]);
    },
    HANG_MS,
  );

  it(
    'a million stray commas: one yaml-syntax finding',
    () => {
      const report = validate({ 'org.yml': `${HEAD}spec: [${','.repeat(1_000_000)}]\n` });
      // `[,` is one empty entry; the second comma is the first error.
      expect(located(report)).toEqual([['yaml-syntax', 3, 9]]);
    },
    HANG_MS,
  );
});

describe('long sequences never reach the call stack', () => {
  const items = (count: number, item: (i: number) => string): string => Array.from({ length: count }, (_, i) => item(i)).join(', ');

  it(
    'a 150,000-item flow sequence in an organization: one schema finding, not a stack overflow',
    () => {
      const report = validate({
        'org.yml': `${HEAD}metadata: {name: acme}\nspec:\n  product: apple-business\n  units: [{id: hq, name: HQ, primary: true}]\n  junk: [${items(150_000, () => 'x')}]\n`,
      });
      expect(located(report)).toEqual([['schema', 7, 3]]);
    },
    HANG_MS,
  );

  it(
    'a 150,000-item renewal.labels in abm-gitops.yml: one located line, not a stack overflow',
    () => {
      const labels = `[${items(150_000, (i) => `l${i}`)}]`;
      const root = writeRepo({ 'abm-gitops.yml': `apiVersion: abm-gitops/v1\nkind: Config\nrenewal:\n  labels: ${labels}\n` });
      bounded(() => expect(() => loadConfig(root)).toThrow(new UsageError('abm-gitops.yml:4:3: invalid configuration: `labels` must NOT have more than 100 items.')));
    },
    HANG_MS,
  );
});
