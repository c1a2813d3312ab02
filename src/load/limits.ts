import { isAlias, isMap, isPair, isScalar, isSeq, type CST, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
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
 * must never reach it. Walks with an explicit stack of the open collections
 * (at most `maxDepth` + 1 of them, each with the step it is at: item `step >> 1`,
 * its key when the step is even, its value when odd), so a collection of a million
 * items costs no allocation per item; linear in the tokens.
 */
export function syntaxDepthOver(document: CST.Document, maxDepth: number): LimitBreach | undefined {
  const root = document.value;
  if (!isCollectionToken(root)) return undefined;
  if (maxDepth < 0) return { kind: 'depth', offset: root.offset };
  const open: CollectionToken[] = [root];
  const steps: number[] = [0];
  while (open.length > 0) {
    const top = open.length - 1;
    const step = steps[top]!++;
    const item: CST.CollectionItem | undefined = open[top]!.items[step >> 1];
    if (!item) {
      open.pop();
      steps.pop();
      continue;
    }
    // Keys before values, items in order: the first breach in reading order is found first.
    const child = step & 1 ? item.value : item.key;
    if (!isCollectionToken(child)) continue;
    // The child's depth is the number of collections open above it.
    if (open.length > maxDepth) return { kind: 'depth', offset: child.offset };
    open.push(child);
    steps.push(0);
  }
  return undefined;
}

type CollectionToken = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;

function isCollectionToken(token: CST.Token | null | undefined): token is CollectionToken {
  return !!token && (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection');
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

/** A collection being walked: the child it is at, and its measure so far. */
interface Frame {
  node: YAMLMap | YAMLSeq;
  depth: number;
  /** The next child: item `step` of a sequence; of a mapping, pair `step >> 1`'s key when even, its value when odd. */
  step: number;
  measure: Measure;
  parent: Measure | undefined;
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
 * expanded size. Only collections get a frame on the stack; a scalar or an
 * alias is measured where it is met, so a 20,000-item list allocates nothing per item.
 */
export function composedLimitBreach(document: Document.Parsed, limits: InputLimits, budget: ValueBudget): LimitBreach | undefined {
  const anchors = new Map<string, Node>();
  const measured = new Map<Node, Measure>();
  const open = new Set<Node>();
  let totalExpansions = 0;
  let totalValues = 0;
  let totalCharacters = 0;
  const stack: Frame[] = [];

  /** Measures a scalar or an alias into `parent` at once; gives a collection its frame. */
  const visit = (node: unknown, depth: number, parent: Measure | undefined): LimitBreach | undefined => {
    if (isAlias(node)) {
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
      fold(parent, expansions, inner.values, inner.characters, inner.height);
      return undefined;
    }
    const anchor = (node as Node | null)?.anchor;
    if (anchor && node) anchors.set(anchor, node as Node);
    totalValues += 1;
    const characters = isScalar(node) && typeof node.value === 'string' ? node.value.length : 0;
    totalCharacters += characters;
    if (!isMap(node) && !isSeq(node)) {
      if (anchor && node) measured.set(node as Node, { expansions: 0, values: 1, characters, height: 0 });
      fold(parent, 0, 1, characters, 0);
      return undefined;
    }
    if (depth > limits.maxDepth) return { kind: 'depth', offset: node.range?.[0] ?? 0 };
    open.add(node);
    stack.push({ node, depth, step: 0, measure: { expansions: 0, values: 1, characters, height: 0 }, parent });
    return undefined;
  };

  const rootBreach = visit(document.contents, 0, undefined);
  if (rootBreach) return rootBreach;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { node, depth } = frame;
    let child: unknown;
    let childDepth = depth + 1;
    let found = false;
    if (isSeq(node)) {
      if (frame.step < node.items.length) {
        child = node.items[frame.step++];
        found = true;
      }
    } else {
      while (!found && frame.step < 2 * node.items.length) {
        const pair: unknown = node.items[frame.step >> 1];
        const isValue = (frame.step & 1) === 1;
        frame.step++;
        if (!isPair(pair)) continue;
        // A merge key's entries land in this mapping itself, one level up from a plain value; the key itself is not a value.
        const merged = isMergeKey(pair);
        if (!isValue && merged) continue;
        child = isValue ? pair.value : pair.key;
        if (isValue && merged) childDepth = depth;
        found = true;
      }
    }
    if (found) {
      const breach = visit(child, childDepth, frame.measure);
      if (breach) return breach;
      continue;
    }
    stack.pop();
    open.delete(node);
    frame.measure.height += 1;
    if (node.anchor) measured.set(node, frame.measure);
    fold(frame.parent, frame.measure.expansions, frame.measure.values, frame.measure.characters, frame.measure.height);
  }
  budget.remaining -= totalValues;
  budget.characters -= totalCharacters;
  return undefined;
}

/** Folds a finished child's measure into its parent's. */
function fold(parent: Measure | undefined, expansions: number, values: number, characters: number, height: number): void {
  if (!parent) return;
  parent.expansions += expansions;
  parent.values += values;
  parent.characters += characters;
  if (height > parent.height) parent.height = height;
}
