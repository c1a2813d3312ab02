/**
 * Writes `renewal: {requestedAt, dueBy}` onto one token of an organization
 * file while leaving every other byte alone (the in-place edit itself lives
 * in `load/yaml-edit.ts`, shared with `import`).
 */
import { isMap, isScalar } from 'yaml';
import { describePath, editYaml, parseDocument, YamlEditError, type YamlEdit, type YamlPath } from '../load/index.js';

export interface Renewal {
  requestedAt: string;
  dueBy: string;
}

export interface SetRenewalOptions {
  /** Which document of a multi-document file holds the token (default 0). */
  documentIndex?: number;
}

const RENEWAL_KEYS = ['requestedAt', 'dueBy'] as const;
const CALLER = 'setRenewal';

export function setRenewal(text: string, path: YamlPath, renewal: Renewal, options: SetRenewalOptions = {}): string {
  const documentIndex = options.documentIndex ?? 0;
  const edits = renewalEdits(text, path, renewal, documentIndex);
  return edits.length === 0 ? text : editYaml(text, edits, { documentIndex, caller: CALLER });
}

function renewalEdits(text: string, path: YamlPath, renewal: Renewal, documentIndex: number): YamlEdit[] {
  const tokenMap = parseDocument(text, documentIndex, CALLER).getIn(path, true);
  if (!isMap(tokenMap)) throw new YamlEditError(`${CALLER}: ${describePath(path)} in document ${documentIndex} is not a mapping`);
  const existing = tokenMap.get('renewal', true);
  if (existing === undefined) return [{ op: 'add', path, entries: { renewal: { requestedAt: renewal.requestedAt, dueBy: renewal.dueBy } } }];
  if (!isMap(existing)) throw new YamlEditError(`${CALLER}: the token already has a \`renewal\` that is not a mapping; fix it by hand`);
  const edits: YamlEdit[] = [];
  const missing: Partial<Renewal> = {};
  for (const key of RENEWAL_KEYS) {
    const value = existing.get(key, true);
    if (value === undefined) missing[key] = renewal[key];
    else if (!isScalar(value) || String(value.value) !== renewal[key]) edits.push({ op: 'replace', path: [...path, 'renewal', key], value: renewal[key] });
  }
  if (Object.keys(missing).length > 0) edits.push({ op: 'add', path: [...path, 'renewal'], entries: missing as Record<string, string> });
  return edits;
}
