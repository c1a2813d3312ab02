import { isAlias, isMap, isPair, isScalar, isSeq, type CST, type Document, type Node } from 'yaml';
import { isMergeKey } from './positions.js';

/** Input limits (`limits` in abm-gitops.yml); defaults from docs/security.md. */
export interface InputLimits {
  maxFileBytes: number;
  maxDepth: number;
  maxAliasCount: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxFileBytes: 2_097_152,
  maxDepth: 64,
  maxAliasCount: 1000,
};

/**
 * Documents read from one file. Not configurable: a file of nothing but `---`
 * lines costs the YAML composer about 1 KB of memory per document, so a 2 MiB
 * file could take half a gigabyte; no real setup needs more than a handful.
 */
export const MAX_DOCUMENTS_PER_FILE = 10_000;

/**
 * The most each configurable limit may be raised to in abm-gitops.yml (the
 * schema's `maximum` says the same). Above them a pull request could make a
 * run take hours or gigabytes; no real setup comes near them.
 */
export const LIMIT_CEILINGS: InputLimits = {
  maxFileBytes: 16_777_216,
  // The yaml composer recurses once per level: about 800 levels overflow the stack under a test runner.
  maxDepth: 256,
  maxAliasCount: 100_000,
};

/**
 * Hard guard, not configurable: once aliases are expanded, the documents of
 * a file may hold at most this many values (scalars, keys and collections)
 * per character of the file, plus EXPANDED_VALUES_FLOOR. Whatever
 * maxAliasCount says, one big anchor used many times cannot make the schema
 * and the model walk more than a fixed multiple of the file.
 */
export const EXPANDED_VALUES_PER_CHARACTER = 4;
export const EXPANDED_VALUES_FLOOR = 16_384;

/**
 * Hard guard, not configurable: once aliases are expanded, the strings (keys
 * and values) of a file may hold at most this many characters per character
 * of the file, plus EXPANDED_CHARACTERS_FLOOR. Counting values is not enough:
 * one 1 MB string aliased 900 times is 900 values but 900 MB of text, more
 * than V8 holds in one string (the JSON a worker thread posts, a report).
 */
export const EXPANDED_CHARACTERS_PER_CHARACTER = 4;
export const EXPANDED_CHARACTERS_FLOOR = 1_048_576;

/** What is left of a file's allowances once aliases are expanded; shared by its documents. */
export interface ValueBudget {
  /** Values (scalars, keys and collections). */
  remaining: number;
  /** Characters of strings (keys and values). */
  characters: number;
}

export function valueBudgetFor(text: string): ValueBudget {
  return {
    remaining: EXPANDED_VALUES_PER_CHARACTER * text.length + EXPANDED_VALUES_FLOOR,
    characters: EXPANDED_CHARACTERS_PER_CHARACTER * text.length + EXPANDED_CHARACTERS_FLOOR,
  };
}

/** Why a document was refused, and the text offset a person should look at. */
export interface LimitBreach {
  kind: 'depth' | 'aliases' | 'expanded-size' | 'expanded-text' | 'cycle' | 'unresolved-alias';
  offset: number;
}

/**
 * The first collection nested deeper than `maxDepth` in a document's syntax
 * tree, found before composing. The `yaml` composer recurses once per level
 * and only survives a stack overflow by accident, so a document this deep
 * must never reach it. Walks with an explicit stack; linear in the tokens.
 */
export function syntaxDepthOver(document: CST.Document, maxDepth: number): LimitBreach | undefined {
  const stack: Array<{ token: CST.Token | null | undefined; depth: number }> = [{ token: document.value, depth: 0 }];
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token || (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')) continue;
    if (depth > maxDepth) return { kind: 'depth', offset: token.offset };
    // Pushed in reverse so the first breach in reading order is found first.
    for (let i = token.items.length - 1; i >= 0; i--) {
      const item: CST.CollectionItem = token.items[i]!;
      stack.push({ token: item.value, depth: depth + 1 });
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
    }
  }
  return undefined;
}

interface Measure {
  /** Alias expansions inside the node once every alias is replaced by its target. */
  expansions: number;
  /** Values (scalars, keys, collections) in the node once every alias is replaced by its target. */
  values: number;
  /** Characters of the strings (keys and values) in the node once every alias is replaced by its target. */
  characters: number;
  /** Collection levels in the node, aliases resolved: 0 for a scalar. */
  height: number;
}

interface Frame {
  node: unknown;
  depth: number;
  /** Children still to visit; undefined until the node is entered. */
  pending?: Array<{ node: unknown; depth: number }>;
  measure: Measure;
  parent?: Frame;
}

/**
 * Checks a composed document as it would be after alias expansion, before
 * `toJS` builds it: nesting deeper than `maxDepth`, more than `maxAliasCount`
 * alias expansions in total (a "billion laughs" bomb expands exponentially),
 * an alias inside the node it names (an infinitely deep value) or one naming
 * no earlier anchor, or more values or string characters than the file's
 * budget has left (see EXPANDED_VALUES_PER_CHARACTER and
 * EXPANDED_CHARACTERS_PER_CHARACTER; spent as it goes). Each answer points at the node
 * or alias where the limit is crossed. One pass in reading order, memoizing
 * every anchored node, so an alias bomb costs its size in text, not its
 * expanded size.
 */
export function composedLimitBreach(document: Document.Parsed, limits: InputLimits, budget: ValueBudget): LimitBreach | undefined {
  const anchors = new Map<string, Node>();
  const measured = new Map<Node, Measure>();
  const open = new Set<Node>();
  let totalExpansions = 0;
  let totalValues = 0;
  let totalCharacters = 0;

  const root: Frame = { node: document.contents, depth: 0, measure: { expansions: 0, values: 0, characters: 0, height: 0 } };
  const stack: Frame[] = [root];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { node, depth } = frame;

    if (frame.pending === undefined) {
      const anchor = (node as Node | null)?.anchor;
      if (isAlias(node)) {
        stack.pop();
        const target = anchors.get(node.source);
        const offset = node.range?.[0] ?? 0;
        if (!target) return { kind: 'unresolved-alias', offset };
        if (open.has(target)) return { kind: 'cycle', offset };
        const inner = measured.get(target) ?? { expansions: 0, values: 1, characters: 0, height: 0 };
        const expansions = 1 + inner.expansions;
        totalExpansions += expansions;
        totalValues += inner.values;
        totalCharacters += inner.characters;
        if (totalExpansions > limits.maxAliasCount) return { kind: 'aliases', offset };
        if (totalValues > budget.remaining) return { kind: 'expanded-size', offset };
        if (totalCharacters > budget.characters) return { kind: 'expanded-text', offset };
        if (inner.height > 0 && depth + inner.height - 1 > limits.maxDepth) return { kind: 'depth', offset };
        finish(frame, { expansions, values: inner.values, characters: inner.characters, height: inner.height });
        continue;
      }
      if (anchor && node) anchors.set(anchor, node as Node);
      frame.measure.values += 1;
      totalValues += 1;
      if (isScalar(node) && typeof node.value === 'string') {
        frame.measure.characters += node.value.length;
        totalCharacters += node.value.length;
      }
      if (!isMap(node) && !isSeq(node)) {
        stack.pop();
        if (anchor && node) measured.set(node as Node, frame.measure);
        finish(frame, frame.measure);
        continue;
      }
      if (depth > limits.maxDepth) return { kind: 'depth', offset: node.range?.[0] ?? 0 };
      open.add(node);
      frame.pending = childrenOf(node, depth).reverse();
    }

    const next = frame.pending.pop();
    if (next) {
      stack.push({ ...next, measure: { expansions: 0, values: 0, characters: 0, height: 0 }, parent: frame });
      continue;
    }
    stack.pop();
    const collection = node as Node;
    open.delete(collection);
    frame.measure.height += 1;
    if (collection.anchor) measured.set(collection, frame.measure);
    finish(frame, frame.measure);
  }
  budget.remaining -= totalValues;
  budget.characters -= totalCharacters;
  return undefined;
}

/** Folds a finished child into its parent's measure. */
function finish(frame: Frame, measure: Measure): void {
  if (!frame.parent) return;
  frame.parent.measure.expansions += measure.expansions;
  frame.parent.measure.values += measure.values;
  frame.parent.measure.characters += measure.characters;
  frame.parent.measure.height = Math.max(frame.parent.measure.height, measure.height);
}

/** A collection's keys and values in reading order, each with its depth. */
function childrenOf(node: unknown, depth: number): Array<{ node: unknown; depth: number }> {
  const children: Array<{ node: unknown; depth: number }> = [];
  if (isSeq(node)) {
    for (const item of node.items) children.push({ node: item, depth: depth + 1 });
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      // A merge key's entries land in this mapping itself, one level up from a plain value.
      const merged = isMergeKey(pair);
      if (!merged) children.push({ node: pair.key, depth: depth + 1 });
      children.push({ node: pair.value, depth: merged ? depth : depth + 1 });
    }
  }
  return children;
}
