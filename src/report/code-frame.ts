import { maskSourceLine } from '../base/credentials.js';
import type { Region } from '../base/findings.js';
import { escapeControlCharacters } from '../base/text.js';
import type { Palette } from './colors.js';

/**
 * The lines around a finding with a caret line under the spot, as compilers
 * print them. Tabs are shown as single spaces so the carets line up, and
 * credential-shaped values as `*` (see maskSourceLine).
 */
/** Lines past this many characters are cut (a minified or pasted blob would flood the log). */
const MAX_SHOWN_CHARACTERS = 160;

function shownLength(column: number): number {
  return Math.max(MAX_SHOWN_CHARACTERS, column + 40);
}

function shortened(line: string, column: number): string {
  const keep = shownLength(column);
  return line.length > keep ? `${line.slice(0, keep)}…` : line;
}

export function codeFrame(text: string, region: Region, colors: Palette, context = 1): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, region.line - context);
  const last = Math.min(lines.length, region.line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    // Tabs as one space keep the carets aligned; other control characters are shown escaped (see escapeControlCharacters).
    // A credential on the line (a pasted token, a key's body line) is masked whole, before the cut to the shown width could leave part
    // of it; only that width (and room for a secret starting in it) is scanned, so a pasted megabyte costs no more than a line.
    const line = shortened(escapeControlCharacters(maskSourceLine((lines[number - 1] ?? '').replace(/\t/g, ' '), shownLength(region.column))), region.column);
    const marker = number === region.line ? colors.red('>') : ' ';
    out.push(`  ${marker} ${colors.dim(`${String(number).padStart(width)} |`)} ${line}`);
    if (number === region.line) {
      const end = region.endLine === region.line ? region.endColumn : line.length + 1;
      const length = Math.max(1, Math.min(end, line.length + 1) - region.column);
      out.push(`    ${colors.dim(`${' '.repeat(width)} |`)} ${' '.repeat(region.column - 1)}${colors.red('^'.repeat(length))}`);
    }
  }
  return out.join('\n');
}
