/**
 * `abm-gitops tokens` as text, JSON and CSV: every token and certificate
 * across organizations, earliest expiry first. (ICS is report/calendar.ts.)
 */
import type { TokenRow, TokenStatus } from '../base/findings.js';
import { STATUS_WORDS, TOKEN_STATUSES } from '../model/token-status.js';
import { escapeControlCharacters } from '../base/text.js';
import { jsonTextChunks } from './json-stream.js';
import { kindLabel } from '../model/labels.js';

export interface TokenList {
  root: string;
  now: string;
  tokens: readonly TokenRow[];
}

const SOURCE_WORDS: Record<string, string> = { declared: 'declared expiresAt', file: 'read from the file', secret: 'read from the secret' };

export function sourceWords(source: string): string {
  return SOURCE_WORDS[source] ?? source;
}

export function formatTokensText(list: TokenList): string {
  if (list.tokens.length === 0) return `No tokens or certificates with an expiry are declared${where(list.root)}.\n`;
  const header = ['ORGANIZATION', 'KIND', 'ID', 'EXPIRES', 'DAYS LEFT', 'STATUS', 'DATE FROM'];
  const rows = list.tokens.map((token) => [
    token.organization,
    kindLabel(token.kind),
    token.id,
    expiryText(token.expiresAt),
    String(token.daysLeft),
    STATUS_WORDS[token.status],
    sourceWords(token.source),
  ]);
  const widths = header.map((title, column) => rows.reduce((widest, row) => Math.max(widest, row[column]!.length), title.length));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line), '', closingLine(list)].join('\n')}\n`;
}

function closingLine(list: TokenList): string {
  const organizations = new Set(list.tokens.map((token) => token.organization)).size;
  const counts = TOKEN_STATUSES.filter((status) => status !== 'ok')
    .map((status) => [status, list.tokens.filter((token) => token.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${STATUS_WORDS[status]}`);
  const scope = `${plural(list.tokens.length, 'token or certificate', 'tokens and certificates')} in ${plural(organizations, 'organization')}${where(list.root)}`;
  return counts.length === 0 ? `${scope}, none inside an expiry window, as of ${list.now.slice(0, 10)}.` : `${scope}: ${counts.join(', ')}, as of ${list.now.slice(0, 10)}.`;
}

export function formatTokensJson(list: TokenList): string {
  return `${JSON.stringify(tokensDocument(list), null, 2)}\n`;
}

/** `formatTokensJson(list)` in pieces (one a token), for writing as a stream. */
export function* formatTokensJsonChunks(list: TokenList): Generator<string> {
  yield* jsonTextChunks(tokensDocument(list), 2);
  yield '\n';
}

function tokensDocument(list: TokenList) {
  const byStatus = Object.fromEntries(TOKEN_STATUSES.map((status) => [status, list.tokens.filter((token) => token.status === status).length])) as Record<TokenStatus, number>;
  return { version: 1, root: list.root, now: list.now, tokens: list.tokens, summary: { tokens: list.tokens.length, byStatus } };
}

const CSV_COLUMNS = ['organization', 'kind', 'id', 'expiresAt', 'daysLeft', 'status', 'source', 'file', 'line', 'column'] as const;

/** RFC 4180 (CRLF, quoted when needed); text cells that a spreadsheet would run as a formula are prefixed with `'`. */
export function formatTokensCsv(list: TokenList): string {
  const rows = list.tokens.map((token) => CSV_COLUMNS.map((column) => csvCell(token[column])));
  return `${[CSV_COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\r\n')}\r\n`;
}

function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  // Control characters shown escaped (a file name may hold a line break): each row stays one line of the log.
  const text = escapeControlCharacters(value);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A bare date when the expiry is at midnight UTC (how dates are declared), else date and time. */
export function expiryText(iso: string): string {
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

function where(root: string): string {
  return root === '.' ? '' : ` of ${root}`;
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
