/**
 * What the import tells the person: which variables to set, which files to
 * keep out of git, what was estimated, what was not imported and why, and
 * every conflict with both values. File names are shown with control
 * characters escaped (a download's name is not trusted text); no secret
 * value is ever part of a line, only file names and sha256 hashes.
 */
import { escapeControlCharacters } from '../base/text.js';
import type { ImportResult, Note } from './build.js';
import type { Conflict } from './merge.js';

export interface ImportSummary {
  result: ImportResult;
  /** Where the document went: a file, or `stdout`. */
  target: string;
  added: readonly string[];
  conflicts: readonly Conflict[];
  /** Additions the file could not take in place (an alias), for the person to make. */
  unplaced: readonly string[];
  /** Files that were no token or certificate (README, .DS_Store…). */
  ignored: number;
  filesRead: number;
}

function noteLine(note: Note): string {
  return escapeControlCharacters(note.file === undefined ? note.message : `${note.file}: ${note.message}`);
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', title, ...lines.map((line) => `  ${line}`)];
}

export function formatSummary(summary: ImportSummary): string {
  const { result } = summary;
  const spec = result.document.spec;
  const counts = `${spec.units.length} unit(s), ${spec.deviceManagementServices?.length ?? 0} service(s), ${spec.contentTokens?.length ?? 0} content token(s)`;
  const head =
    summary.target === 'stdout'
      ? `imported ${result.document.metadata.name} from ${summary.filesRead} file(s): ${counts}`
      : summary.added.length === 0
        ? `${escapeControlCharacters(summary.target)}: nothing to add (${summary.filesRead} file(s) read)`
        : `${escapeControlCharacters(summary.target)}: added ${summary.added.map(escapeControlCharacters).join('; ')} (${summary.filesRead} file(s) read)`;
  const width = result.variables.reduce((widest, variable) => Math.max(widest, variable.name.length), 0);
  const lines = [
    head,
    ...section(
      'Set these environment variables (secrets stay out of the repository; the sha256 in the file identifies each):',
      result.variables.map((variable) =>
        escapeControlCharacters(
          `${variable.name.padEnd(width)}  ${variable.what}: ${variable.encoding === 'base64' ? 'base64 of' : 'the contents of'} ${variable.from}${variable.sha256 ? ` (sha256 ${variable.sha256})` : ''}`,
        ),
      ),
    ),
    ...section('Keep these files out of git (they are secrets; validate reports them as committed-secret):', result.secrets.map(noteLine)),
    ...section('Check:', result.notes.map(noteLine)),
    ...section('Not imported:', result.skipped.map(noteLine)),
    ...section(
      'Conflicts, left as declared (edit by hand if the file is right):',
      summary.conflicts.map((conflict) => escapeControlCharacters(`${conflict.path}: declared ${conflict.declared}, ${conflict.source} says ${conflict.found}`)),
    ),
    ...section('Not added, the place cannot be edited in place (add by hand):', summary.unplaced.map(escapeControlCharacters)),
  ];
  if (summary.ignored > 0) lines.push('', `${summary.ignored} other file(s) were no token or certificate and were ignored.`);
  return `${lines.join('\n')}\n`;
}

/**
 * A unified diff of an edit that only inserts lines (what `--into` does):
 * the old lines are a subsequence of the new ones, so a greedy walk finds
 * them without a quadratic table.
 */
export function insertionDiff(before: string, after: string, name: string): string {
  const a = before === '' ? [] : before.split('\n');
  const b = after.split('\n');
  const added: boolean[] = [];
  let i = 0;
  for (const line of b) {
    if (i < a.length && a[i] === line) {
      added.push(false);
      i++;
    } else added.push(true);
  }
  if (i < a.length) return fullDiff(a, b, name);
  const hunks: string[] = [];
  const context = 3;
  let index = 0;
  let oldLine = 0;
  while (index < b.length) {
    if (!added[index]) {
      index++;
      oldLine++;
      continue;
    }
    const start = Math.max(0, index - context);
    let end = index;
    while (end < b.length && (added[end] || added.slice(end, end + 2 * context + 1).some(Boolean))) end++;
    end = Math.min(b.length, end + context);
    const body = b.slice(start, end).map((line, offset) => `${added[start + offset] ? '+' : ' '}${line}`);
    const oldCount = added.slice(start, end).filter((flag) => !flag).length;
    const oldStart = oldLine - (index - start) + 1;
    hunks.push(`@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${start + 1},${end - start} @@`);
    for (const line of body) hunks.push(line);
    oldLine += added.slice(index, end).filter((flag) => !flag).length;
    index = end;
  }
  return hunks.length === 0 ? '' : `--- a/${name}\n+++ b/${name}\n${hunks.join('\n')}\n`;
}

function fullDiff(a: readonly string[], b: readonly string[], name: string): string {
  return `--- a/${name}\n+++ b/${name}\n@@ -1,${a.length} +1,${b.length} @@\n${[...a.map((line) => `-${line}`), ...b.map((line) => `+${line}`)].join('\n')}\n`;
}
