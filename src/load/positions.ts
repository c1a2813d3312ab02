import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { Region } from '../base/findings.js';
import { fastRange } from './fast-yaml.js';
import { syntaxOf, type DocPath, type SourceDocument } from './source.js';

type Range = readonly [number, number];

/**
 * Where a path into a document sits in the text. A pair is reported from its
 * key to the end of its value; a path that passes through an alias or a merge
 * key is reported at the place of use (the alias or `<<` line), because that
 * is the line a person edits. A path that does not exist in full stops at the
 * deepest node that does.
 */
export function regionOf(document: SourceDocument, path: DocPath): Region {
  const pinned = document.file.pinnedRegion(document.index, path);
  if (pinned) return { ...pinned };
  const fast = document.file.fastTreeOf(document.index);
  const fastRangeOfPath = fast && fastRange(fast, path);
  if (fastRangeOfPath) return toRegion(document.file.lineCounter, fastRangeOfPath);
  const node = syntaxOf(document);
  if (!node) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const range = rangeOf(node, path) ?? documentStart(node);
  return toRegion(document.file.lineCounter, range);
}

/**
 * Places `paths` now, while the file is whole, and keeps their regions for `regionOf` once the file is
 * released: a path a finding will certainly point at (a schema problem's) then needs no second read and
 * parse of the file. On a 150,000-item list with a schema problem the second parse cost as much as the first.
 */
export function pinRegions(document: SourceDocument, paths: readonly DocPath[]): void {
  for (const path of paths) document.file.pin(document.index, path, regionOf(document, path));
}

export function toRegion(lineCounter: LineCounter, [start, end]: readonly [number, number, ...number[]]): Region {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(end, start));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

function documentStart(document: Document.Parsed): Range {
  const start = document.contents?.range?.[0] ?? document.range[0];
  return [start, start];
}

function rangeOf(document: Document.Parsed, path: DocPath): Range | undefined {
  let node: unknown = document.contents;
  let best: Range | undefined = nodeRange(node);
  // The first alias or merge key crossed on the way down: findings stay there.
  let placeOfUse: Range | undefined;

  for (const segment of path) {
    if (isAlias(node)) {
      placeOfUse ??= nodeRange(node);
      node = resolveAlias(document, node);
    }
    const step = childOf(document, node, segment);
    if (!step) break;
    if (step.via) placeOfUse ??= step.via;
    node = step.node;
    best = step.range;
  }
  return placeOfUse ?? best;
}

interface Step {
  node: unknown;
  range: Range | undefined;
  /** Set when the child was reached through a merge key. */
  via?: Range;
}

function childOf(document: Document.Parsed, node: unknown, segment: string | number, depth = 0): Step | undefined {
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { node: item, range: nodeRange(item) };
  }
  if (!isMap(node) || depth > 32) return undefined;
  for (const pair of node.items) {
    if (!isMergeKey(pair) && isScalar(pair.key) && String(pair.key.value) === String(segment)) {
      return { node: pair.value, range: pairRange(pair) };
    }
  }
  for (const pair of node.items) {
    if (!isMergeKey(pair)) continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const target = isAlias(source) ? resolveAlias(document, source) : source;
      const found = childOf(document, target, segment, depth + 1);
      if (found) return { ...found, via: pairRange(pair) };
    }
  }
  return undefined;
}

// Alias.resolve scans the whole document for the anchor: remember each answer.
const resolvedAliases = new WeakMap<Alias, unknown>();

function resolveAlias(document: Document.Parsed, alias: Alias): unknown {
  if (!resolvedAliases.has(alias)) resolvedAliases.set(alias, alias.resolve(document));
  return resolvedAliases.get(alias);
}

export function isMergeKey(pair: Pair): boolean {
  return isScalar(pair.key) && (typeof pair.key.value === 'symbol' || pair.key.source === '<<');
}

function pairRange(pair: Pair): Range | undefined {
  const key = nodeRange(pair.key);
  const value = nodeRange(pair.value);
  if (key && value) return [key[0], value[1]];
  return key ?? value;
}

function nodeRange(node: unknown): Range | undefined {
  if (isPair(node)) return pairRange(node);
  const range = (node as Node | null | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}
