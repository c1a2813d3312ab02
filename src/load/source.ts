import { LineCounter, type Document } from 'yaml';
import { exactly } from '../base/arrays.js';
import type { Region } from '../base/findings.js';
import type { FastNode } from './fast-yaml.js';

/** What a released file needs to become whole again: its text, read anew, with its positions and syntax trees. */
export interface RestoredSource {
  text: string;
  lineCounter: LineCounter;
  syntaxTrees: Document.Parsed[];
}

/**
 * A released file read anew: its text, and when the fast path read it (fast-yaml.ts)
 * its scalars' positions; the line index and `yaml`'s trees only when a position needs
 * them. A report that only quotes the file's lines never parses it again.
 */
export interface FastRestoredSource {
  text: string;
  fastTrees: FastNode[] | undefined;
  reparse: (text: string) => RestoredSource;
}

/**
 * One YAML file in scope, parsed with positions. Once a file is modelled its
 * text, line index and syntax trees can be released (`releaseSyntax`): at
 * 10,000 organizations holding them costs more memory and garbage collection
 * than reading and parsing again the few files a finding points into.
 */
export class SourceFile {
  #documents: SourceDocument[] = [];
  #text: string | undefined;
  #lineCounter: LineCounter | undefined;
  #syntaxTrees: Document.Parsed[] | undefined;
  #restore: (() => RestoredSource | FastRestoredSource) | undefined;
  #fastTrees: FastNode[] | undefined;
  #reparse: ((text: string) => RestoredSource) | undefined;
  /** Regions placed while the file was whole (`pinRegions`), by document and path; kept when the rest is released. */
  #pinned: Map<string, Region> | undefined;

  constructor(
    /** Relative to the validated root, forward slashes. */
    readonly path: string,
    readonly absolutePath: string,
    text: string,
    lineCounter: LineCounter,
    /** The documents' syntax trees, by index, for positions. */
    syntaxTrees?: Document.Parsed[],
  ) {
    this.#text = text;
    this.#lineCounter = lineCounter;
    this.#syntaxTrees = syntaxTrees;
    this.#fastTrees = undefined;
    this.#reparse = undefined;
  }

  /**
   * A file the fast path read (fast-yaml.ts): `fastTrees` place its scalars;
   * its line index and `yaml` syntax trees are made from its text only when
   * a position needs them (`reparse` parses it with `yaml`).
   */
  static fast(path: string, absolutePath: string, text: string, fastTrees: FastNode[], reparse: (text: string) => RestoredSource): SourceFile {
    const file = new SourceFile(path, absolutePath, text, undefined as unknown as LineCounter);
    file.#fastTrees = fastTrees;
    file.#reparse = reparse;
    return file;
  }

  /** The file's documents, in file order; the loaders add them, then `settleDocuments`. */
  get documents(): SourceDocument[] {
    return this.#documents;
  }

  /** Once every document is in: drops the room `push` left in the list (see `exactly`). */
  settleDocuments(): void {
    this.#documents = exactly(this.#documents);
  }

  get text(): string {
    if (this.#text === undefined) this.#restored();
    return this.#text!;
  }

  get lineCounter(): LineCounter {
    if (this.#text === undefined && this.#restore) this.#restored();
    if (this.#lineCounter === undefined && this.#text !== undefined && this.#reparse) {
      // The fast path's texts break lines only at line feeds; any other text's line index is the parser's own.
      if (this.#fastTrees) this.#lineCounter = lineCounterOf(this.#text);
      else this.#reparsed();
    }
    return this.#lineCounter!;
  }

  get syntaxTrees(): Document.Parsed[] | undefined {
    if (this.#syntaxTrees === undefined && this.#text === undefined && this.#restore) this.#restored();
    if (this.#syntaxTrees === undefined && this.#text !== undefined && this.#reparse) this.#reparsed();
    return this.#syntaxTrees;
  }

  #reparsed(): void {
    const { lineCounter, syntaxTrees } = this.#reparse!(this.#text!);
    this.#syntaxTrees = syntaxTrees;
    if (!this.#fastTrees) this.#lineCounter ??= lineCounter;
  }

  /** The fast path's scalar positions of a document; a released file is read again for them. */
  fastTreeOf(index: number): FastNode | undefined {
    if (this.#text === undefined && this.#restore) this.#restored();
    return this.#fastTrees?.[index];
  }

  /** The region `pin` kept for a path of a document, if any. */
  pinnedRegion(index: number, path: DocPath): Region | undefined {
    return this.#pinned?.get(pinKey(index, path));
  }

  pin(index: number, path: DocPath, region: Region): void {
    (this.#pinned ??= new Map()).set(pinKey(index, path), region);
  }

  /**
   * Lets `releaseSyntax` drop the text, line index and trees; `restore` must
   * give back exactly what was parsed the first time (the parser sets it only
   * when it can promise that).
   */
  set restore(restore: () => RestoredSource | FastRestoredSource) {
    this.#restore = restore;
  }

  get releasable(): boolean {
    return this.#restore !== undefined;
  }

  release(): void {
    if (!this.#restore) return;
    this.#text = undefined;
    this.#lineCounter = undefined;
    this.#syntaxTrees = undefined;
    this.#fastTrees = undefined;
    // Restoring gives it back with the text; a released file keeps no closure.
    this.#reparse = undefined;
  }

  #restored(): void {
    const restored = this.#restore!();
    this.#text = restored.text;
    if ('reparse' in restored) {
      this.#fastTrees = restored.fastTrees;
      this.#reparse = restored.reparse;
    } else {
      this.#lineCounter = restored.lineCounter;
      this.#syntaxTrees = restored.syntaxTrees;
    }
  }
}

/** Numbers and strings stay apart (`[0]` is an item, `['0']` a key). */
function pinKey(index: number, path: DocPath): string {
  return JSON.stringify([index, ...path]);
}

/** Line starts as `yaml`'s parser reports them: 0, then after every line feed. */
function lineCounterOf(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) lineCounter.addNewLine(newline + 1);
  return lineCounter;
}

/** One YAML document of a file (`---` separates several in one file). */
export interface SourceDocument {
  file: SourceFile;
  /** 0-based position of the document in its file. */
  index: number;
  /** The document as plain data (aliases and merge keys resolved); undefined when it could not be built. */
  value: unknown;
}

/** A path into a document, as keys and list indexes: `['spec', 'units', 0, 'id']`. */
export type DocPath = readonly (string | number)[];

/** `['spec','contentTokens',0,'expiresAt']` → `spec.contentTokens[0].expiresAt` */
export function formatPath(path: DocPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** The syntax tree of a document, parsed again if it was released; undefined when the file changed on disk since. */
export function syntaxOf(document: SourceDocument): Document.Parsed | undefined {
  return document.file.syntaxTrees?.[document.index];
}

/** Drops a file's text, line index and syntax trees when they can be rebuilt; positions still work, at the cost of a read and a parse. */
export function releaseSyntax(file: SourceFile): void {
  file.release();
}

/**
 * Each file's text by path, read (again, when released) only when asked for:
 * a report quotes the lines of the few files that have findings, not all of them.
 * A file `quotable` refuses (one holding a secret) has no text here at all.
 */
export function textsByPath(files: readonly SourceFile[], quotable: (file: SourceFile) => boolean = () => true): ReadonlyMap<string, string> {
  return new TextsByPath(new Map(files.map((file) => [file.path, file])), quotable);
}

class TextsByPath implements ReadonlyMap<string, string> {
  constructor(
    private readonly files: ReadonlyMap<string, SourceFile>,
    private readonly quotable: (file: SourceFile) => boolean,
  ) {}
  get size(): number {
    return this.files.size;
  }
  get(path: string): string | undefined {
    const file = this.files.get(path);
    return file ? this.textOf(file) : undefined;
  }
  has(path: string): boolean {
    return this.files.has(path);
  }
  keys(): MapIterator<string> {
    return this.files.keys();
  }
  *values(): MapIterator<string> {
    for (const [, text] of this.entries()) yield text;
  }
  *entries(): MapIterator<[string, string]> {
    for (const [path, file] of this.files) {
      const text = this.textOf(file);
      if (text !== undefined) yield [path, text];
    }
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
  forEach(callback: (text: string, path: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [path, text] of this.entries()) callback(text, path, this);
  }
  private textOf(file: SourceFile): string | undefined {
    return this.quotable(file) ? file.text : undefined;
  }
}
