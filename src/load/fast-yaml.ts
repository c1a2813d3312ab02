/**
 * A fast path for the block-style YAML organization files are written in:
 * block mappings and sequences, one-line plain and quoted scalars, one-line
 * flow sequences of scalars, comments, `---` documents, and anchored block
 * mappings used as merge sources (`<<: &name` / `<<: *name`). It gives the
 * same plain values as the `yaml` package with the 1.2 core schema and merge
 * keys (the reference: parse.ts), at a fraction of the cost, and gives up
 * (`undefined`) on anything it is not sure about: other anchors and aliases,
 * tags, directives, block scalars, flow mappings, multi-line scalars, tabs,
 * control characters, a byte order mark, empty documents or list items,
 * non-string keys, duplicate keys, `__proto__`, `.inf`/`.nan`/`-0`, nesting
 * or aliases near their limits, texts over 256 KiB, any syntax error. Those
 * files take the `yaml` path. test/load/fast-yaml.test.ts checks it against
 * `yaml` on every fixture and on generated documents.
 *
 * Besides the values it keeps where each node sits (`FastNode`), as far as it
 * can tell exactly what `yaml` would say: `fastRange` answers the positions
 * the model asks of every file (the tokens table); a path whose range it does
 * not know is answered by `yaml`'s own syntax tree.
 */

/** A scalar's text range; `start` -1 for an empty (null) value, whose range only `yaml` knows. */
export class FastScalar {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
}

/** A collection's range as `yaml` gives it (`start`, `end`); -1 where only `yaml` knows (`end` after a nested collection or an empty value). */
export class FastMap {
  readonly keys: string[] = [];
  readonly keyStarts: number[] = [];
  readonly values: FastNode[] = [];
  /** The `<<` entry, if any: where its key starts, where its value ends (-1: unknown) and the mapping it merges. */
  merge: { keyStart: number; end: number; source: FastMap } | undefined = undefined;
  start = -1;
  end = -1;
}

export class FastSeq {
  readonly items: FastNode[] = [];
  start = -1;
  end = -1;
}

export type FastNode = FastScalar | FastMap | FastSeq;

interface Anchor {
  node: FastMap;
  value: Record<string, unknown>;
  /** Values in the anchored mapping, and how many collection levels it has. */
  values: number;
  height: number;
  holdsAliases: boolean;
  /** Characters of text the anchored mapping spans: at least those of its strings. */
  characters: number;
}

export interface FastDocument {
  value: unknown;
  tree: FastNode;
}

/** Characters the fast path leaves to `yaml`: tabs, control characters, a lone CR, BOM, line and paragraph separators, lone surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const UNSURE_CHARACTER = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * One character class holding the first character of every `UNSURE_CHARACTER` match (a CR, any surrogate):
 * a text without one (nearly every organization file) is scanned once, by the quicker pattern.
 */
// eslint-disable-next-line no-control-regex -- as above
const MAYBE_UNSURE_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
/** Larger texts are left to `yaml`, whose handling of hostile sizes the suite checks (an organization file is ~2 KB). */
const MAX_FAST_TEXT = 256 * 1024;
/** More documents than this in one file: left to `yaml` and its MAX_DOCUMENTS_PER_FILE. */
const MAX_FAST_DOCUMENTS = 100;
/** yaml refuses implicit keys over 1024 characters; well below that is sure. */
const MAX_KEY_LENGTH = 1000;

const BAIL = { bail: true };

/** The documents of `text` with their values and scalar positions, or undefined when `yaml` must read it. */
export function fastParse(text: string, limits: { maxDepth: number; maxAliasCount: number }): FastDocument[] | undefined {
  if (text.length === 0 || text.length > MAX_FAST_TEXT || (MAYBE_UNSURE_CHARACTER.test(text) && UNSURE_CHARACTER.test(text))) return undefined;
  try {
    return new Scanner(text, limits.maxDepth, limits.maxAliasCount).documents();
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

/** Where `path` ends in the document, as `positions.ts` computes it on `yaml`'s tree; undefined unless it ends at a scalar. */
export function fastRange(tree: FastNode, path: readonly (string | number)[]): [number, number] | undefined {
  let node = tree;
  let best = rangeOfNode(node);
  // The first merge key crossed on the way down: positions.ts reports the `<<` entry then.
  let placeOfUse: Range | null | undefined;
  for (const segment of path) {
    const step = childOf(node, segment, 0);
    if (!step) break;
    if (step.via !== undefined && placeOfUse === undefined) placeOfUse = step.via;
    node = step.node;
    best = step.range;
  }
  return (placeOfUse !== undefined ? placeOfUse : best) ?? undefined;
}

/** A range; null where only `yaml` knows it. */
type Range = [number, number];

function rangeOfNode(node: FastNode): Range | null {
  return node.start >= 0 && node.end >= 0 ? [node.start, node.end] : null;
}

function childOf(node: FastNode, segment: string | number, depth: number): { node: FastNode; range: Range | null; via?: Range | null } | undefined {
  if (node instanceof FastSeq && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { node: item, range: rangeOfNode(item) };
  }
  if (!(node instanceof FastMap) || depth > 32) return undefined;
  const index = node.keys.indexOf(String(segment));
  if (index >= 0) {
    const value = node.values[index]!;
    return { node: value, range: value.end >= 0 ? [node.keyStarts[index]!, value.end] : null };
  }
  const { merge } = node;
  const found = merge && childOf(merge.source, segment, depth + 1);
  return found ? { ...found, via: merge.end >= 0 ? [merge.keyStart, merge.end] : null } : undefined;
}

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;

class Scanner {
  /** Content lines (not blank, not comment-only, not `---`): start offset, end offset (before CR LF), indentation. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  /** Index of the first content line of each document, and one past the last. */
  private readonly documentBounds: Array<[number, number]> = [];
  private line = 0;
  private end = 0;
  /** A document's anchors (only on block mappings, used only as merge sources) and the `*` merges so far. */
  private anchors = new Map<string, Anchor>();
  private aliases = 0;
  /** Values (keys, scalars, collections) read in the file, and those the merges add once expanded. */
  private valueCount = 0;
  private expandedValues = 0;
  /** Characters of text the merges add once expanded (see EXPANDED_CHARACTERS_PER_CHARACTER in limits.ts). */
  private expandedCharacters = 0;
  private deepest = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly maxAliasCount: number,
  ) {
    this.splitLines();
  }

  documents(): FastDocument[] {
    const documents: FastDocument[] = [];
    for (const [first, end] of this.documentBounds) {
      if (first === end || this.indents[first] !== 0) throw BAIL;
      this.line = first;
      this.end = end;
      this.anchors = new Map();
      this.aliases = 0;
      const [tree, value] = this.block(first, 0, 0);
      if (this.line !== end) throw BAIL;
      documents.push({ value, tree });
    }
    return documents;
  }

  private splitLines(): void {
    const { text } = this;
    let documentStart = 0;
    let sawMarker = false;
    for (let start = 0; start < text.length;) {
      let newline = text.indexOf('\n', start);
      if (newline < 0) newline = text.length;
      const end = text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
      let content = start;
      while (content < end && text.charCodeAt(content) === SPACE) content++;
      const first = text.charCodeAt(content);
      if (content < end && first !== HASH) {
        if (content === start && (first === DASH || first === 0x2e || first === 0x25) && this.isMarker(start, end)) {
          if (sawMarker || this.starts.length > documentStart) this.documentBounds.push([documentStart, this.starts.length]);
          documentStart = this.starts.length;
          sawMarker = true;
        } else {
          this.starts.push(start);
          this.ends.push(end);
          this.indents.push(content - start);
        }
      }
      start = newline + 1;
    }
    if (sawMarker || this.starts.length > documentStart) this.documentBounds.push([documentStart, this.starts.length]);
    if (this.documentBounds.length === 0 || this.documentBounds.length > MAX_FAST_DOCUMENTS) throw BAIL;
  }

  /** A `---` line (true); a `...`, a directive or `---` with content after it bails; anything else is content (false). */
  private isMarker(start: number, end: number): boolean {
    const { text } = this;
    if (text.charCodeAt(start) === 0x25) throw BAIL;
    const three = text.slice(start, start + 3);
    if (three === '...') throw BAIL;
    if (three !== '---') return false;
    if (end === start + 3) return true;
    if (text.charCodeAt(start + 3) !== SPACE) throw BAIL;
    let rest = start + 3;
    while (rest < end && text.charCodeAt(rest) === SPACE) rest++;
    if (rest < end && text.charCodeAt(rest) !== HASH) throw BAIL;
    return true;
  }

  /** The block collection whose first entry starts on content line `line` at column `column`. */
  private block(line: number, column: number, depth: number): [FastNode, unknown] {
    if (depth >= this.maxDepth - 1) throw BAIL;
    if (depth > this.deepest) this.deepest = depth;
    const at = this.starts[line]! + column;
    return this.isDash(at, this.ends[line]!) ? this.sequence(line, column, depth) : this.mapping(line, column, depth);
  }

  private isDash(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE);
  }

  private sequence(line: number, column: number, depth: number): [FastSeq, unknown[]] {
    if (depth >= this.maxDepth - 1) throw BAIL;
    if (depth > this.deepest) this.deepest = depth;
    const { text } = this;
    const node = new FastSeq();
    const value: unknown[] = [];
    node.start = this.starts[line]! + column;
    this.valueCount++;
    let lastInline: number;
    for (;;) {
      const start = this.starts[line]!;
      const end = this.ends[line]!;
      const dash = start + column;
      if (!this.isDash(dash, end)) throw BAIL;
      let at = dash + 1;
      while (at < end && text.charCodeAt(at) === SPACE) at++;
      let item: [FastNode, unknown];
      lastInline = -1;
      if (at === end || text.charCodeAt(at) === HASH) {
        const next = line + 1;
        if (next >= this.end || this.indents[next]! <= column) throw BAIL;
        item = this.block(next, this.indents[next]!, depth + 1);
      } else if (this.isDash(at, end)) {
        throw BAIL;
      } else if (this.keyEnd(at, end) >= 0) {
        item = this.mapping(line, at - start, depth + 1);
      } else {
        item = this.inline(at, end, depth + 1);
        this.line = line + 1;
        lastInline = line;
      }
      node.items.push(item[0]);
      value.push(item[1]);
      const next = this.line;
      if (next >= this.end || this.indents[next]! < column) break;
      if (this.indents[next]! > column) throw BAIL;
      if (!this.isDash(this.starts[next]! + column, this.ends[next]!)) break;
      line = next;
    }
    node.end = lastInline >= 0 ? this.inlineNodeEnd(lastInline, column) : -1;
    return [node, value];
  }

  /**
   * Where `yaml` ends an inline value's node (and so a collection whose last
   * value it is): after its line, and after the comment lines below it
   * (blank lines between them) that are indented deeper than the collection.
   */
  private inlineNodeEnd(line: number, column: number): number {
    const { text } = this;
    const newline = text.indexOf('\n', this.ends[line]!);
    let end = newline < 0 ? text.length : newline + 1;
    for (let at = end; at < text.length;) {
      let next = text.indexOf('\n', at);
      if (next < 0) next = text.length;
      let content = at;
      while (content < next && text.charCodeAt(content) === SPACE) content++;
      const lineEnd = next === text.length ? next : next + 1;
      const code = text.charCodeAt(content);
      if (content === next || (code === 0x0d && content + 1 === next)) {
        at = lineEnd;
        continue;
      }
      if (code !== HASH || content - at <= column) break;
      end = at = lineEnd;
    }
    return end;
  }

  private mapping(line: number, column: number, depth: number): [FastMap, Record<string, unknown>] {
    if (depth >= this.maxDepth - 1) throw BAIL;
    if (depth > this.deepest) this.deepest = depth;
    const { text } = this;
    const node = new FastMap();
    const value: Record<string, unknown> = {};
    node.start = this.starts[line]! + column;
    this.valueCount++;
    let lastInline: number;
    // Keys are compared with the few earlier ones until a mapping grows large: no quadratic cost on hostile files.
    let seen: Set<string> | undefined;
    for (;;) {
      const start = this.starts[line]!;
      const end = this.ends[line]!;
      const keyStart = start + column;
      const [key, colon] = this.key(keyStart, end);
      this.valueCount++;
      let at = colon + 1;
      while (at < end && text.charCodeAt(at) === SPACE) at++;
      lastInline = -1;
      if (key === '<<' && text.charCodeAt(keyStart) === 0x3c) {
        lastInline = this.merge(node, value, line, column, keyStart, at, depth);
      } else {
        if (key === '__proto__' || key === '<<') throw BAIL;
        if (node.keys.length >= 16) {
          seen ??= new Set(node.keys);
          if (seen.has(key)) throw BAIL;
          seen.add(key);
        } else if (node.keys.includes(key)) throw BAIL;
        let entry: [FastNode, unknown];
        if (text.charCodeAt(at) === 0x26) {
          entry = this.anchored(line, column, at, end, depth);
        } else if (at === end || text.charCodeAt(at) === HASH) {
          const next = line + 1;
          if (next < this.end && this.indents[next]! > column) {
            entry = this.block(next, this.indents[next]!, depth + 1);
          } else if (next < this.end && this.indents[next] === column && this.isDash(this.starts[next]! + column, this.ends[next]!)) {
            entry = this.sequence(next, column, depth + 1);
          } else {
            entry = [new FastScalar(-1, -1), null];
            this.line = next;
          }
        } else {
          if (this.keyEnd(at, end) >= 0) throw BAIL;
          entry = this.inline(at, end, depth + 1);
          this.line = line + 1;
          lastInline = line;
        }
        node.keys.push(key);
        node.keyStarts.push(keyStart);
        node.values.push(entry[0]);
        value[key] = entry[1];
      }
      const next = this.line;
      if (next >= this.end || this.indents[next]! < column) break;
      if (this.indents[next]! > column || this.isDash(this.starts[next]! + column, this.ends[next]!)) throw BAIL;
      line = next;
    }
    node.end = lastInline >= 0 ? this.inlineNodeEnd(lastInline, column) : -1;
    return [node, value];
  }

  /**
   * A `<<` entry: `<<: *name` (a mapping anchored earlier in the document) or
   * `<<: &name` / `<<:` over a block mapping. Its keys are added where the
   * mapping has none of its own yet, as `yaml` merges. Returns the line of an
   * inline value (the alias), else -1.
   */
  private merge(node: FastMap, value: Record<string, unknown>, line: number, column: number, keyStart: number, at: number, depth: number): number {
    const { text } = this;
    const end = this.ends[line]!;
    if (node.merge) throw BAIL;
    let source: FastMap;
    let sourceValue: Record<string, unknown>;
    let mergeEnd: number;
    let inlineLine = -1;
    if (text.charCodeAt(at) === 0x2a) {
      const nameEnd = this.nameEnd(at + 1, end);
      this.lineRest(nameEnd, end);
      const anchor = this.anchors.get(text.slice(at + 1, nameEnd));
      // Unknown (or still open: a cycle) anchors, nested expansions and anything near a limit are left to yaml.
      if (!anchor || anchor.holdsAliases || ++this.aliases >= this.maxAliasCount || depth + anchor.height >= this.maxDepth - 1) throw BAIL;
      this.expandedValues += anchor.values;
      if (this.valueCount + this.expandedValues > 2 * text.length + 8192) throw BAIL;
      this.expandedCharacters += anchor.characters;
      if (this.expandedCharacters > 2 * text.length + 8192) throw BAIL;
      source = anchor.node;
      sourceValue = anchor.value;
      mergeEnd = nameEnd;
      this.line = line + 1;
      inlineLine = line;
    } else {
      let name: string | undefined;
      let rest = at;
      if (text.charCodeAt(at) === 0x26) {
        rest = this.nameEnd(at + 1, end);
        name = text.slice(at + 1, rest);
      }
      this.lineRest(rest, end);
      const next = line + 1;
      if (next >= this.end || this.indents[next]! <= column) throw BAIL;
      const [block, blockValue] = name === undefined ? this.block(next, this.indents[next]!, depth + 1) : this.anchoredBlock(name, next, depth + 1);
      if (!(block instanceof FastMap)) throw BAIL;
      source = block;
      sourceValue = blockValue as Record<string, unknown>;
      mergeEnd = block.end;
    }
    for (const key of Object.keys(sourceValue)) if (!Object.hasOwn(value, key)) value[key] = sourceValue[key];
    node.merge = { keyStart, end: mergeEnd, source };
    return inlineLine;
  }

  /** `key: &name` over a block mapping on the lines below. */
  private anchored(line: number, column: number, at: number, end: number, depth: number): [FastNode, unknown] {
    const nameEnd = this.nameEnd(at + 1, end);
    this.lineRest(nameEnd, end);
    const next = line + 1;
    if (next >= this.end || this.indents[next]! <= column) throw BAIL;
    return this.anchoredBlock(this.text.slice(at + 1, nameEnd), next, depth + 1);
  }

  private anchoredBlock(name: string, line: number, depth: number): [FastMap, Record<string, unknown>] {
    if (this.anchors.has(name)) throw BAIL;
    const [deepest, values, aliases] = [this.deepest, this.valueCount, this.aliases];
    this.deepest = depth;
    const [node, value] = this.block(line, this.indents[line]!, depth);
    if (!(node instanceof FastMap)) throw BAIL;
    const height = this.deepest - depth + 1;
    this.deepest = Math.max(deepest, this.deepest);
    // From its first line to the start of the line after it (or the end of the text).
    const characters = (this.line < this.starts.length ? this.starts[this.line]! : this.text.length) - this.starts[line]!;
    this.anchors.set(name, { node, value: value as Record<string, unknown>, values: this.valueCount - values, height, holdsAliases: this.aliases > aliases, characters });
    return [node, value as Record<string, unknown>];
  }

  /** End of an anchor's name: letters, digits, `-` and `_`, then a space or the line's end. */
  private nameEnd(at: number, end: number): number {
    let i = at;
    while (i < end && /[A-Za-z0-9_-]/.test(this.text[i]!)) i++;
    if (i === at || (i < end && this.text.charCodeAt(i) !== SPACE)) throw BAIL;
    return i;
  }

  /** Offset of the `:` that ends a plain implicit key starting at `at`, or -1 when the line holds no such key. */
  private keyEnd(at: number, end: number): number {
    const { text } = this;
    const first = text.charCodeAt(at);
    if (first === 0x22 || first === 0x27) {
      const close = text.indexOf(String.fromCharCode(first), at + 1);
      return close > 0 && close + 1 < end + 1 && text.charCodeAt(close + 1) === COLON ? close + 1 : -1;
    }
    for (let i = at; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) return i;
      if (code === HASH && i > at && text.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }

  /** A mapping key at `at`: its string and the offset of its `:`. */
  private key(at: number, end: number): [string, number] {
    const { text } = this;
    const first = text.charCodeAt(at);
    if (first === 0x22 || first === 0x27) {
      const [key, after] = first === 0x22 ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
      if (text.charCodeAt(after) !== COLON || (after + 1 < end && text.charCodeAt(after + 1) !== SPACE) || after - at > MAX_KEY_LENGTH) throw BAIL;
      return [key, after];
    }
    const colon = this.keyEnd(at, end);
    if (colon <= at || colon - at > MAX_KEY_LENGTH || text.charCodeAt(colon - 1) === SPACE || !startsPlain(text, at)) throw BAIL;
    const source = text.slice(at, colon);
    if (typeof resolvePlain(source) !== 'string') throw BAIL;
    return [source, colon];
  }

  /** A value on the rest of a line: a plain or quoted scalar, or a flow sequence of them. */
  private inline(at: number, end: number, depth: number): [FastNode, unknown] {
    const { text } = this;
    this.valueCount++;
    const first = text.charCodeAt(at);
    if (first === 0x5b) return this.flowSequence(at, end, depth);
    if (first === 0x22 || first === 0x27) {
      const [value, after] = first === 0x22 ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
      this.lineRest(after, end);
      return [new FastScalar(at, after), value];
    }
    if (!startsPlain(text, at)) throw BAIL;
    let last = at;
    for (let i = at; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) break;
        continue;
      }
      if (code === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) throw BAIL;
      last = i + 1;
    }
    return [new FastScalar(at, last), resolvePlain(text.slice(at, last))];
  }

  /** `[a, "b", c]` on one line, scalars only. */
  private flowSequence(at: number, end: number, depth: number): [FastSeq, unknown[]] {
    if (depth >= this.maxDepth - 1) throw BAIL;
    const { text } = this;
    const node = new FastSeq();
    const value: unknown[] = [];
    node.start = at;
    let i = at + 1;
    for (;;) {
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i >= end) throw BAIL;
      const first = text.charCodeAt(i);
      if (first === 0x5d && node.items.length === 0) {
        i++;
        break;
      }
      let item: unknown;
      let itemEnd: number;
      const itemStart = i;
      if (first === 0x22 || first === 0x27) {
        [item, itemEnd] = first === 0x22 ? this.doubleQuoted(i, end) : this.singleQuoted(i, end);
        i = itemEnd;
      } else {
        if (!startsPlain(text, i) || first === 0x2c || first === 0x5d) throw BAIL;
        itemEnd = i;
        for (; i < end; i++) {
          const code = text.charCodeAt(i);
          if (code === 0x2c || code === 0x5d) break;
          if (code === 0x5b || code === 0x7b || code === 0x7d || code === 0x22 || code === 0x27 || code === COLON || code === HASH) throw BAIL;
          if (code !== SPACE) itemEnd = i + 1;
        }
        item = resolvePlain(text.slice(itemStart, itemEnd));
      }
      node.items.push(new FastScalar(itemStart, itemEnd));
      value.push(item);
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      const separator = text.charCodeAt(i);
      i++;
      if (separator === 0x5d) break;
      if (separator !== 0x2c) throw BAIL;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (text.charCodeAt(i) === 0x5d) throw BAIL;
    }
    node.end = i;
    this.valueCount += 1 + node.items.length;
    this.lineRest(i, end);
    return [node, value];
  }

  /** After a value: nothing but spaces and a comment. */
  private lineRest(at: number, end: number): void {
    const { text } = this;
    let i = at;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    if (i < end && (text.charCodeAt(i) !== HASH || i === at)) throw BAIL;
  }

  private singleQuoted(at: number, end: number): [string, number] {
    const { text } = this;
    let out = '';
    let from = at + 1;
    for (;;) {
      const close = text.indexOf("'", from);
      if (close < 0 || close >= end) throw BAIL;
      out += text.slice(from, close);
      if (text.charCodeAt(close + 1) !== 0x27) return [out, close + 1];
      out += "'";
      from = close + 2;
    }
  }

  private doubleQuoted(at: number, end: number): [string, number] {
    const { text } = this;
    let out = '';
    let from = at + 1;
    for (let i = from; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x22) return [out + text.slice(from, i), i + 1];
      if (code !== 0x5c) continue;
      out += text.slice(from, i);
      const escape = text[i + 1];
      const simple = escape === undefined ? undefined : SIMPLE_ESCAPES[escape];
      if (simple !== undefined) {
        out += simple;
        i += 1;
      } else if (escape === 'x' || escape === 'u') {
        const length = escape === 'x' ? 2 : 4;
        const hex = text.slice(i + 2, i + 2 + length);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) throw BAIL;
        const code = parseInt(hex, 16);
        if (code >= 0xd800 && code <= 0xdfff) throw BAIL;
        out += String.fromCharCode(code);
        i += 1 + length;
      } else throw BAIL;
      from = i + 1;
    }
    throw BAIL;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f' };

/** A plain scalar may start here: not an indicator, and `-` only before a digit or dot. */
function startsPlain(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === DASH) {
    const next = text.charCodeAt(at + 1);
    return (next >= 0x30 && next <= 0x39) || next === 0x2e;
  }
  // ? : , [ ] { } # & * ! | > ' " % @ `
  return !'?:,[]{}#&*!|>\'"%@`'.includes(text[at]!);
}

/** A plain scalar's value under the 1.2 core schema, as `yaml` resolves it; bails on what JSON cannot hold. */
/**
 * Four digits and a dash (`2027-01-10`, `2027-01-10T09:00:00Z`): a string in
 * the core schema, since a number has a dash only first or right after its
 * exponent's `e`. Most plain values starting with a digit are such dates, so
 * they skip the number patterns.
 */
function isDateLike(source: string): boolean {
  // The length first: `charCodeAt` past the end (a short plain value) throws away the optimized `inline` it is compiled into.
  if (source.length < 5 || source.charCodeAt(4) !== DASH) return false;
  for (let i = 0; i < 4; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

export function resolvePlain(source: string): unknown {
  const first = source.charCodeAt(0);
  // Letters other than n, N, t, T, f, F start only strings (`.inf` and the rest start with a dot or sign).
  const maybeOther = (first >= 0x30 && first <= 0x39) || first === 0x2b || first === DASH || first === 0x2e || first === 0x7e || 'nNtTfF'.includes(source[0]!);
  if (!maybeOther || isDateLike(source)) return source;
  if (/^(?:~|[Nn]ull|NULL)$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(source)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(source)) return false;
  let number: number | undefined;
  if (/^0o[0-7]+$/.test(source)) number = parseInt(source.substring(2), 8);
  else if (/^[-+]?[0-9]+$/.test(source)) number = parseInt(source, 10);
  else if (/^0x[0-9a-fA-F]+$/.test(source)) number = parseInt(source.substring(2), 16);
  else if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) throw BAIL;
  else if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) number = parseFloat(source);
  if (number === undefined) return source;
  if (!Number.isFinite(number) || Object.is(number, -0)) throw BAIL;
  return number;
}
