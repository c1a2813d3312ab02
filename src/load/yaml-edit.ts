/**
 * In-place edits of a YAML file that leave every other byte alone: the
 * renewal's `renewal: {requestedAt, dueBy}` and the import's missing
 * entries both go through here.
 *
 * Why text splicing instead of `doc.toString()`: the yaml Document API
 * re-renders the whole document (quoting, spacing, comment placement and
 * line endings drift). Here the Document API only *locates* nodes and their
 * source ranges; each change is then spliced into the original text as the
 * smallest possible insertion or scalar replacement, in the file's own line
 * ending and indentation step. The result is parsed again and compared with
 * the intended data, so a splice that went wrong fails loudly instead of
 * writing a broken file.
 *
 * Only the edited document is parsed and compared: its place in the file
 * comes from the lexer (`documentRange`), the other documents' bytes are
 * kept as they are, and the edit may not add a line that starts or ends a
 * document. A 150,000-key neighbour once made each edit take close to a
 * minute; now one after the edited document is never read.
 */
import { isDeepStrictEqual } from 'node:util';
import { LIMIT_CEILINGS } from './limits.js';
import { parseSource } from './parse.js';
import { isAlias, isMap, isScalar, isSeq, Lexer, parseAllDocuments, stringify, visit, Scalar, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

export type YamlPath = readonly (string | number)[];
export type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue };

export type YamlEdit =
  /** New keys for the mapping at `path` (keys it already has are a bug of the caller). */
  | { op: 'add'; path: YamlPath; entries: Readonly<Record<string, YamlValue>> }
  /** New items at the end of the sequence at `path`. */
  | { op: 'append'; path: YamlPath; items: readonly YamlValue[] }
  /** A new value for the scalar at `path`, in that scalar's own quoting. */
  | { op: 'replace'; path: YamlPath; value: string };

export interface EditOptions {
  /** Which document of a multi-document file to edit (default 0). */
  documentIndex?: number;
  /** Names the caller in error messages, e.g. `setRenewal`. */
  caller?: string;
}

/** A change that cannot be made in place (an alias, a block scalar, a null): the person edits by hand. */
export class YamlEditError extends Error {
  override readonly name = 'YamlEditError';
}

/** The document cannot be read within the input limits (the loader's, at their ceilings). */
class DocumentUnreadable extends YamlEditError {}

interface Splice {
  start: number;
  end: number;
  text: string;
}

interface Style {
  eol: string;
  /** Spaces a nested block mapping is indented by, as the file already does it. */
  indentStep: number;
}

/** Applies the edits one after the other and verifies that the data changed exactly as intended. */
export function editYaml(text: string, edits: readonly YamlEdit[], options: EditOptions = {}): string {
  const documentIndex = options.documentIndex ?? 0;
  const caller = options.caller ?? 'editYaml';
  const range = documentRange(text, documentIndex);
  if (range === undefined) return editDocument(text, edits, documentIndex, documentIndex, caller);
  // Only the edited document is parsed, edited and checked: a huge neighbour before it is only lexed, one after it never read.
  const slice = text.slice(range.start, range.end);
  let edited: string;
  try {
    edited = editDocument(slice, edits, 0, documentIndex, caller);
  } catch (error) {
    // Limits scale with the text: the document alone may not fit where the whole file did; the whole file decides.
    if (error instanceof DocumentUnreadable) return editDocument(text, edits, documentIndex, documentIndex, caller);
    throw error;
  }
  if (markerLines(edited) !== markerLines(slice)) {
    throw new Error(`${caller}: could not edit ${describePath(edits[0]?.path ?? [])} in place without changing where documents start or end`);
  }
  return text.slice(0, range.start) + edited + text.slice(range.end);
}

/** `shownIndex`: the document's index in the whole file, for messages (`text` may be that document alone). */
function editDocument(text: string, edits: readonly YamlEdit[], documentIndex: number, shownIndex: number, caller: string): string {
  let edited = text;
  for (const edit of edits) {
    const doc = parseWholeDocument(edited, documentIndex, caller);
    edited = applySplice(edited, spliceFor(edited, doc, edit, `${caller}: ${describePath(edit.path)} in document ${shownIndex}`, caller));
  }
  verifyEdit(text, edited, edits, documentIndex, shownIndex, caller);
  return edited;
}

/** Lines that start or end a document or hold a directive: an edit must add none, or the documents after it would shift. */
function markerLines(text: string): string {
  return (text.match(/^(?:---|\.\.\.)(?=[ \t\r\n]|$)|^%/gm) ?? []).join('|');
}

/**
 * Where document `index` starts and ends, or undefined when the file has no
 * such document: found with the \`yaml\` package's own lexer (which decides
 * what is a `---` marker; an unterminated quote runs past one), following
 * its parser's rule for where a document begins, without parsing or
 * composing anything and without reading past the end of document `index`.
 */
export function documentRange(text: string, index: number): { start: number; end: number } | undefined {
  let count = 0;
  let start: number | undefined;
  let offset = 0;
  let atScalar = false;
  // Whether the current document has anything but blanks and comments: a `---` then starts the next one.
  let filled = false;
  let ended = false;
  const begin = (at: number): { start: number; end: number } | undefined => {
    if (start !== undefined) return { start, end: at };
    if (count++ === index) start = at;
    filled = ended = false;
    return undefined;
  };
  for (const lexeme of new Lexer().lex(text)) {
    // As yaml's Parser.next reads lexemes: a scalar's source follows a zero-width \x1f; \x02 (a document begins) and \x18 take no room.
    if (atScalar) atScalar = false;
    else if (lexeme === '\x1f') {
      atScalar = filled = true;
      continue;
    } else if (lexeme === '\x02') {
      const found = begin(offset);
      if (found) return found;
      continue;
    } else if (lexeme === '\x18') continue;
    else if (lexeme === '---' && filled) {
      const found = begin(offset);
      if (found) return found;
      filled = true;
    } else if (lexeme.startsWith('%') && start !== undefined && ended) {
      // A directive after `...` belongs to the next document.
      return { start, end: offset };
    } else if (lexeme === '...') ended = true;
    // A stray closing bracket or comma is an error token, not the start of a value: it fills nothing.
    else if (!/^(?:[ \t]*|#.*|\r?\n|\uFEFF|[\]},])$/.test(lexeme)) filled = true;
    offset += lexeme.length;
  }
  return start === undefined ? undefined : { start, end: text.length };
}

/** Document `documentIndex` of the file, composing only that one document. */
export function parseDocument(text: string, documentIndex: number, caller: string): Document.Parsed {
  const range = documentRange(text, documentIndex);
  return range === undefined ? parseWholeDocument(text, documentIndex, caller) : parseWholeDocument(text.slice(range.start, range.end), 0, caller);
}

function parseWholeDocument(text: string, documentIndex: number, caller: string): Document.Parsed {
  // uniqueKeys compares each key with every earlier one: quadratic on a hostile mapping (the loader checks duplicates itself).
  const docs = parseAllDocuments(text, { uniqueKeys: false });
  if (!Array.isArray(docs) || docs.length === 0) throw new YamlEditError(`${caller}: the file holds no YAML document`);
  const doc = docs[documentIndex];
  if (doc === undefined) throw new YamlEditError(`${caller}: document ${documentIndex} does not exist (the file has ${docs.length})`);
  const error = doc.errors[0];
  if (error !== undefined) throw new YamlEditError(`${caller}: the YAML does not parse: ${error.message}`);
  return doc;
}

export function describePath(path: YamlPath): string {
  return (
    path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
      .join('')
      .replace(/^\./, '') || '(root)'
  );
}

function nodeAt(doc: Document.Parsed, path: YamlPath, caller: string): unknown {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isAlias(node)) throw new YamlEditError(`${caller}: ${describePath(path)} is an alias (*${node.source}): edit its anchor by hand`);
  return node;
}

function spliceFor(text: string, doc: Document.Parsed, edit: YamlEdit, where: string, caller: string): Splice {
  const style = detectStyle(text, doc);
  const node = nodeAt(doc, edit.path, caller);
  switch (edit.op) {
    case 'add': {
      if (!isMap(node)) throw new YamlEditError(`${where} is not a mapping`);
      return node.flow ? insertIntoFlow(node, flowEntries(edit.entries)) : insertLinesAfter(text, node, blockPairs(edit.entries, keyColumn(text, node), style.indentStep), style);
    }
    case 'append': {
      if (!isSeq(node)) throw new YamlEditError(`${where} is not a list`);
      if (node.flow || node.items.length === 0) return insertIntoFlow(node, flowItems(edit.items));
      const dash = dashColumn(text, node);
      const lines = edit.items.flatMap((item) => blockItem(item, dash.dash, dash.content - dash.dash, style.indentStep));
      return insertLinesAfter(text, node, lines, style);
    }
    case 'replace':
      return replaceScalar(node, edit.value, caller);
  }
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

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function keyColumn(text: string, map: YAMLMap): number {
  const first = map.items[0];
  return columnOf(text, first ? keyStart(first) : (map.range?.[0] ?? 0));
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/** Where a block list's dashes sit and where its items' content starts. */
function dashColumn(text: string, seq: YAMLSeq): { dash: number; content: number } {
  const first = seq.items[0] as Node;
  const start = first.range?.[0] ?? 0;
  const dash = text.lastIndexOf('-', start - 1);
  return { dash: columnOf(text, dash), content: columnOf(text, start) };
}

/** A plain scalar when it reads back as the same string, else double-quoted. */
export function scalarText(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain = stringify(value, { lineWidth: 0, defaultStringType: 'PLAIN' }).replace(/\n$/, '');
  return plain.includes('\n') || plain.startsWith('|') || plain.startsWith('>') ? JSON.stringify(value) : plain;
}

function isCollection(value: YamlValue): value is YamlValue[] | { [key: string]: YamlValue } {
  return typeof value === 'object';
}

function isEmpty(value: YamlValue[] | { [key: string]: YamlValue }): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

function blockPairs(entries: Readonly<Record<string, YamlValue>>, column: number, step: number): string[] {
  return Object.entries(entries).flatMap(([key, value]) => blockPair(key, value, column, step));
}

function blockPair(key: string, value: YamlValue, column: number, step: number): string[] {
  const pad = ' '.repeat(column);
  if (!isCollection(value)) return [`${pad}${scalarText(key)}: ${scalarText(value)}`];
  if (isEmpty(value)) return [`${pad}${scalarText(key)}: ${Array.isArray(value) ? '[]' : '{}'}`];
  const nested = Array.isArray(value) ? value.flatMap((item) => blockItem(item, column + step, 2, step)) : blockPairs(value, column + step, step);
  return [`${pad}${scalarText(key)}:`, ...nested];
}

/** One list item: `- ` at `dash`, its content `offset` columns further in. */
function blockItem(item: YamlValue, dash: number, offset: number, step: number): string[] {
  const lead = `${' '.repeat(dash)}-${' '.repeat(Math.max(1, offset - 1))}`;
  if (!isCollection(item) || isEmpty(item) || Array.isArray(item)) return [`${lead}${flowText(item)}`];
  const lines = blockPairs(item, dash + offset, step);
  lines[0] = lead + (lines[0] ?? '').trimStart();
  return lines;
}

function flowText(value: YamlValue): string {
  if (!isCollection(value)) return scalarText(value);
  return stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).replace(/\n$/, '');
}

function flowEntries(entries: Readonly<Record<string, YamlValue>>): string {
  return flowText(entries as Record<string, YamlValue>).slice(1, -1);
}

function flowItems(items: readonly YamlValue[]): string {
  return flowText([...items]).slice(1, -1);
}

/** The end offset of the last value inside `node` (trailing comments excluded). */
function lastValueEnd(node: unknown): number | undefined {
  if (isMap(node) || isSeq(node)) {
    const last = node.items[node.items.length - 1] as unknown;
    if (last === undefined) return (node as Node).range?.[1];
    if (isMap(node)) {
      const pair = last as Pair;
      return lastValueEnd(pair.value ?? pair.key) ?? (node as Node).range?.[1];
    }
    return lastValueEnd(last) ?? (node as Node).range?.[1];
  }
  return (node as Node | null)?.range?.[1];
}

/** New lines go right after the line on which the node's last value ends, before any trailing comment lines. */
function insertLinesAfter(text: string, node: YAMLMap | YAMLSeq, lines: string[], style: Style): Splice {
  const valueEnd = lastValueEnd(node) ?? text.length;
  const body = lines.join(style.eol);
  if (valueEnd > 0 && text[valueEnd - 1] === '\n') return { start: valueEnd, end: valueEnd, text: body + style.eol };
  const lineEnd = text.indexOf('\n', valueEnd);
  if (lineEnd === -1) return { start: text.length, end: text.length, text: style.eol + body };
  return { start: lineEnd + 1, end: lineEnd + 1, text: body + style.eol };
}

function insertIntoFlow(node: YAMLMap | YAMLSeq, entries: string): Splice {
  const last = node.items[node.items.length - 1] as unknown;
  if (last === undefined) {
    const open = node.range?.[0] ?? 0;
    return { start: open + 1, end: open + 1, text: entries };
  }
  const lastNode = (isMap(node) ? ((last as Pair).value ?? (last as Pair).key) : last) as Node | null;
  const end = lastNode?.range?.[1] ?? 0;
  return { start: end, end, text: `, ${entries}` };
}

function replaceScalar(node: unknown, value: string, caller: string): Splice {
  if (!isScalar(node) || !node.range) throw new YamlEditError(`${caller}: the existing value is not a scalar; fix it by hand`);
  const [start, end] = node.range;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return { start, end, text: JSON.stringify(value) };
    case Scalar.QUOTE_SINGLE:
      return { start, end, text: `'${value.replace(/'/g, "''")}'` };
    case Scalar.PLAIN:
      return { start, end, text: scalarText(value) };
    default:
      throw new YamlEditError(`${caller}: the existing value is a block scalar; fix it by hand`);
  }
}

function applySplice(text: string, splice: Splice): string {
  return text.slice(0, splice.start) + splice.text + text.slice(splice.end);
}

/**
 * Every document as data, read the way the loader reads files: under the
 * limits at their ceilings and the expanded-size budget. An alias bomb
 * sharing the file with the edited organization is refused here too (as a
 * problem, its value undefined on both sides), never expanded.
 */
function dataOf(text: string): { data: unknown[]; problems: number } {
  const { file, problems } = parseSource('edit', 'edit', text, LIMIT_CEILINGS);
  return { data: file.documents.map((document) => document.value), problems: problems.length };
}

function at(data: unknown, path: YamlPath): Record<string | number, unknown> {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data) as Record<string | number, unknown>;
}

/** The edited text must mean exactly the original data plus the edits: anything else is a bug here. */
function verifyEdit(before: string, after: string, edits: readonly YamlEdit[], documentIndex: number, shownIndex: number, caller: string): void {
  const original = dataOf(before);
  const expected = original.data;
  if (expected[documentIndex] === undefined) throw new DocumentUnreadable(`${caller}: document ${shownIndex} cannot be read within the input limits`);
  for (const edit of edits) {
    // Paths start at the document: prefix its index so the root can be edited like any node.
    const path = [documentIndex, ...edit.path];
    const parent = at(expected, path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (edit.op === 'add') Object.assign(parent[key] as object, structuredClone(edit.entries));
    else if (edit.op === 'append') for (const item of structuredClone(edit.items)) (parent[key] as unknown[]).push(item);
    else parent[key] = edit.value;
  }
  const actual = dataOf(after);
  if (actual.problems !== original.problems || !isDeepStrictEqual(actual.data, expected)) {
    throw new Error(`${caller}: could not edit ${describePath(edits[0]?.path ?? [])} in place without changing other data`);
  }
}
