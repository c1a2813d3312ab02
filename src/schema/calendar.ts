import type { DocPath } from '../load/source.js';
import { parseInstant } from '../model/dates.js';
import type { SchemaProblem } from './errors.js';

/** Keys whose values are dates in either schema. */
const DATE_KEYS = new Set(['expiresAt', 'downloadedAt', 'passwordChangedAt', 'requestedAt', 'dueBy', 'expires']);
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Dates of the right shape that no calendar has (`2027-02-30`, `2026-11-31`).
 * The schema's pattern cannot tell; left alone they would drop the token from
 * every expiry check without a word.
 */
export function impossibleDates(data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const stack: Array<{ node: unknown; path: DocPath }> = [{ node: data, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        stack.push({ node: item, path: [...path, index] });
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && DATE_KEYS.has(key) && DATE_SHAPE.test(value) && parseInstant(value) === undefined) {
          problems.push({
            path: [...path, key],
            message: `\`${value.slice(0, 40)}\` is not a real date: check the day and month (\`${key}\` is ISO 8601, such as \`2027-01-10\`).`,
          });
        } else if (typeof value === 'object') {
          stack.push({ node: value, path: [...path, key] });
        }
      }
    }
  }
  return problems;
}
