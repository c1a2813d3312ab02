import type { Document, LineCounter } from 'yaml';

/** One YAML file in scope, parsed with positions. */
export interface SourceFile {
  /** Relative to the validated root, forward slashes. */
  path: string;
  absolutePath: string;
  text: string;
  lineCounter: LineCounter;
  documents: SourceDocument[];
  /**
   * The documents' syntax trees, by index, for positions. Holding 10,000 of
   * them costs more in garbage collection than parsing a few again, so once
   * the model is built they are released and re-parsed from `text` on demand.
   */
  syntaxTrees?: Document.Parsed[];
  /** Parses `text` again exactly as the first time; only set when that is guaranteed (the file had no problem). */
  reparse?: () => Document.Parsed[];
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

/** The syntax tree of a document, parsed again if it was released. */
export function syntaxOf(document: SourceDocument): Document.Parsed {
  const { file } = document;
  file.syntaxTrees ??= file.reparse!();
  return file.syntaxTrees[document.index]!;
}

/** Drops a file's syntax trees when they can be rebuilt; positions still work, at the cost of a parse. */
export function releaseSyntax(file: SourceFile): void {
  if (file.reparse) delete file.syntaxTrees;
}
