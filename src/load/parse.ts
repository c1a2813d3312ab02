import { firstLineOf } from '../base/text.js';
import { hash } from 'node:crypto';
import { Composer, LineCounter, Parser, isCollection, isMap, isScalar, isSeq, type Document, type YAMLError } from 'yaml';
import type { Region } from '../base/findings.js';
import {
  EXPANDED_CHARACTERS_PER_CHARACTER,
  EXPANDED_VALUES_PER_CHARACTER,
  MAX_DOCUMENTS_PER_FILE,
  composedLimitBreach,
  syntaxDepthOver,
  valueBudgetFor,
  type InputLimits,
  type LimitBreach,
  type ValueBudget,
} from './limits.js';
import { compactValue } from './compact.js';
import { fastParse } from './fast-yaml.js';
import { explainIndentation, type IndentationProblem } from './indentation.js';
import { toRegion } from './positions.js';
import { SourceFile, type FastRestoredSource, type RestoredSource, type SourceDocument } from './source.js';

/** A problem found before any schema or rule could look at the file. */
export interface ParseProblem {
  ruleId: 'yaml-syntax' | 'input-limit';
  message: string;
  region: Region;
}

export interface ParsedFile {
  file: SourceFile;
  problems: ParseProblem[];
}

const FILE_START: Region = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes → text, refusing what is not UTF-8 text; `undefined` text means a problem says why. */
export function decodeText(bytes: Uint8Array): { text?: string; problem?: string } {
  if (utf16Encoding(bytes)) return { problem: 'this file is UTF-16 text: save it as UTF-8' };
  if (bytes.includes(0)) return { problem: 'this is a binary file (it contains NUL bytes), not YAML text' };
  try {
    // TextDecoder drops a leading byte order mark by itself.
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: 'this file is not valid UTF-8 text: save it as UTF-8' };
  }
}

/** `utf-16le`/`utf-16be` when the bytes start with that byte order mark. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Parses a file into documents with positions, under the input limits. The
 * good documents of a partly broken file are kept; each broken one becomes a
 * located problem instead of stopping the run. Every check here is linear in
 * the text: the file may come from anyone who can open a pull request.
 * `reload` reads the file again: given, a file without problems can later be
 * released from memory and restored from disk (see `SourceFile`).
 */
export function parseSource(
  path: string,
  absolutePath: string,
  text: string,
  limits: InputLimits,
  reload?: () => string | undefined,
  {
    fastPath = true,
    copied = false,
  }: {
    fastPath?: boolean;
    /** The values are about to be copied anyway (posted by a worker thread): compacting them here would be wasted. */
    copied?: boolean;
  } = {},
): ParsedFile {
  const keep = copied ? (value: unknown) => value : compactValue;
  const fast = fastPath ? fastParse(text, limits) : undefined;
  if (fast) {
    // The fast path gave up on anything with errors, aliases or near a limit: no problem to report.
    const file = SourceFile.fast(
      path,
      absolutePath,
      text,
      fast.map((document) => document.tree),
      syntaxTreesOf,
    );
    for (const { value } of fast) file.documents.push({ file, index: file.documents.length, value: keep(value) });
    file.settleDocuments();
    if (reload) file.restore = restorer(reload, fingerprintOf(text), limits);
    return { file, problems: [] };
  }
  const lineCounter = new LineCounter();
  const syntaxTrees: Document.Parsed[] = [];
  const file = new SourceFile(path, absolutePath, text, lineCounter, syntaxTrees);
  const problems: ParseProblem[] = [];
  const at: Locate = (start, end = start) => toRegion(lineCounter, [start, end]);
  const tooDeep = new Map<number, LimitBreach>();
  const budget = valueBudgetFor(text);

  const take = (node: Document.Parsed): void => {
    const document: SourceDocument = { file, index: file.documents.length, value: undefined };
    file.documents.push(document);
    syntaxTrees.push(node);
    // Without a `*` in its text a document has no alias, so nothing can expand past the limits.
    const mayHoldAliases = text.slice(node.range[0], node.range[2]).includes('*');
    const outcome = readDocument(node, tooDeep.get(document.index), mayHoldAliases, limits, budget, at, keep, (error) =>
      explainIndentation(text, lineCounter, node.range, yamlErrorDetail(error), error.pos[0]),
    );
    if ('problem' in outcome) problems.push(outcome.problem);
    else document.value = outcome.value;
  };

  withoutStackTraces(() => {
    const parser = new Parser(lineCounter.addNewLine);
    const composer = newComposer();
    let documentTokens = 0;
    for (let token of parser.parse(text)) {
      if (token.type === 'document') {
        if (++documentTokens > MAX_DOCUMENTS_PER_FILE) {
          problems.push({
            ruleId: 'input-limit',
            message: `This file holds more than ${MAX_DOCUMENTS_PER_FILE} YAML documents, so the rest was not read: split it into smaller files.`,
            region: at(token.offset),
          });
          break;
        }
        const breach = syntaxDepthOver(token, limits.maxDepth);
        if (breach) {
          tooDeep.set(documentTokens - 1, breach);
          // Its content never reaches the recursive composer; the empty document keeps later indexes right.
          token = { ...token, value: undefined };
        }
      }
      for (const node of composer.next(token)) take(node);
    }
    for (const node of composer.end()) take(node);
  });
  file.settleDocuments();
  if (problems.length === 0 && reload) file.restore = restorer(reload, fingerprintOf(text), limits);
  return { file, problems };
}

/**
 * Made outside parseSource on purpose: a closure created there would share its
 * scope with `take`, and keep every syntax tree and the text of the file alive through it.
 * A file that changed on disk since it was modelled cannot give its positions
 * back: its findings then point at its first line rather than at a wrong one,
 * except the schema problems, whose regions were pinned while the file was whole.
 */
function restorer(reload: () => string | undefined, fingerprint: string, limits: InputLimits): () => RestoredSource | FastRestoredSource {
  return () => {
    const text = reload();
    if (text !== undefined && fingerprintOf(text) === fingerprint) {
      // The fast path places a finding in a fraction of what `yaml`'s parse costs; `yaml` parses it (again) only for what the fast path cannot place,
      // and a file only quoted in a report is not parsed at all.
      const fast = fastParse(text, limits);
      return { text, fastTrees: fast?.map((document) => document.tree), reparse: syntaxTreesOf };
    }
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    return { text: '', lineCounter, syntaxTrees: [] };
  };
}

/**
 * `yaml`'s syntax trees and line index for a text: what positions are computed from. Only ever
 * given a text already read without a problem under these limits (a released file whose
 * fingerprint still matches, or one the fast path read, which gives up near every limit), so the
 * trees are all it builds: no value (`toJS`, `compactValue`) and no limit or duplicate check again,
 * which on a 150,000-item list cost a tenth of the parse and its garbage. The trees and line
 * index are those `parseSource` made of the same text: the same parser, the same composer.
 */
function syntaxTreesOf(text: string): RestoredSource {
  const lineCounter = new LineCounter();
  const syntaxTrees: Document.Parsed[] = [];
  withoutStackTraces(() => {
    const parser = new Parser(lineCounter.addNewLine);
    const composer = newComposer();
    for (const token of parser.parse(text)) for (const node of composer.next(token)) syntaxTrees.push(node);
    for (const node of composer.end()) syntaxTrees.push(node);
  });
  return { text, lineCounter, syntaxTrees };
}

/** The composer every parse here uses. */
function newComposer(): Composer {
  // `uniqueKeys` compares each key with every earlier one (quadratic); duplicates are found by `firstDuplicateKey` instead.
  const composer = new Composer({ merge: true, uniqueKeys: false });
  keepFirstErrors(composer);
  return composer;
}

/** What tells the text a file was modelled from from any later edit of it. */
export function fingerprintOf(text: string): string {
  return hash('sha1', text, 'base64');
}

/**
 * A file parsed and modelled elsewhere (a worker thread), held here the way
 * `parseSource` leaves a file without problems once it is released: no text,
 * restored from disk (if its fingerprint still matches) when a position is asked for.
 */
export function releasedSource(path: string, absolutePath: string, fingerprint: string, limits: InputLimits, reload: () => string | undefined): SourceFile {
  const file = new SourceFile(path, absolutePath, '', new LineCounter(), []);
  file.restore = restorer(reload, fingerprint, limits);
  file.release();
  return file;
}

/** Text offsets to a line and column. */
type Locate = (start: number, end?: number) => Region;

/** The document as plain data, or the one problem that stops it from being used. */
function readDocument(
  node: Document.Parsed,
  syntaxBreach: LimitBreach | undefined,
  mayHoldAliases: boolean,
  limits: InputLimits,
  budget: ValueBudget,
  at: Locate,
  keep: (value: unknown) => unknown,
  explain: (error: YAMLError) => IndentationProblem | undefined,
): { value: unknown } | { problem: ParseProblem } {
  const refuse = (problem: ParseProblem): { problem: ParseProblem } => ({ problem });
  if (syntaxBreach) return refuse(limitProblem(syntaxBreach, limits, at));
  const error = node.errors[0];
  const duplicateAt = firstDuplicateKey(node);
  if (duplicateAt !== undefined && (!error || duplicateAt < error.pos[0])) {
    return refuse({ ruleId: 'yaml-syntax', message: DUPLICATE_KEY_MESSAGE, region: at(duplicateAt, duplicateAt + 1) });
  }
  if (error) {
    // The composer's own last resort against deep nesting; the syntax check above normally comes first.
    if (error.code === 'RESOURCE_EXHAUSTION') return refuse(limitProblem({ kind: 'depth', offset: error.pos[0] }, limits, at));
    const indentation = explain(error);
    if (indentation) return refuse({ ruleId: 'yaml-syntax', ...indentation });
    return refuse({ ruleId: 'yaml-syntax', message: describeYamlError(error), region: at(...error.pos) });
  }
  const breach = mayHoldAliases ? composedLimitBreach(node, limits, budget) : undefined;
  if (breach) return refuse(limitProblem(breach, limits, at));
  try {
    return { value: keep(node.toJS({ maxAliasCount: limits.maxAliasCount })) };
  } catch (cause) {
    const aliases = cause instanceof ReferenceError && /excessive alias/i.test(cause.message);
    return refuse({
      ruleId: aliases ? 'input-limit' : 'yaml-syntax',
      message: aliases ? limitMessage('aliases', limits) : `This document cannot be read: ${firstLineOf((cause as Error).message).trim()}`,
      region: at(node.contents?.range[0] ?? node.range[0]),
    });
  }
}

function limitProblem(breach: LimitBreach, limits: InputLimits, at: Locate): ParseProblem {
  return {
    ruleId: breach.kind === 'unresolved-alias' ? 'yaml-syntax' : 'input-limit',
    message: limitMessage(breach.kind, limits),
    region: at(breach.offset),
  };
}

function limitMessage(kind: LimitBreach['kind'], limits: InputLimits): string {
  switch (kind) {
    case 'depth':
      return `This document nests deeper than ${limits.maxDepth} levels (limits.maxDepth): flatten it or raise the limit in abm-gitops.yml.`;
    case 'aliases':
      return `This document expands more than ${limits.maxAliasCount} aliases (limits.maxAliasCount), as an alias bomb would: remove the nested aliases or raise the limit.`;
    case 'expanded-size':
      return `This file grows to more than ${EXPANDED_VALUES_PER_CHARACTER} values per character of its text once its aliases are expanded, as an alias bomb would: use fewer or smaller anchors.`;
    case 'expanded-text':
      return `This file grows to more than ${EXPANDED_CHARACTERS_PER_CHARACTER} characters of text per character of its own once its aliases are expanded, as an alias bomb would: use fewer or smaller anchors.`;
    case 'cycle':
      return 'This alias sits inside the node it names, which makes the document infinitely deep: point it at another anchor.';
    case 'unresolved-alias':
      return 'YAML syntax error: this alias names no anchor defined before it.';
  }
}

const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique: a key appears twice in one mapping, and YAML keeps only one of them. Remove or rename the duplicate.';

/**
 * Offset of the first key that repeats an earlier scalar key of its mapping; linear, without recursion.
 * Only collections are stacked (nothing else can hold a mapping). A mapping of a few pairs compares
 * its keys with each other (at most `SMALL_MAPPING` squared comparisons, and no set to allocate for
 * each of the many small mappings of a file); a larger one keeps a set of the keys seen.
 */
function firstDuplicateKey(document: Document.Parsed): number | undefined {
  let first: number | undefined;
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    // One push per item: spreading a 150,000-item sequence into arguments overflows the call stack.
    if (isSeq(node)) for (const item of node.items) if (isCollection(item)) stack.push(item);
    if (!isMap(node)) continue;
    const pairs = node.items;
    const seen = pairs.length > SMALL_MAPPING ? new Set<unknown>() : undefined;
    for (let index = 0; index < pairs.length; index++) {
      const { key, value } = pairs[index]!;
      if (isCollection(key)) stack.push(key);
      if (isCollection(value)) stack.push(value);
      // Same equality as the yaml package's own check: scalar values compared with ===.
      if (!isScalar(key) || Number.isNaN(key.value)) continue;
      const repeated = seen ? seen.has(key.value) : keyBefore(pairs, index, key.value);
      if (repeated) {
        const offset = key.range?.[0] ?? 0;
        if (first === undefined || offset < first) first = offset;
      }
      seen?.add(key.value);
    }
  }
  return first;
}

/** Pairs up to which a mapping's keys are compared with each other rather than kept in a set. */
const SMALL_MAPPING = 8;

/** Whether a pair before `end` has a scalar key of this value. */
function keyBefore(pairs: ReadonlyArray<{ key: unknown }>, end: number, value: unknown): boolean {
  for (let index = 0; index < end; index++) {
    const { key } = pairs[index]!;
    if (isScalar(key) && key.value === value) return true;
  }
  return false;
}

/**
 * Has the composer make only the first error of each batch it hands to a document: `readDocument` reads
 * `errors[0]` and no other, and a hostile file can make the composer report an error per character (a
 * million stray commas made a million errors, a fifth of the file's parse). A document's first error
 * stays the same: each batch (`Composer#decorate` gives it to a document) keeps its first, and the
 * parser's own error tokens are not passed through here. Warnings pass as before.
 */
function keepFirstErrors(composer: Composer): void {
  const internals = composer as unknown as { onError?: ComposeErrorHandler; errors?: unknown[] };
  const report = internals.onError;
  if (typeof report !== 'function' || !Array.isArray(internals.errors)) return;
  internals.onError = (source, code, message, warning) => {
    if (warning || internals.errors!.length === 0) report(source, code, message, warning);
  };
}

type ComposeErrorHandler = (source: unknown, code: string, message: string, warning?: boolean) => void;

/**
 * Runs `parse` with stack traces off: a hostile file can make the composer
 * report millions of errors, and capturing a stack for each takes ten times
 * the time and memory of the errors themselves. Parsing is synchronous, so no
 * other code runs while the global setting is changed.
 */
function withoutStackTraces(parse: () => void): void {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    parse();
  } finally {
    Error.stackTraceLimit = saved;
  }
}

export function fileStartProblem(ruleId: ParseProblem['ruleId'], message: string): ParseProblem {
  return { ruleId, message, region: FILE_START };
}

/** The parser's own words, without the position it appends (the finding carries it). */
function yamlErrorDetail(error: YAMLError): string {
  return firstLineOf(error.message)
    .trim()
    .replace(/ at line \d+, column \d+:?$/, '');
}

function describeYamlError(error: YAMLError): string {
  const detail = yamlErrorDetail(error);
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return `${detail}: YAML indentation must use spaces, not tabs.`;
    default:
      return `YAML syntax error: ${detail}.`.replace(/\.\.$/, '.');
  }
}
