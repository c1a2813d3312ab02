/**
 * `JSON.stringify(value, null, 2)`, byte for byte, as a sequence of pieces:
 * the outer `depth` levels of objects and arrays are walked here and each
 * value below them is stringified on its own. A report of 10,000
 * organizations is 16 MB of JSON; written piece by piece it never exists as
 * one string (nor as the flattened copy and the buffer writing it made).
 */
export function* jsonTextChunks(value: unknown, depth: number, indent = ''): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // Below the walked levels: the value's own text, its inner lines indented to where it sits (JSON strings hold no raw newline).
    const text = JSON.stringify(value, null, 2) ?? 'null';
    yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let index = 0; index < value.length; index++) {
      yield `${index === 0 ? '[' : ','}\n${inner}`;
      // As JSON.stringify: an array slot holding nothing JSON can say is null.
      const item: unknown = value[index];
      yield* jsonTextChunks(omitted(item) ? null : item, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    // As JSON.stringify: a property holding nothing JSON can say is left out.
    if (omitted(item)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonTextChunks(item, depth - 1, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
