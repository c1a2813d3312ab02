import type { Document, LineCounter } from 'yaml';

/** One YAML file in scope, parsed with positions. */
export interface SourceFile {
  /** Relative to the validated root, forward slashes. */
  path: string;
  absolutePath: string;
  text: string;
  lineCounter: LineCounter;
  documents: SourceDocument[];
}

/** One YAML document of a file (`---` separates several in one file). */
export interface SourceDocument {
  file: SourceFile;
  /** 0-based position of the document in its file. */
  index: number;
  node: Document.Parsed;
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
