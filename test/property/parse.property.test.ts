import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { decodeText, parseSource } from '../../src/load/parse.js';
import { propertySettings, propertyTimeout, yamlishText } from './settings.js';

const SMALL_LIMITS = { maxFileBytes: 4096, maxDepth: 3, maxAliasCount: 4 };

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
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertProblemsLocated(text)),
        propertySettings(),
      );
    },
    propertyTimeout(),
  );
});
