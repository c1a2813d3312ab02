/**
 * Writes `renewal: {requestedAt, dueBy}` onto one token of an organization
 * file while leaving every other byte alone.
 *
 * Why text splicing instead of `doc.toString()`: the yaml Document API
 * re-renders the whole document (quoting, spacing, comment placement and
 * line endings drift). Here the Document API only *locates* nodes and their
 * source ranges; the change is then spliced into the original text as the
 * smallest possible insertion or scalar replacement. The result is parsed
 * again and compared with the intended data, so a splice that went wrong
 * fails loudly instead of committing a broken file.
 */
import { isDeepStrictEqual } from 'node:util';
import { parse, parseAllDocuments, isMap, isScalar, visit, Scalar, type Document, type Pair, type YAMLMap } from 'yaml';

export interface Renewal {
  requestedAt: string;
  dueBy: string;
}

export interface SetRenewalOptions {
  /** Which document of a multi-document file holds the token (default 0). */
  documentIndex?: number;
}

type YamlPath = readonly (string | number)[];

interface Splice {
  start: number;
  end: number;
  text: string;
}

const RENEWAL_KEYS = ['requestedAt', 'dueBy'] as const;

export function setRenewal(text: string, path: YamlPath, renewal: Renewal, options: SetRenewalOptions = {}): string {
  const documentIndex = options.documentIndex ?? 0;
  const doc = parseDocument(text, documentIndex);
  const tokenMap = doc.getIn(path, true);
  if (!isMap(tokenMap)) {
    throw new Error(`setRenewal: ${describePath(path)} in document ${documentIndex} is not a mapping`);
  }
  const style = detectStyle(text, doc);
  const splice = planRenewalSplice(text, tokenMap, renewal, style);
  if (splice === undefined) return text;
  const edited = applySplices(text, splice);
  verifyEdit(text, edited, path, renewal, documentIndex);
  return edited;
}

function parseDocument(text: string, documentIndex: number): Document.Parsed {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) throw new Error('setRenewal: the file holds no YAML document');
  const doc = docs[documentIndex];
  if (doc === undefined) {
    throw new Error(`setRenewal: document ${documentIndex} does not exist (the file has ${docs.length})`);
  }
  const error = doc.errors[0];
  if (error !== undefined) throw new Error(`setRenewal: the YAML does not parse: ${error.message}`);
  return doc;
}

function describePath(path: YamlPath): string {
  return (
    path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
      .join('')
      .replace(/^\./, '') || '(root)'
  );
}

interface Style {
  eol: string;
  /** Spaces a nested block mapping is indented by, as the file already does it. */
  indentStep: number;
}

function detectStyle(text: string, doc: Document.Parsed): Style {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let indentStep = 2;
  // The first block mapping nested under a block mapping's key shows the file's own step.
  visit(doc, {
    Pair(_, pair, path) {
      const parent = path[path.length - 1];
      const value = pair.value;
      if (!isMap(parent) || parent.flow || !isMap(value) || value.flow || !value.range) return undefined;
      if (lineOf(text, value.range[0]) === lineOf(text, keyStart(pair))) return undefined;
      const step = keyColumn(text, value) - keyColumn(text, parent);
      if (step <= 0) return undefined;
      indentStep = step;
      return visit.BREAK;
    },
  });
  return { eol, indentStep };
}

function keyStart(pair: Pair): number {
  const key = pair.key as { range?: [number, number, number] } | null;
  return key?.range?.[0] ?? 0;
}

function keyColumn(text: string, map: YAMLMap): number {
  const first = map.items[0];
  const offset = first ? keyStart(first) : (map.range?.[0] ?? 0);
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

function planRenewalSplice(text: string, tokenMap: YAMLMap, renewal: Renewal, style: Style): Splice[] | undefined {
  const existing = findPair(tokenMap, 'renewal');
  if (existing === undefined) {
    return [insertPair(text, tokenMap, 'renewal', renewal, style)];
  }
  const renewalMap = existing.value;
  if (!isMap(renewalMap)) {
    throw new Error('setRenewal: the token already has a `renewal` that is not a mapping; fix it by hand');
  }
  const splices: Splice[] = [];
  const missing: Partial<Renewal> = {};
  for (const key of RENEWAL_KEYS) {
    const pair = findPair(renewalMap, key);
    if (pair === undefined) {
      missing[key] = renewal[key];
    } else if (!isScalar(pair.value) || String(pair.value.value) !== renewal[key]) {
      splices.push(replaceValue(text, pair, renewal[key]));
    }
  }
  if (Object.keys(missing).length > 0) splices.push(insertEntries(text, renewalMap, missing, style));
  return splices.length > 0 ? splices : undefined;
}

/** A plain scalar when it reads back as the same string, else double-quoted. */
function scalarText(value: string): string {
  try {
    if (/^[\w:.+-]+$/.test(value) && parse(value) === value) return value;
  } catch {
    // not plain-safe: quote it
  }
  return JSON.stringify(value);
}

function replaceValue(_text: string, pair: Pair, value: string): Splice {
  const node = pair.value as { range?: [number, number, number]; type?: string } | null;
  if (!isScalar(node) || !node.range) {
    throw new Error('setRenewal: the existing renewal date is not a scalar; fix it by hand');
  }
  const [start, end] = node.range;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return { start, end, text: JSON.stringify(value) };
    case Scalar.QUOTE_SINGLE:
      return { start, end, text: `'${value.replace(/'/g, "''")}'` };
    case Scalar.PLAIN:
      return { start, end, text: scalarText(value) };
    default:
      throw new Error('setRenewal: the existing renewal date is a block scalar; fix it by hand');
  }
}

function insertPair(text: string, map: YAMLMap, key: string, renewal: Renewal, style: Style): Splice {
  if (map.flow) {
    return insertIntoFlowMap(text, map, `${key}: {${flowEntries(renewal)}}`);
  }
  const column = keyColumn(text, map);
  const childIndent = ' '.repeat(column + style.indentStep);
  const lines = [`${' '.repeat(column)}${key}:`, ...RENEWAL_KEYS.map((k) => `${childIndent}${k}: ${scalarText(renewal[k])}`)];
  return insertLinesAfterMap(text, map, lines, style);
}

function insertEntries(text: string, map: YAMLMap, entries: Partial<Renewal>, style: Style): Splice {
  const keys = RENEWAL_KEYS.filter((key) => entries[key] !== undefined);
  if (map.flow) {
    return insertIntoFlowMap(text, map, keys.map((key) => `${key}: ${scalarText(entries[key] ?? '')}`).join(', '));
  }
  const indent = ' '.repeat(keyColumn(text, map));
  return insertLinesAfterMap(
    text,
    map,
    keys.map((key) => `${indent}${key}: ${scalarText(entries[key] ?? '')}`),
    style,
  );
}

function flowEntries(renewal: Renewal): string {
  return RENEWAL_KEYS.map((key) => `${key}: ${scalarText(renewal[key])}`).join(', ');
}

/** New lines go right after the line on which the map's last value ends, before any trailing comment lines. */
function insertLinesAfterMap(text: string, map: YAMLMap, lines: string[], style: Style): Splice {
  const last = map.items[map.items.length - 1];
  const lastNode = (last?.value ?? last?.key) as { range?: [number, number, number] } | null | undefined;
  const valueEnd = lastNode?.range?.[1] ?? map.range?.[1] ?? text.length;
  const body = lines.join(style.eol);
  if (valueEnd > 0 && text[valueEnd - 1] === '\n') {
    return { start: valueEnd, end: valueEnd, text: body + style.eol };
  }
  const lineEnd = text.indexOf('\n', valueEnd);
  if (lineEnd === -1) return { start: text.length, end: text.length, text: style.eol + body };
  return { start: lineEnd + 1, end: lineEnd + 1, text: body + style.eol };
}

function insertIntoFlowMap(_text: string, map: YAMLMap, entries: string): Splice {
  const last = map.items[map.items.length - 1];
  if (last === undefined) {
    const open = map.range?.[0] ?? 0;
    return { start: open + 1, end: open + 1, text: entries };
  }
  const lastNode = (last.value ?? last.key) as { range?: [number, number, number] } | null;
  const end = lastNode?.range?.[1] ?? 0;
  return { start: end, end, text: `, ${entries}` };
}

function applySplices(text: string, splices: Splice[]): string {
  return [...splices].sort((a, b) => b.start - a.start).reduce((result, splice) => result.slice(0, splice.start) + splice.text + result.slice(splice.end), text);
}

/** The edited text must mean exactly the original data plus the renewal: anything else is a bug here. */
function verifyEdit(before: string, after: string, path: YamlPath, renewal: Renewal, documentIndex: number): void {
  const expected = parseAllDocuments(before).map((doc) => doc.toJS({ maxAliasCount: -1 }) as unknown);
  const target = expected[documentIndex];
  const tokenData = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], target);
  const previous = (tokenData as Record<string, unknown>).renewal;
  (tokenData as Record<string, unknown>).renewal = { ...(previous as object | undefined), ...renewal };
  const reparsed = parseAllDocuments(after);
  const actual = Array.isArray(reparsed) ? reparsed.map((doc) => doc.toJS({ maxAliasCount: -1 }) as unknown) : [];
  const broken = Array.isArray(reparsed) && reparsed.some((doc) => doc.errors.length > 0);
  if (broken || !isDeepStrictEqual(actual, expected)) {
    throw new Error(`setRenewal: could not edit ${describePath(path)} in place without changing other data`);
  }
}
