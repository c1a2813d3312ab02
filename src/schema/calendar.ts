import type { DocPath } from '../load/index.js';
import { parseInstant } from '../base/dates.js';
import type { SchemaProblem } from './errors.js';

/** Keys whose values are dates in either schema. */
const DATE_KEYS = new Set(['expiresAt', 'downloadedAt', 'passwordChangedAt', 'requestedAt', 'dueBy', 'expires']);
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}/;

interface Visit {
  node: unknown;
  parent: Visit | undefined;
  key: string | number | undefined;
}

/**
 * Dates of the right shape that no calendar has (`2027-02-30`, `2026-11-31`).
 * The schema's pattern cannot tell; left alone they would drop the token from
 * every expiry check without a word. Runs on every document, so it allocates
 * a path only for a problem, and checks the calendar only past the 28th.
 */
export function impossibleDates(data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  if (data === null || typeof data !== 'object') return problems;
  // Only collections are visited (scalars are looked at by their parent), and no pair array per entry is made.
  // Every visit has all three fields, the root's too: one shape for the optimized loop.
  const stack: Visit[] = [{ node: data, parent: undefined, key: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const node = visit.node as object;
    if (Array.isArray(node)) {
      // An item's key is its index: never a date key, so only the collections below matter.
      for (let index = 0; index < node.length; index++) {
        const value: unknown = node[index];
        if (value !== null && typeof value === 'object') stack.push({ node: value, parent: visit, key: index });
      }
      continue;
    }
    // `for…in`, not `Object.keys`: no key array per object (documents are plain objects, nothing inherited is enumerable).
    for (const key in node) {
      const value: unknown = (node as Record<string, unknown>)[key];
      if (typeof value === 'object') {
        if (value !== null) stack.push({ node: value, parent: visit, key });
      } else if (typeof value === 'string' && DATE_KEYS.has(key) && DATE_SHAPE.test(value) && Number(value.slice(8, 10)) > 28 && !parseInstant(value)) {
        problems.push({
          path: [...pathOf(visit), key],
          message: `\`${value.slice(0, 40)}\` is not a real date: check the day and month (\`${key}\` is ISO 8601, such as \`2027-01-10\`).`,
        });
      }
    }
  }
  return problems;
}

function pathOf(visit: Visit): DocPath {
  const path: Array<string | number> = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}
