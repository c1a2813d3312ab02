import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { loadConfig } from '../../src/config/index.js';
import { compileGlobs } from '../../src/load/glob.js';
import { LIMIT_CEILINGS } from '../../src/load/limits.js';
import { writeRepo } from '../support/repo.js';
import { propertySettings, propertyTimeout } from './settings.js';
import { cpuMillis } from '../support/cpu-time.js';

/** A slow but obviously right matcher for the glob subset the generator writes: `*`, `?`, `**` segments, literals. */
function reference(glob: string, path: string): boolean {
  const match = (g: number, p: number): boolean => {
    if (g === glob.length) return p === path.length;
    if (glob.startsWith('**/', g) && (g === 0 || glob[g - 1] === '/')) {
      if (match(g + 3, p)) return true;
      for (let end = p; end < path.length; end++) if (path[end] === '/' && end > p && !path.slice(p, end).includes('//') && match(g + 3, end + 1)) return true;
      return false;
    }
    if (glob.startsWith('**', g) && g + 2 === glob.length && (g === 0 || glob[g - 1] === '/')) return true;
    const char = glob[g];
    if (char === '*') {
      for (let end = p; end <= path.length; end++) {
        if (match(g + 1, end)) return true;
        if (path[end] === '/') break;
      }
      return false;
    }
    if (p === path.length) return false;
    if (char === '?') return path[p] !== '/' && match(g + 1, p + 1);
    return char === path[p] && match(g + 1, p + 1);
  };
  return match(0, 0);
}

const segment = fc
  .array(fc.constantFrom('a', 'b', '.', '*', '?'), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('').replace(/\*+/g, '*'))
  // `.` and `..` never name a file in a listing (and a leading `./` is dropped by design).
  .filter((text) => text !== '.' && text !== '..');
const glob = fc.array(fc.oneof(segment, fc.constant('**')), { minLength: 1, maxLength: 4 }).map((segments) => segments.join('/'));
const name = fc
  .array(fc.constantFrom('a', 'b', '.'), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(''))
  .filter((text) => text !== '.' && text !== '..');
const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((names) => names.join('/'));

describe('hostile globs', () => {
  it(
    'the linear matcher agrees with a backtracking reference',
    () => {
      fc.assert(
        fc.property(glob, path, (pattern, candidate) => {
          const compiled = compileGlobs([pattern]);
          if (!('matches' in compiled)) throw new Error(compiled.problem);
          // `x/**` also names `x` itself (as picomatch and git do); the reference does not know that.
          const expected = reference(pattern, candidate) || (pattern.endsWith('/**') && reference(pattern.slice(0, -3), candidate));
          expect(compiled.matches(candidate)).toBe(expected);
        }),
        propertySettings(400),
      );
    },
    propertyTimeout(400),
  );

  it(
    'any glob of up to 1024 characters answers a 4,000-character path in bounded time',
    () => {
      const wild = fc.array(fc.constantFrom('*', 'a', '?', '/', '**/', '[a-b]', '{a,b}'), { minLength: 1, maxLength: 200 }).map((parts) => parts.join('').slice(0, 1024));
      fc.assert(
        fc.property(wild, (pattern) => {
          const compiled = compileGlobs([pattern]);
          if (!('matches' in compiled)) return;
          expect(cpuMillis(() => compiled.matches(`${'a/'.repeat(1000)}${'a'.repeat(2000)}`)).millis).toBeLessThan(500);
        }),
        propertySettings(30),
      );
    },
    propertyTimeout(30),
  );
});

describe('hostile configs', () => {
  const value = fc.oneof(
    fc.constantFrom(
      '0',
      '-1',
      '1e309',
      '999999999999',
      String(LIMIT_CEILINGS.maxAliasCount + 1),
      '200000000d',
      '10000d',
      '"\\n::error::x"',
      '[]',
      '{}',
      '&a [*a]',
      'null',
      '!!timestamp 2027-01-01',
    ),
    fc.integer().map(String),
    fc.string({ maxLength: 12 }).map((text) => JSON.stringify(text)),
  );
  const key = fc.constantFrom(
    'limits.maxFileBytes',
    'limits.maxDepth',
    'limits.maxAliasCount',
    'expiry.warnBefore',
    'expiry.errorBefore',
    'expiry.renewBefore',
    'include',
    'renewal.labels',
    'renewal.branchPrefix',
    'exceptions',
  );

  it(
    'any value at any setting: a config or one UsageError line, never anything else',
    () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(key, value), { maxLength: 4 }), (settings) => {
          const groups = new Map<string, string[]>();
          const top: string[] = [];
          for (const [path, text] of settings) {
            const [head, tail] = path.split('.') as [string, string | undefined];
            if (tail === undefined) top.push(`${head}: ${text}`);
            else groups.set(head, [...(groups.get(head) ?? []), `  ${tail}: ${text}`]);
          }
          const lines = [...new Set(top)];
          for (const [head, entries] of groups) lines.push(`${head}:`, ...new Set(entries));
          const root = writeRepo({ 'abm-gitops.yml': `apiVersion: abm-gitops/v1\nkind: Config\n${lines.join('\n')}\n` });
          try {
            const config = loadConfig(root);
            for (const limit of ['maxFileBytes', 'maxDepth', 'maxAliasCount'] as const) expect(config.limits[limit]).toBeLessThanOrEqual(LIMIT_CEILINGS[limit]);
            expect(Number.isFinite(config.expiry.warnBeforeMs)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(UsageError);
            expect((error as Error).message).not.toMatch(/[\n\r]/);
          }
        }),
        propertySettings(150),
      );
    },
    propertyTimeout(150),
  );
});
