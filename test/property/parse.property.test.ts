import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { decodeText, parseSource } from '../../src/load/parse.js';
import { propertySettings, propertyTimeout, yamlishText } from './settings.js';

const SMALL_LIMITS = { maxFileBytes: 4096, maxDepth: 3, maxAliasCount: 4 };

/**
 * fast-check's `binary` string unit, drawn and shrunk the same way (`mapToConstant` over U+0000–U+D7FF
 * and U+E000–U+10FFFF, i.e. `nat` mapped to a code point), so `fc.string({ unit: binaryUnit })` gives
 * the same strings as `fc.string({ unit: 'binary' })` for every seed. What it saves: to find which of its
 * "dangerous strings" (`__proto__`, `valueOf`, …) the unit can build, fast-check maps all 1,112,064
 * code points back to their indexes in a `Map`, 1.7–2.9 s of CPU once per worker; here the index is computed.
 */
const binaryUnit = fc.nat({ max: 0x10ffff - 0x800 }).map(
  (index) => String.fromCodePoint(index < 0xd800 ? index : index + 0x800),
  (value) => {
    const codePoint = typeof value === 'string' ? value.codePointAt(0) : undefined;
    if (codePoint === undefined || (codePoint >= 0xd800 && codePoint < 0xe000) || String.fromCodePoint(codePoint) !== value) {
      throw new Error('not a string of one code point outside the surrogates');
    }
    return codePoint < 0xd800 ? codePoint : codePoint - 0x800;
  },
);

function assertProblemsLocated(text: string, limits = DEFAULT_LIMITS): void {
  const { file, problems } = parseSource('x.yml', '/nowhere/x.yml', text, limits);
  for (const { ruleId, region } of problems) {
    expect(['yaml-syntax', 'input-limit']).toContain(ruleId);
    expect(region.line).toBeGreaterThanOrEqual(1);
    expect(region.column).toBeGreaterThanOrEqual(1);
  }
  expect(file.documents.every((document, index) => document.index === index)).toBe(true);
}

describe('decoding and parsing never throw', () => {
  it(
    'decodeText gives text or a reason for any bytes, never both, never neither',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
          const { text, problem } = decodeText(bytes);
          expect((text === undefined) !== (problem === undefined)).toBe(true);
          if (text !== undefined) assertProblemsLocated(text);
        }),
        propertySettings(),
      );
    },
    propertyTimeout(),
  );

  it(
    'parseSource locates every problem in random YAML-looking text, at default and tiny limits',
    () => {
      fc.assert(
        fc.property(yamlishText, (text) => {
          assertProblemsLocated(text);
          assertProblemsLocated(text, SMALL_LIMITS);
        }),
        propertySettings(),
      );
    },
    propertyTimeout(),
  );

  it(
    'parseSource handles arbitrary Unicode strings',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: binaryUnit, maxLength: 300 }), (text) => assertProblemsLocated(text)),
        propertySettings(),
      );
    },
    propertyTimeout(),
  );
});
