import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/base/dates.js';
import { DEFAULT_LIMITS, loadRepository, pinRegions, regionOf, releaseSyntax } from '../../src/load/index.js';
import { compactValue, exactJson, valueFromJson } from '../../src/load/compact.js';
import { parseSource } from '../../src/load/parse.js';
import { validateRepository } from '../../src/validate.js';
import { organization, writeRepo } from '../support/repo.js';

const UNITS = `  units:
    - id: hq
      name: "HQ (a quoted name that is longer than a slice)"
      primary: true
    - id: hq
      name: Second HQ
`;

function loadOne(root: string) {
  const loaded = loadRepository(root, { limits: DEFAULT_LIMITS });
  return { file: loaded.files[0]!, document: loaded.documents[0]! };
}

describe('releasing a modelled file', () => {
  it('drops its text and trees and gives the same positions back from disk', () => {
    const root = writeRepo({ 'org.yml': `# a comment first\n${organization('acme', UNITS)}` });
    const { file, document } = loadOne(root);
    const before = regionOf(document, ['spec', 'units', 1, 'id']);
    const text = file.text;
    releaseSyntax(file);
    expect(file.releasable).toBe(true);
    expect(regionOf(document, ['spec', 'units', 1, 'id'])).toEqual(before);
    expect(before).toEqual({ line: 12, column: 7, endLine: 12, endColumn: 13 });
    expect(file.text).toBe(text);
  });

  it('gives the same positions back for scalars, collections and missing paths once read again by the fast path', () => {
    const root = writeRepo({ 'org.yml': organization('acme', UNITS) });
    const { file, document } = loadOne(root);
    const paths = [['spec', 'units', 1, 'id'], ['spec', 'units', 0, 'name'], ['spec', 'units', 1], ['spec', 'units'], ['spec', 'nowhere', 3], []];
    const before = paths.map((path) => regionOf(document, path));
    releaseSyntax(file);
    expect(paths.map((path) => regionOf(document, path))).toEqual(before);
    expect(file.syntaxTrees?.[0]?.toJS()).toEqual(document.value);
  });

  it('points at the first line, never at a wrong one, when the file changed on disk since', () => {
    const root = writeRepo({ 'org.yml': organization('acme', UNITS) });
    const { file, document } = loadOne(root);
    releaseSyntax(file);
    writeFileSync(join(root, 'org.yml'), `\n\n\n${organization('acme', UNITS)}`);
    expect(regionOf(document, ['spec', 'units', 1, 'id'])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  it('keeps a pinned region through the release: it is not read from disk again', () => {
    const root = writeRepo({ 'org.yml': organization('acme', UNITS) });
    const { file, document } = loadOne(root);
    pinRegions(document, [['spec', 'units', 1, 'id']]);
    releaseSyntax(file);
    // Were it read again, the changed file would put it on the first line (the test above).
    writeFileSync(join(root, 'org.yml'), `\n\n\n${organization('acme', UNITS)}`);
    expect(regionOf(document, ['spec', 'units', 1, 'id'])).toEqual({ line: 11, column: 7, endLine: 11, endColumn: 13 });
    expect(regionOf(document, ['spec', 'units', '1', 'id'])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  it('keeps in memory what was not read from disk (config, edits): nothing to restore it from', () => {
    const { file } = parseSource('mem.yml', '/nowhere/mem.yml', 'a: 1\n', DEFAULT_LIMITS);
    releaseSyntax(file);
    expect(file.releasable).toBe(false);
    expect(file.text).toBe('a: 1\n');
    expect(file.syntaxTrees).toHaveLength(1);
  });

  it('reports the same findings, at the same lines, as before the release (a duplicate id in a file read again)', () => {
    const root = writeRepo({ 'org.yml': organization('acme', UNITS) });
    const { report } = validateRepository({ root, now: parseInstant('2026-11-23')! });
    const duplicate = report.findings.find((finding) => finding.ruleId === 'duplicate-id');
    expect(duplicate).toMatchObject({ file: 'org.yml', line: 11, column: 7 });
  });
});

describe('compactValue', () => {
  const valueOf = (text: string) => parseAllDocuments(text, { merge: true }).map((document) => (document as { toJS(): unknown }).toJS());

  it('is the same data as yaml built: strings, numbers, merge keys, __proto__ keys, key order', () => {
    const text = `base: &b {x: 1, "y": "a quoted string long enough to be built in pieces"}\nmerged: {<<: *b, z: [1, 2.5, -3, true, null, ~]}\n__proto__: {polluted: true}\n"10": ten\n2: two\n`;
    for (const value of valueOf(text)) {
      const compact = compactValue(value);
      expect(compact).toEqual(value);
      expect(Object.keys(compact as object)).toEqual(Object.keys(value as object));
      expect(Object.getOwnPropertyNames(compact as object)).toContain('__proto__');
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    }
  });

  it('keeps what JSON cannot hold exactly as it is (.nan, .inf, -0)', () => {
    for (const text of ['a: .nan', 'a: [.inf]', 'a: {b: -.inf}', 'a: -0']) {
      const [value] = valueOf(text);
      expect(compactValue(value)).toBe(value);
    }
  });
});

describe('valueFromJson', () => {
  it('is what JSON.parse gives, its repeated strings shared: within a value, across values, __proto__ keys, key order', () => {
    const owner = '@msp/service-desk';
    const texts = [
      JSON.stringify([{ apiVersion: 'abm-gitops/v1', owners: [owner, owner], by: 'alex.admin@acme.example', again: 'alex.admin@acme.example' }, 'a string of its own, here']),
      `{"__proto__":"apps-token-only","10":"${owner}","list":[["${owner}","${'x'.repeat(200)}"],{"deep":"apps-token-only"}]}`,
      JSON.stringify('a lone string at the top'),
      JSON.stringify([1, 2.5, true, null, '', 'short']),
    ];
    for (let round = 0; round < 2; round++) {
      for (const text of texts) {
        const value = valueFromJson(text);
        expect(value).toEqual(JSON.parse(text));
        expect(JSON.stringify(value)).toBe(JSON.stringify(JSON.parse(text)));
      }
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const withProto = valueFromJson(texts[1]!) as Record<string, unknown>;
    expect(Object.getPrototypeOf(withProto)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(withProto, '__proto__')?.value).toBe('apps-token-only');
  });
});

describe('exactJson', () => {
  it('gives up, without trying, on a value whose JSON would be hundreds of megabytes (aliases of one long string)', () => {
    const long = 'x'.repeat(1_000_000);
    const value = { note: long, notes: Array<string>(900).fill(long) };
    expect(exactJson(value)).toBeUndefined();
    expect(compactValue(value)).toBe(value);
  });

  it('never throws: whatever goes wrong, the value is posted as it is', () => {
    const value = {
      get broken(): string {
        throw new RangeError('Invalid string length');
      },
    };
    expect(exactJson(value)).toBeUndefined();
    expect(compactValue(value)).toBe(value);
  });

  it('is the JSON text of what JSON holds exactly', () => {
    expect(exactJson([{ a: 'x', b: [1, true, null] }])).toBe('[{"a":"x","b":[1,true,null]}]');
  });
});
