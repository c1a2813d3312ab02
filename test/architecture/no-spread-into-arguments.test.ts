/**
 * docs/security.md promises that no list from input is spread into a
 * function's arguments (about 125,000 items overflow the call stack), and
 * that a lint rule refuses the pattern in src/. This runs the project's own
 * ESLint configuration, as it applies to a file in src/, over the patterns
 * it must refuse and the folds it must allow (`npm run lint` runs it on src/).
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const PROJECT = new URL('../..', import.meta.url).pathname;
const RULE = 'no-restricted-syntax';

async function spreadProblems(code: string): Promise<number> {
  const eslint = new ESLint({ cwd: PROJECT });
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT}src/load/spread-check.ts` });
  return (result?.messages ?? []).filter((message) => message.ruleId === RULE).length;
}

describe('no list is spread into arguments in src/', () => {
  it('the lint rule refuses push(...items), Math.max(...values) and friends', async () => {
    for (const code of [
      'export function f(a: number[], b: number[]): void { a.push(...b); }',
      'export const g = (v: number[]): number => Math.max(...v);',
      'export const h = (c: number[]): string => String.fromCharCode(...c);',
      'export function k(a: number[], b: number[]): void { a.unshift(...b); }',
    ]) {
      expect(await spreadProblems(code), code).toBe(1);
    }
  });

  it('allows what does not put every element on the stack', async () => {
    for (const code of [
      'export const f = (v: number[]): number => v.reduce((m, x) => Math.max(m, x), -Infinity);',
      'export function g(a: number[], b: number[]): void { for (const x of b) a.push(x); }',
      'export const h = (v: number[]): number[] => [...v];',
    ]) {
      expect(await spreadProblems(code), code).toBe(0);
    }
  });
});
