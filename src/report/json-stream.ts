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
    if (depth === 1 && /^(?: {2})*$/.test(indent)) {
      yield* itemRuns(value, indent);
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

/** Items per `JSON.stringify` call when an array's items are not walked. */
const RUN_LENGTH = 256;

/**
 * An array's items (not walked), a run of them per `JSON.stringify` call:
 * the run is stringified inside as many arrays as its items are deep, so
 * `JSON.stringify` itself writes their indentation (no pass re-indenting
 * 16 MB of text), and the wrapping arrays' lines are cut off.
 */
function* itemRuns(items: readonly unknown[], indent: string): Generator<string> {
  const depth = indent.length / 2 + 1;
  let opening = '';
  let closing = '';
  for (let level = 0; level < depth; level++) {
    opening += `${'  '.repeat(level)}[\n`;
    closing = `\n${'  '.repeat(level)}]${closing}`;
  }
  const inner = `${indent}  `;
  for (let start = 0; start < items.length; start += RUN_LENGTH) {
    let run: unknown = items.slice(start, start + RUN_LENGTH);
    for (let level = 1; level < depth; level++) run = [run];
    const text = JSON.stringify(run, null, 2);
    yield `${start === 0 ? '[' : ','}\n${inner}`;
    yield text.slice(opening.length + inner.length, text.length - closing.length);
  }
  yield `\n${indent}]`;
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
