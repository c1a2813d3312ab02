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
  return json === undefined ? value : shareStrings(JSON.parse(json));
}

/** `JSON.parse` of an `exactJson` text, its repeated strings shared (see `shareStrings`). */
export function valueFromJson(json: string): unknown {
  return shareStrings(JSON.parse(json));
}

/**
 * V8's `JSON.parse` shares keys and string values of up to 10 characters;
 * every longer value is a string of its own. An MSP repository repeats many
 * such values in every file (`abm-gitops/v1`, `Organization`, roles,
 * products, services, an owner team) and some within a file (the account
 * that downloaded each token): at 10,000 organizations 370,000 strings,
 * 7 MiB of them copies. Replaced in place, in the parsed value only.
 */
const SHORTEST_UNSHARED = 11;
/** Past this, a string is an id, a hash or a reference: unique, not worth a look. */
const LONGEST_SHARED = 63;

/**
 * Which strings to share. A string seen again in a later value (another
 * file's) joins `everywhere` for the rest of the run (at most
 * `MAX_EVERYWHERE`: the few hundred strings every file repeats come first);
 * the strings of the last `RECENT` first sightings are kept to recognize a
 * second one, whether in the same value or another.
 */
const MAX_EVERYWHERE = 32_768;
const RECENT = 8_192;
const everywhere = new Map<string, string>();
let recent = new Map<string, number>();
const recentText: string[] = [];
const recentValue: number[] = [];
let values = 0;

function shared(text: string): string {
  const known = everywhere.get(text);
  if (known !== undefined) return known;
  const slot = recent.get(text);
  if (slot !== undefined) {
    const first = recentText[slot]!;
    if (recentValue[slot] !== values && everywhere.size < MAX_EVERYWHERE) everywhere.set(first, first);
    return first;
  }
  if (recent.size >= RECENT) recent = new Map();
  const next = recent.size;
  recent.set(text, next);
  recentText[next] = text;
  recentValue[next] = values;
  return text;
}

function shareable(value: unknown): value is string {
  return typeof value === 'string' && value.length >= SHORTEST_UNSHARED && value.length <= LONGEST_SHARED;
}

/** Replaces the repeated strings of a value just built by `JSON.parse` (plain objects and arrays only, nothing shared yet) by their first copies. */
function shareStrings(root: unknown): unknown {
  values++;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (shareable(item)) value[index] = shared(item);
        else if (typeof item === 'object' && item !== null) stack.push(item);
      }
      continue;
    }
    const object = value as Record<string, unknown>;
    for (const key in object) {
      const item = object[key];
      if (shareable(item)) object[key] = shared(item);
      else if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return typeof root === 'string' && shareable(root) ? shared(root) : root;
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
