// The fast YAML path (src/load/fast-yaml.ts) against the reference, the `yaml` package: on every
// YAML file of the suite and the examples, on a generated MSP repository and on generated block
// YAML full of tricky scalars, it either gives up or gives exactly `yaml`'s values; and
// `parseSource` as a whole gives the same values, positions, errors and limit findings with the
// fast path on or off.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript without types
import { generateRepository } from '../../bench/generate.mjs';
import { fastParse } from '../../src/load/fast-yaml.js';
import { DEFAULT_LIMITS, type InputLimits } from '../../src/load/limits.js';
import { parseSource } from '../../src/load/parse.js';
import { regionOf } from '../../src/load/positions.js';
import type { DocPath } from '../../src/load/source.js';
import { propertySettings, propertyTimeout, yamlishText } from '../property/settings.js';

const REPO = join(import.meta.dirname, '..', '..');
const SMALL_LIMITS: InputLimits = { maxFileBytes: 4096, maxDepth: 3, maxAliasCount: 4 };

/** Values as text that tells `-0`, NaN and infinities apart and keeps key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'number' && (!Number.isFinite(item) || Object.is(item, -0)) ? `number:${Object.is(item, -0) ? '-0' : String(item)}` : item,
  );
}

/** Every path into a value, plus one missing child under each collection and one path through a scalar. */
function pathsOf(value: unknown, path: DocPath = [], out: DocPath[] = []): DocPath[] {
  out.push(path);
  if (Array.isArray(value)) {
    value.forEach((item, index) => pathsOf(item, [...path, index], out));
    out.push([...path, value.length], [...path, 'missing']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
    out.push([...path, 'missing-key'], [...path, 0]);
  } else out.push([...path, 'below-a-scalar']);
  return out;
}

/**
 * `expect(actual).toEqual(expected)`, the equal case settled by `isDeepStrictEqual` first (stricter than `toEqual`,
 * so it passes nothing `toEqual` would fail), as the regions and the `toBe`s below are settled by `===`: each `expect`
 * costs vitest a state update, about a sixth of this file's CPU in a profile. A difference still goes to the matcher.
 */
function expectEqual(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

/** The fast path gives up or agrees with `yaml`; parseSource agrees with itself either way. Returns whether the fast path read it. */
function expectSameEitherWay(text: string, limits: InputLimits = DEFAULT_LIMITS): boolean {
  const fast = fastParse(text, limits);
  const reference = parseSource('x.yml', '/nowhere/x.yml', text, limits, undefined, { fastPath: false });
  const withFastPath = parseSource('x.yml', '/nowhere/x.yml', text, limits);
  if (fast) {
    expectEqual(reference.problems, []);
    expectEqual(
      fast.map((document) => canonical(document.value)),
      reference.file.documents.map((document) => canonical(document.value)),
    );
  }
  expectEqual(withFastPath.problems, reference.problems);
  if (withFastPath.file.documents.length !== reference.file.documents.length) expect(withFastPath.file.documents.length).toBe(reference.file.documents.length);
  reference.file.documents.forEach((document, index) => {
    const other = withFastPath.file.documents[index]!;
    const [values, expectedValues] = [canonical(other.value), canonical(document.value)];
    if (values !== expectedValues) expect(values).toBe(expectedValues);
    if (!isDeepStrictEqual(other.value, document.value)) expect(isDeepStrictEqual(other.value, document.value)).toBe(true);
    for (const path of pathsOf(document.value)) {
      const region = regionOf(other, path);
      const expected = regionOf(document, path);
      // Equal regions are settled by isDeepStrictEqual; vitest's matcher, which explains a difference, gets only those (docs/testing.md).
      if (!isDeepStrictEqual(region, expected)) expect([path, region]).toEqual([path, expected]);
    }
  });
  expectEqual(withFastPath.file.lineCounter.lineStarts, reference.file.lineCounter.lineStarts);
  return fast !== undefined;
}

function yamlFilesBelow(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the fast YAML path', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'abm-gitops-fast-yaml-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('agrees with yaml on every YAML file of the suite and the examples, and reads most of them', () => {
    const files = [...yamlFilesBelow(join(REPO, 'test')), ...yamlFilesBelow(join(REPO, 'examples'))];
    expect(files.length).toBeGreaterThan(10);
    let read = 0;
    for (const file of files) if (expectSameEitherWay(readFileSync(file, 'utf8'))) read++;
    expect(read).toBeGreaterThan(files.length / 2);
  });

  it('agrees with yaml on a generated MSP repository (anchors and merge keys in some files), at default and tiny limits', () => {
    generateRepository({ organizations: 60, seed: 7, out: scratch });
    const files = yamlFilesBelow(scratch);
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (expectSameEitherWay(text)) read++;
      expectSameEitherWay(text, SMALL_LIMITS);
      expectSameEitherWay(text.replaceAll('\n', '\r\n'));
    }
    // Anchored mappings used as merge sources are read too: every generated file takes the fast path.
    expect(read).toBe(files.length);
  });

  it('gives up on what it does not handle', () => {
    const giveUp = [
      'a: &x 1\nb: *x\n',
      'a: {b: 1}\n',
      'a: |\n  text\n',
      'a: !!str 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: one\n  two\n',
      'a:\tb\n',
      '\uFEFFa: 1\n',
      'a: 1\na: 2\n',
      '__proto__: 1\n',
      'a: .inf\n',
      'a: -0\n',
      '1: a\n',
      'a: "multi\n  line"\n',
      'a: b: c\n',
      '---\n---\na: 1\n',
      'a: 1\n...\n',
      '- \n- a\n',
    ];
    for (const text of giveUp) {
      expect([text, fastParse(text, DEFAULT_LIMITS)]).toEqual([text, undefined]);
      expectSameEitherWay(text);
    }
  });

  it("leaves to yaml merges whose anchors' text, expanded, passes twice the file (yaml's limits then count its strings)", () => {
    const base = `base: &b\n  note: ${'x'.repeat(50_000)}\n`;
    const merges = (count: number) => Array.from({ length: count }, (_, index) => `m${index}:\n  <<: *b\n`).join('');
    // The anchor spans about 50,000 characters of a file of about 50,000: two merges stay under 2 × that + 8192, three pass it.
    expect(fastParse(base + merges(2), DEFAULT_LIMITS)).toBeDefined();
    expect(fastParse(base + merges(3), DEFAULT_LIMITS)).toBeUndefined();
    expectSameEitherWay(base + merges(2));
    expectSameEitherWay(base + merges(3));
  });

  it('agrees with yaml on each tricky scalar, in each style, as a value, a key, a list item and a flow item', () => {
    let read = 0;
    for (const text of [...TRICKY_SCALARS, ...TRICKY_KEYS, ...EVERYDAY_SCALARS]) {
      for (const scalarStyle of ['plain', 'single', 'double'] as const) {
        const scalar = renderScalar({ kind: 'scalar', text, style: scalarStyle });
        for (const document of [
          `key: ${scalar}\n`,
          `${scalar}: value\n`,
          `- ${scalar}\n`,
          `a: [${scalar}, x]\n`,
          `a:\n  - ${scalar}  # c\nb: 1\r\n`,
          `- k: ${scalar}\n  ${scalar}: 2\n`,
        ]) {
          if (expectSameEitherWay(document)) read++;
        }
      }
    }
    expect(read).toBeGreaterThan(500);
  });

  it(
    'agrees with yaml on generated block YAML with tricky scalars, comments, CRLF, BOM, anchors and merges, whole or mutated',
    () => {
      let read = 0;
      fc.assert(
        fc.property(generatedYaml, fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: mutation }), fc.boolean(), (text, mutate, small) => {
          const input = mutate ? mutate(text) : text;
          if (expectSameEitherWay(input, small ? SMALL_LIMITS : DEFAULT_LIMITS)) read++;
        }),
        propertySettings(600),
      );
      // The generator must reach the fast path, not only its refusals.
      expect(read).toBeGreaterThan(100);
    },
    propertyTimeout(600),
  );

  it(
    'agrees with yaml on random YAML-looking text',
    () => {
      fc.assert(
        fc.property(yamlishText, (text) => {
          expectSameEitherWay(text);
        }),
        propertySettings(),
      );
    },
    propertyTimeout(),
  );
});

// Tricky on purpose: core-schema look-alikes, YAML 1.1 booleans and sexagesimals, indicators, quotes, escapes, unicode.
const TRICKY_SCALARS = [
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'true',
  'True',
  'TRUE',
  'tRue',
  'false',
  'FALSE',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  '',
  '0x1F',
  '0X1F',
  '0o17',
  '0O17',
  '017',
  '007',
  '+1',
  '-1',
  '+0',
  '-0',
  '0',
  '1_000',
  '1,000',
  '12:30',
  '1:20:30',
  '1e3',
  '1E3',
  '1e+3',
  '-1.5e-3',
  '.5',
  '-.5',
  '+.5',
  '1.',
  '1.0',
  '0.0',
  '-0.0',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  'NaN',
  '1e400',
  '123456789012345678901234567890',
  '2026-11-23',
  '2026-11-23T10:00:00Z',
  '2026-11-23 10:00:00',
  'a: b',
  'a:b',
  'a :b',
  'x #y',
  'x#y',
  '#z',
  ' lead',
  'trail ',
  '"q"',
  "it's",
  'say "hi"',
  'back\\slash',
  'ümlaut',
  '日本語',
  '😀 emoji',
  '-x',
  '- y',
  '-',
  '--',
  '---',
  '...',
  '?k',
  '? k',
  ':c',
  '[a]',
  'a]',
  '{b}',
  'a,b',
  '&a',
  '*a',
  '!t',
  '|',
  '>',
  '%p',
  '@msp/team',
  '`t',
  'a\tb',
  'line\nbreak',
  'cr\rx',
  'nul\u0000x',
  '\u0085',
  '\u2028',
  'env:VPP_TOKEN_1',
  'https://example.com/a?b=c#d',
  'a  b',
  '<<',
];
const TRICKY_KEYS = ['id', 'name', 'apiVersion', 'a b', 'a: b', 'x #y', 'yes', 'on', 'null', '1', '0x1F', 'true', '~', '<<', '__proto__', '"q"', "it's", 'ümlaut', '-k', '', 'k:'];

interface Scalar {
  kind: 'scalar';
  text: string;
  style: 'plain' | 'single' | 'double';
}
interface MapNode {
  kind: 'map';
  entries: Array<{ key: Scalar; value: Node; decoration: Decoration }>;
  anchor: string | null;
}
interface SeqNode {
  kind: 'seq';
  items: Array<{ value: Node; decoration: Decoration }>;
  flow: boolean;
  sameIndent: boolean;
}
type Node = Scalar | MapNode | SeqNode;
interface Decoration {
  comment: string | null;
  commentLine: [string, number] | null;
  blankLine: boolean;
  trailingSpaces: boolean;
}

/** What real files hold: the generator's documents must reach the fast path often, not only its refusals. */
const EVERYDAY_SCALARS = ['downtown', 'Alpine Accounting', 'env:VPP_TOKEN_A', '2027-10-30', 'apple-business', '42', '3.5', 'true', 'msp-apps@example.com', 'Kandji (a-01)'];
const EVERYDAY_KEYS = ['id', 'name', 'unit', 'role', 'expiresAt', 'downloadedBy', 'spec', 'metadata', 'units', 'accounts', 'kind', 'apiVersion', 'a b', 'ümlaut'];

const style = fc.constantFrom<Scalar['style']>('plain', 'plain', 'plain', 'single', 'double');
const scalarArbitrary = (tricky: string[], everyday: string[], trickyWeight: number): fc.Arbitrary<Scalar> =>
  fc.record({
    kind: fc.constant('scalar' as const),
    text: fc.oneof(
      { weight: trickyWeight, arbitrary: fc.constantFrom(...tricky) },
      { weight: 12, arbitrary: fc.constantFrom(...everyday) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) },
    ),
    style,
  });
const decoration: fc.Arbitrary<Decoration> = fc.record({
  comment: fc.option(fc.constantFrom('# note', '#', '# a: b', '# - x'), { freq: 4 }),
  commentLine: fc.option(fc.tuple(fc.constantFrom('# comment', '#', '# --- not a marker'), fc.integer({ min: 0, max: 6 })), { freq: 5 }),
  blankLine: fc.boolean(),
  trailingSpaces: fc.boolean(),
});

const { node: nodeArbitrary } = fc.letrec<{ node: Node; map: MapNode; seq: SeqNode; scalar: Scalar }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('scalar'), tie('map'), tie('seq')),
  scalar: scalarArbitrary(TRICKY_SCALARS, EVERYDAY_SCALARS, 3),
  map: fc.record({
    kind: fc.constant('map' as const),
    entries: fc.uniqueArray(fc.record({ key: scalarArbitrary(TRICKY_KEYS, EVERYDAY_KEYS, 1), value: tie('node'), decoration }), {
      minLength: 1,
      maxLength: 3,
      selector: (entry) => entry.key.text,
    }),
    anchor: fc.oneof({ weight: 12, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('a', 'b') }),
  }),
  seq: fc.record({
    kind: fc.constant('seq' as const),
    items: fc.array(fc.record({ value: tie('node'), decoration }), { minLength: 1, maxLength: 3 }),
    flow: fc.boolean(),
    sameIndent: fc.boolean(),
  }),
}));

function renderScalar({ text, style: scalarStyle }: Scalar): string {
  if (scalarStyle === 'single') return `'${text.replaceAll("'", "''")}'`;
  if (scalarStyle === 'double') return JSON.stringify(text);
  return text;
}

function decorate(line: string, { comment, trailingSpaces }: Decoration): string {
  return `${line}${trailingSpaces ? '  ' : ''}${comment ? ` ${comment}` : ''}`;
}

function before({ commentLine, blankLine }: Decoration): string[] {
  const lines = blankLine ? [''] : [];
  if (commentLine) lines.push(`${' '.repeat(commentLine[1])}${commentLine[0]}`);
  return lines;
}

/** Block YAML lines for `node` at `indent`; `unit` spaces per level. */
function renderBlock(node: Node, indent: number, unit: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  if (node.kind === 'scalar') return [`${pad}${renderScalar(node)}`];
  if (node.kind === 'map') {
    for (const { key, value, decoration: deco } of node.entries) {
      lines.push(...before(deco));
      const head = `${pad}${renderScalar(key)}:`;
      if (value.kind === 'scalar') lines.push(decorate(`${head} ${renderScalar(value)}`, deco));
      else if (value.kind === 'seq' && value.flow && value.items.every((item) => item.value.kind === 'scalar')) {
        lines.push(decorate(`${head} [${value.items.map(({ value: item }) => renderScalar(item as Scalar)).join(', ')}]`, deco));
      } else {
        const anchor = value.kind === 'map' && value.anchor ? ` &${value.anchor}` : '';
        lines.push(decorate(`${head}${anchor}`, deco));
        const inner = value.kind === 'seq' && value.sameIndent ? indent : indent + unit;
        lines.push(...renderBlock(value, inner, unit));
        if (value.kind === 'map' && value.anchor) lines.push(`${pad}merged:`, `${pad}${' '.repeat(unit)}<<: *${value.anchor}`);
      }
    }
    return lines;
  }
  for (const { value, decoration: deco } of node.items) {
    lines.push(...before(deco));
    if (value.kind === 'scalar') lines.push(decorate(`${pad}- ${renderScalar(value)}`, deco));
    else if (value.kind === 'map') {
      // Compact (the first entry on the dash's line) unless a blank or comment line comes first.
      const [first, ...rest] = renderBlock(value, indent + 2, unit);
      if (/^ *[^ #]/.test(first!)) lines.push(`${pad}- ${first!.slice(indent + 2)}`, ...rest);
      else lines.push(`${pad}-`, first!, ...rest);
    } else {
      lines.push(decorate(`${pad}-`, deco));
      lines.push(...renderBlock(value, indent + unit, unit));
    }
  }
  return lines;
}

const generatedYaml: fc.Arbitrary<string> = fc
  .record({
    documents: fc.array(
      nodeArbitrary.filter((node) => node.kind !== 'scalar'),
      { minLength: 1, maxLength: 2 },
    ),
    unit: fc.integer({ min: 1, max: 4 }),
    leadingComment: fc.boolean(),
    firstMarker: fc.boolean(),
    markerComment: fc.boolean(),
    crlf: fc.boolean(),
    bom: fc.constantFrom(false, false, false, false, false, true),
    finalNewline: fc.constantFrom(true, true, false),
  })
  .map(({ documents, unit, leadingComment, firstMarker, markerComment, crlf, bom, finalNewline }) => {
    const lines: string[] = leadingComment ? ['# yaml-language-server: $schema=x.json'] : [];
    documents.forEach((document, index) => {
      if (index > 0 || firstMarker) lines.push(markerComment ? '--- # next' : '---');
      lines.push(...renderBlock(document, 0, unit));
    });
    const text = lines.join(crlf ? '\r\n' : '\n') + (finalNewline ? (crlf ? '\r\n' : '\n') : '');
    return (bom ? '\uFEFF' : '') + text;
  });

/** A small edit anywhere: the kind of mistake a person makes, or a hostile byte. */
const mutation: fc.Arbitrary<(text: string) => string> = fc
  .record({
    at: fc.nat(),
    remove: fc.integer({ min: 0, max: 3 }),
    insert: fc.constantFrom('', '\t', ':', ' ', '- ', '#', '"', "'", '\n', ' : ', '&a ', '*a', '<<: *a', '  ', '\n  x', '[', '{', '\\', '\r', '\u0000', 'a: 1\n'),
  })
  .map(({ at, remove, insert }) => (text: string) => {
    const position = text.length === 0 ? 0 : at % text.length;
    return text.slice(0, position) + insert + text.slice(position + remove);
  });
