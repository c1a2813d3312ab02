import { mkdtempSync, readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript without types
import { generateRepository } from '../../bench/generate.mjs';
import { parseInstant } from '../../src/base/dates.js';
import { runCli } from '../../src/cli/run.js';
import { formatReportChunks, formatTokensJson, formatTokensJsonChunks, jsonTextChunks, type FormatOptions } from '../../src/report/index.js';
import { tokenInventory } from '../../src/tokens.js';
import { validateRepository } from '../../src/validate.js';

const NOW = '2026-11-23';
const scratch = mkdtempSync(join(tmpdir(), 'abm-gitops-json-stream-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const joined = (pieces: Iterable<string>) => [...pieces].join('');
const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const FORMAT_OPTIONS: FormatOptions = { color: false, quiet: false, sources: new Map(), pathPrefix: '', rules: [] };

describe('jsonTextChunks', () => {
  const awkward = {
    z: 1,
    '2': 'numeric keys come first, as JSON.stringify orders them',
    a: undefined,
    f: () => 1,
    s: Symbol('x'),
    when: new Date('2026-11-23T00:00:00Z'),
    custom: { toJSON: () => ({ replaced: [1, { deep: true }] }) },
    list: [undefined, () => 1, Symbol('y'), null, [], {}, [[]], [{}], { a: undefined }, -0, Number.NaN, Number.POSITIVE_INFINITY],
    text: 'line\nbreak "quoted" \u2028 \u0007 é 🍎',
    nested: { empty: {}, emptyList: [], deeper: { list: [1, [2, [3, { four: 4 }]]] } },
  };
  for (const depth of [0, 1, 2, 3, 4, 10]) {
    it(`is JSON.stringify(value, null, 2) byte for byte, walking ${depth} levels`, () => {
      expect(joined(jsonTextChunks(awkward, depth))).toBe(JSON.stringify(awkward, null, 2));
      for (const value of [[], {}, null, 'text', 3, true, [undefined], [[[]]], { only: undefined }]) {
        expect(joined(jsonTextChunks(value, depth))).toBe(JSON.stringify(value, null, 2));
      }
    });
  }
});

describe('the JSON report written as a stream', () => {
  const examples = readdirSync(new URL('../../examples', import.meta.url).pathname)
    .map((name) => new URL(`../../examples/${name}`, import.meta.url).pathname)
    .filter((root) => existsSync(join(root, 'abm-gitops.yml')));

  it('covers the examples', () => expect(examples.length).toBeGreaterThanOrEqual(4));

  for (const root of examples) {
    it(`is the report's JSON.stringify text for ${root.split('/').pop()}`, () => {
      const { report } = validateRepository({ root, now: parseInstant(NOW)! });
      expect(report.findings.length + report.tokens.length).toBeGreaterThan(0);
      expect(joined(formatReportChunks('json', report, FORMAT_OPTIONS))).toBe(asJson(report));
      const tokens = { root: '.', now: NOW, tokens: tokenInventory({ root, now: parseInstant(NOW)! }).tokens };
      expect(joined(formatTokensJsonChunks(tokens))).toBe(formatTokensJson(tokens));
    });
  }

  it('is what the CLI writes to --output and to stdout, for a generated MSP repository of 300 organizations', async () => {
    const root = join(scratch, 'msp');
    generateRepository({ organizations: 300, out: root });
    const { report } = validateRepository({ root, now: parseInstant(NOW)! });
    report.root = root;
    const expected = asJson(report);
    expect(expected.length).toBeGreaterThan(1 << 17); // more than one 64 KiB batch
    expect(report.findings.length).toBeGreaterThan(10);

    let stdout = '';
    const io = { stdout: (text: string) => void (stdout += text), stderr: () => {}, env: {}, cwd: scratch, isTTY: false };
    const args = ['validate', root, '--format', 'json', '--now', NOW, '--fail-on', 'never'];
    expect(await runCli([...args, '--output', 'report.json'], io)).toBe(0);
    expect(readFileSync(join(scratch, 'report.json'), 'utf8')).toBe(expected);
    expect(stdout).toBe('');
    expect(await runCli(args, io)).toBe(0);
    expect(stdout).toBe(expected);
  });
});
