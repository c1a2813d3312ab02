import type { LineCounter } from 'yaml';
import type { Region } from '../base/findings.js';

/**
 * The `yaml` package's messages for a line indented to a column that no
 * mapping or list above it uses. They name the parser's state ("Sequence
 * item without - indicator") and point at column 1; the person editing
 * needs to hear which line is off, by how much, and which columns would fit.
 */
const INDENTATION_MESSAGES = [
  'Sequence item without - indicator',
  'All mapping items must start at the same column',
  'All sequence items must start at the same column',
  'Implicit keys need to be on a single line',
  'Nested mappings are not allowed in compact mappings',
  'A block sequence may not be used as an implicit map key',
];

/** A column (as a count of leading spaces) that a line above uses, and that line. */
interface Level {
  indent: number;
  line: number;
  text: string;
}

export interface IndentationProblem {
  message: string;
  /** The stray indentation itself (or the line's first character when it has none). */
  region: Region;
}

/**
 * Explains a parser error caused by a line indented to a column that lines
 * up with nothing above it, or returns undefined when the error is something
 * else (the line's indentation matches a level above, or the message is not
 * about indentation): then the parser's own words are the better message.
 */
export function explainIndentation(
  text: string,
  lineCounter: LineCounter,
  document: readonly [number, number, ...number[]],
  detail: string,
  errorOffset: number,
): IndentationProblem | undefined {
  if (!INDENTATION_MESSAGES.some((known) => detail.startsWith(known))) return undefined;
  // Only the document's own lines are split: a file of many broken documents stays linear.
  const start = text.lastIndexOf('\n', document[0] - 1) + 1;
  const firstLine = lineCounter.linePos(start).line - 1;
  const lines = text.slice(start, Math.max(document[1], errorOffset + 1)).split(/\r?\n/);
  const found = strayLineIndex(lines, lineCounter.linePos(errorOffset).line - 1 - firstLine, lineCounter.linePos(errorOffset).col);
  if (found === undefined) return undefined;
  const stray = found;
  const indent = leadingSpaces(lines[stray]!);
  const levels = levelsAbove(lines, stray);
  if (levels.length === 0 || levels.some((level) => level.indent === indent)) return undefined;

  const deeper = levels.filter((level) => level.indent > indent).sort((a, b) => a.indent - b.indent)[0];
  const shallower = levels.filter((level) => level.indent < indent).sort((a, b) => b.indent - a.indent)[0];
  const options = [deeper, shallower].filter((level): level is Level => level !== undefined).map((level) => describeLevel(level, firstLine));
  const lineNumber = firstLine + stray + 1;
  return {
    message:
      `Line ${lineNumber} is indented by ${spaces(indent)}, which lines up with no key or list item above it, so YAML cannot tell which entry it belongs to (the parser says: ${detail}). ` +
      `Indent it to the column of the entry it belongs with: ${options.join(', or ')}.`,
    region: indent > 0 ? { line: lineNumber, column: 1, endLine: lineNumber, endColumn: indent + 1 } : { line: lineNumber, column: 1, endLine: lineNumber, endColumn: 2 },
  };
}

function describeLevel(level: Level, firstLine: number): string {
  const lineNumber = firstLine + level.line + 1;
  const key = keyOf(level.text);
  return key === undefined ? `${spaces(level.indent)}, like line ${lineNumber}` : `${spaces(level.indent)}, like \`${key}\` on line ${lineNumber}`;
}

function spaces(count: number): string {
  return count === 1 ? '1 space' : `${count} spaces`;
}

/**
 * The key a line starts with (`name:`, `- id:`), or a bare `-` for a list
 * item: never its value, which may be a token that ended up in the YAML and
 * must not travel into annotations and SARIF.
 */
function keyOf(line: string): string | undefined {
  const match = /^((?:-\s+)*)([A-Za-z0-9_.@/-]{1,40}):(\s|$)/.exec(line.trim());
  if (match) return `${match[1]!.replace(/\s+/g, ' ')}${match[2]}:`;
  return /^-(\s|$)/.test(line.trim()) ? '-' : undefined;
}

/**
 * The line the parser tripped over: the error's own line when the error
 * sits in its indentation, else the next line with content (the parser
 * often reports the end of the entry the stray line was meant to continue).
 */
function strayLineIndex(lines: readonly string[], errorLine: number, errorColumn: number): number | undefined {
  const current = lines[errorLine] ?? '';
  let index = errorColumn <= leadingSpaces(current) + 1 && hasContent(current) ? errorLine : errorLine + 1;
  while (index < lines.length && !hasContent(lines[index]!)) index++;
  return index < lines.length && !isDocumentMarker(lines[index]!) ? index : undefined;
}

/**
 * The indentation levels open at a line: walking up, each line indented
 * less than every line seen so far opens a level (a list item `- key:` opens
 * two, the dash and its key). Stops at the document's start.
 */
function levelsAbove(lines: readonly string[], stray: number): Level[] {
  const levels: Level[] = [];
  let lowest = Infinity;
  for (let index = stray - 1; index >= 0 && lowest > 0; index--) {
    const line = lines[index]!;
    if (isDocumentMarker(line)) break;
    if (!hasContent(line)) continue;
    const indent = leadingSpaces(line);
    if (indent >= lowest) continue;
    // Deeper lines seen so far were the text of a block scalar (`key: |`), not structure.
    if (/[|>][-+1-9]*\s*(#.*)?$/.test(line)) removeDeeper(levels, indent);
    levels.push({ indent, line: index, text: line });
    const item = /^(\s*-\s+)\S/.exec(line);
    if (item && item[1]!.length < lowest) levels.push({ indent: item[1]!.length, line: index, text: line });
    lowest = indent;
  }
  return levels;
}

function removeDeeper(levels: Level[], indent: number): void {
  for (let index = levels.length - 1; index >= 0; index--) if (levels[index]!.indent > indent) levels.splice(index, 1);
}

function hasContent(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

function isDocumentMarker(line: string): boolean {
  return /^(---|\.\.\.)(\s|$)/.test(line);
}

function leadingSpaces(line: string): number {
  return /^ */.exec(line)![0].length;
}
