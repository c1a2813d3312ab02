/**
 * A copy of a document's plain value that holds nothing of the file's text.
 * The values `yaml` builds keep each longer string as a slice of the whole
 * text (which keeps the text alive) or as a chain of concatenations (quoted
 * scalars), and their arrays and objects carry growth slack; at 10,000
 * organizations that is twice the memory of the same data built by
 * `JSON.parse`. The round trip through JSON is exact for what the core schema
 * builds (strings, finite numbers, booleans, null, plain objects, arrays);
 * a value with anything else (`.nan`, `.inf`, `-0`) is kept as it is.
 */
export function compactValue(value: unknown): unknown {
  const json = exactJson(value);
  return json === undefined ? value : JSON.parse(json);
}

/**
 * The JSON text of `value` when parsing it gives back exactly that value
 * (see `compactValue`), else undefined. A worker thread posts its values
 * this way: `JSON.parse` on the main thread builds them as compactly as
 * `compactValue` does, where a structured clone builds every string anew
 * and objects with their properties out of line.
 */
export function exactJson(value: unknown): string | undefined {
  try {
    return isExactInJson(value) ? JSON.stringify(value) : undefined;
  } catch {
    // V8's `Invalid string length` (a RangeError) or anything else: the value is usable as it is, only less compact.
    return undefined;
  }
}

/**
 * Characters of strings (keys and values) past which no JSON text is made:
 * with escapes and punctuation it could pass V8's longest string (2^29 - 24).
 * The input limits keep any file well under it (docs/security.md).
 */
const MAX_JSON_STRING_CHARACTERS = 64 * 1024 * 1024;

function isExactInJson(root: unknown): boolean {
  const stack: unknown[] = [root];
  // Aliases share one string among many places: this counts it at each, as JSON would write it.
  let characters = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    switch (typeof value) {
      case 'string':
        characters += value.length;
        if (characters > MAX_JSON_STRING_CHARACTERS) return false;
        continue;
      case 'boolean':
        continue;
      case 'number':
        if (!Number.isFinite(value) || Object.is(value, -0)) return false;
        continue;
      case 'object':
        if (value === null) continue;
        if (Array.isArray(value)) {
          for (const item of value) stack.push(item);
          continue;
        }
        if (Object.getPrototypeOf(value) !== Object.prototype) return false;
        for (const key in value) {
          characters += key.length;
          stack.push((value as Record<string, unknown>)[key]);
        }
        continue;
      default:
        return false;
    }
  }
  return true;
}
