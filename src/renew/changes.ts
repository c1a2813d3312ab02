/**
 * The file edits of one renewal pull request: each of its tokens gets
 * `renewal: {requestedAt, dueBy}` in its organization file, in place. Pure:
 * file texts in, file texts out.
 */
import { isMap, isScalar, parseAllDocuments } from 'yaml';
import type { Renewal } from '../base/schema-types.js';
import type { PlannedToken } from './plan-types.js';
import { setRenewal } from './yaml-edit.js';

export interface EditedFile {
  /** Relative to the validated root. */
  file: string;
  content: string;
}

/** Applies every token's renewal to its file; files are returned in the order first touched. */
export function renewalEdits(tokens: readonly PlannedToken[], readFile: (file: string) => string): EditedFile[] {
  const edited = new Map<string, string>();
  for (const token of tokens) {
    const before = edited.get(token.file) ?? readFile(token.file);
    const renewal = { requestedAt: token.requestedAt, dueBy: token.dueBy };
    edited.set(token.file, setRenewal(before, token.path, renewal, { documentIndex: token.documentIndex }));
  }
  return [...edited.entries()].map(([file, content]) => ({ file, content }));
}

/** The `renewal` a token carries in `text` (e.g. the file on an existing renewal branch), if it has one. */
export function readRenewal(text: string, token: Pick<PlannedToken, 'documentIndex' | 'path'>): Renewal | undefined {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) return undefined;
  const node = documents[token.documentIndex]?.getIn([...token.path, 'renewal'], true);
  if (!isMap(node)) return undefined;
  const value = (key: string): string | undefined => {
    const scalar = node.get(key, true);
    return isScalar(scalar) && typeof scalar.value === 'string' ? scalar.value : undefined;
  };
  const requestedAt = value('requestedAt');
  const dueBy = value('dueBy');
  return requestedAt !== undefined && dueBy !== undefined ? { requestedAt, dueBy } : undefined;
}
