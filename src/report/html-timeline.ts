/**
 * The HTML report's timeline: inline SVG drawn here (no chart library, no
 * request), one row per organization in order of its next expiry, one mark
 * per token or certificate, today as a line, and the error, warning and
 * renewal windows as bands after it. Every mark has a title in words.
 */
import type { TokenRow } from '../base/findings.js';
import { DAY_MS, formatDay } from '../base/dates.js';
import { STATUS_WORDS, type StatusWindows } from '../model/token-status.js';
import { kindLabel } from '../model/labels.js';
import { escapeHtml } from './html-escape.js';

/** Rows beyond these are counted, not drawn: the tokens table below the chart lists everything. */
export const TIMELINE_MAX_ORGANIZATIONS = 250;

const LABEL_WIDTH = 190;
const CHART_WIDTH = 760;
const ROW_HEIGHT = 18;
const TOP = 42;
const BOTTOM = 12;
/** Marks this far before today are drawn at the chart's left edge: a year-old expiry must not squash the rest. */
const MAX_PAST_MS = 120 * DAY_MS;

export function timelineSvg(tokens: readonly TokenRow[], now: Date, windows: StatusWindows): string {
  const rows = groupByOrganization(tokens);
  const shown = rows.slice(0, TIMELINE_MAX_ORGANIZATIONS);
  const times = tokens.map((token) => Date.parse(token.expiresAt));
  const nowMs = now.getTime();
  // Folds, not Math.min(...times): a spread of every token's time overflows the call stack at scale.
  const start = Math.max(times.reduce((min, time) => Math.min(min, time), nowMs - 14 * DAY_MS) - 7 * DAY_MS, nowMs - MAX_PAST_MS);
  const end = times.reduce((max, time) => Math.max(max, time), nowMs + windows.renewBeforeMs + 14 * DAY_MS) + 14 * DAY_MS;
  const x = (ms: number) => LABEL_WIDTH + ((Math.min(Math.max(ms, start), end) - start) / (end - start)) * CHART_WIDTH;
  const height = TOP + shown.length * ROW_HEIGHT + BOTTOM;
  const width = LABEL_WIDTH + CHART_WIDTH + 10;
  const bottom = height - BOTTOM;

  const parts: string[] = [];
  for (const part of windowBands(nowMs, windows, x, bottom)) parts.push(part);
  for (const part of monthTicks(start, end, x, bottom)) parts.push(part);
  shown.forEach(([organization, marks], index) => {
    const y = TOP + index * ROW_HEIGHT;
    const label = organization.length > 26 ? `${organization.slice(0, 25)}…` : organization;
    parts.push(
      `<g class="row"><line class="grid" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH + CHART_WIDTH}" y1="${y + ROW_HEIGHT / 2}" y2="${y + ROW_HEIGHT / 2}"/>` +
        `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + ROW_HEIGHT / 2 + 4}" text-anchor="end"><title>${escapeHtml(organization)}</title>${escapeHtml(label)}</text>`,
    );
    for (const token of marks) {
      const cx = x(Date.parse(token.expiresAt)).toFixed(1);
      const title = `${token.organization}: the ${token.id} ${kindLabel(token.kind)} ${token.status === 'expired' ? 'expired on' : 'expires on'} ${formatDay(new Date(token.expiresAt))} (${daysText(token.daysLeft, token.status)}, ${STATUS_WORDS[token.status]})`;
      parts.push(`<circle class="mark status-${token.status}" cx="${cx}" cy="${y + ROW_HEIGHT / 2}" r="5"><title>${escapeHtml(title)}</title></circle>`);
    }
    parts.push('</g>');
  });
  const todayX = x(nowMs).toFixed(1);
  parts.push(
    `<line id="timeline-today" class="today" x1="${todayX}" x2="${todayX}" y1="${TOP - 14}" y2="${bottom}"/>`,
    `<text class="today-label" x="${todayX}" y="${TOP - 18}" text-anchor="middle">today ${formatDay(now)}</text>`,
  );
  const hidden = rows.length - shown.length;
  const description = `${tokens.length} tokens and certificates of ${rows.length} organizations by expiry date, today (${formatDay(now)}) marked with a line${hidden > 0 ? `; the first ${shown.length} organizations by next expiry are drawn` : ''}.`;
  return [
    `<svg id="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="timeline-title timeline-desc">`,
    '<title id="timeline-title">Expiry timeline</title>',
    `<desc id="timeline-desc">${escapeHtml(description)}</desc>`,
    ...parts,
    '</svg>',
    hidden > 0 ? `<p class="note">${hidden} more organizations expire later than those drawn; the tokens table lists every token.</p>` : '',
  ].join('\n');
}

function groupByOrganization(tokens: readonly TokenRow[]): Array<[string, TokenRow[]]> {
  const rows = new Map<string, TokenRow[]>();
  for (const token of tokens) {
    const marks = rows.get(token.organization) ?? [];
    marks.push(token);
    rows.set(token.organization, marks);
  }
  return [...rows];
}

function windowBands(nowMs: number, windows: StatusWindows, x: (ms: number) => number, bottom: number): string[] {
  const bands = [
    { from: 0, to: windows.errorBeforeMs, name: 'error window' },
    { from: windows.errorBeforeMs, to: windows.warnBeforeMs, name: 'warning window' },
    { from: windows.warnBeforeMs, to: windows.renewBeforeMs, name: 'renewal window' },
  ].filter((band) => band.to > band.from);
  return bands.map((band) => {
    const left = x(nowMs + band.from);
    const width = Math.max(0, x(nowMs + band.to) - left);
    const kind = band.name.split(' ')[0];
    return `<rect class="band band-${kind}" x="${left.toFixed(1)}" y="${TOP}" width="${width.toFixed(1)}" height="${Math.max(0, bottom - TOP)}"><title>${band.name}: ${Math.round(band.from / DAY_MS)} to ${Math.round(band.to / DAY_MS)} days from today</title></rect>`;
  });
}

function monthTicks(start: number, end: number, x: (ms: number) => number, bottom: number): string[] {
  const months = (end - start) / (30 * DAY_MS);
  const step = months > 36 ? 6 : months > 18 ? 3 : 1;
  const ticks: string[] = [];
  const first = new Date(start);
  for (
    let month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
    month.getTime() <= end;
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + step, 1))
  ) {
    const at = x(month.getTime()).toFixed(1);
    // A label that would run past the chart's right edge is cut by the SVG: the line alone says enough.
    const fits = Number(at) + 44 <= LABEL_WIDTH + CHART_WIDTH;
    const label = fits ? `<text class="tick-label" x="${at}" y="${TOP - 6}" text-anchor="start">${month.toISOString().slice(0, 7)}</text>` : '';
    ticks.push(`<line class="tick" x1="${at}" x2="${at}" y1="${TOP - 4}" y2="${bottom}"/>${label}`);
  }
  return ticks;
}

export function daysText(daysLeft: number, status: string): string {
  if (status === 'expired') return daysLeft === 0 ? 'expired today' : `${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago`;
  return `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
}
