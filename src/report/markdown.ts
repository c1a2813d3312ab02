import type { Finding, Summary, TokenEntry, ValidationReport } from '../base/findings.js';
import { docsUrl } from '../base/rule-meta.js';
import { repositoryPath } from '../base/repository-path.js';
import { ANNOTATIONS_PER_LEVEL, type AnnotationLevel } from './annotations.js';
import { ARTIFACT_KIND_NAMES } from '../model/labels.js';
import { expiryGantt } from './gantt.js';
import { escapeMarkdown, escapeMarkdownMessage, lineUrl, type LineLinks } from '../base/markdown.js';
import { onlineMarkdown } from './online.js';

export type { LineLinks } from '../base/markdown.js';

export interface MarkdownOptions {
  /** Prefix that turns root-relative paths into repository-relative ones. */
  pathPrefix: string;
  /** Link locations to their lines on GitHub (the Action knows the repository and commit). */
  links?: LineLinks;
  /** Annotations GitHub will not show (over its per-level cap), to say so. */
  hiddenAnnotations?: Readonly<Record<AnnotationLevel, number>>;
}

/** Table rows beyond these are counted, not listed: a job summary holds at most 1 MiB. */
export const MAX_FINDING_ROWS = 200;
export const MAX_TOKEN_ROWS = 200;

const SEVERITY_CELL = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' } as const;

/**
 * The job summary, and `--format markdown`: counts, every finding with a
 * link to its line, every token by expiry, and a gantt chart of expiries.
 */
export function formatMarkdown(report: ValidationReport, options: MarkdownOptions): string {
  const parts = ['## abm-gitops', '', countsLine(report.summary, report.now)];
  const capNote = hiddenNote(options.hiddenAnnotations);
  if (capNote) parts.push('', capNote);
  if (report.findings.length > 0) parts.push('', '### Findings', '', findingsTable(report.findings, options));
  if (report.online) parts.push('', onlineMarkdown(report.online));
  parts.push('', '### Tokens', '');
  if (report.tokens.length === 0) {
    parts.push('No tokens or certificates with an expiry are declared.');
  } else {
    parts.push(tokensTable(report.tokens, report.now, options), '', '### Upcoming expiries', '', expiryGantt(report.tokens, report.findings, report.now));
  }
  return `${parts.join('\n')}\n`;
}

function countsLine(summary: Summary, now: string): string {
  const scope = `${plural(summary.files, 'file')}, ${plural(summary.organizations, 'organization')}`;
  const counts = [
    summary.errors > 0 ? `**${plural(summary.errors, 'error')}**` : '',
    summary.warnings > 0 ? plural(summary.warnings, 'warning') : '',
    summary.infos > 0 ? plural(summary.infos, 'info') : '',
    summary.waived > 0 ? `${summary.waived} waived` : '',
  ].filter(Boolean);
  const asOf = `as of ${now.slice(0, 10)}`;
  if (counts.length === 0) return `✅ No problems in ${scope}, ${asOf}.`;
  const mark = summary.errors > 0 ? '❌' : summary.warnings > 0 ? '⚠️' : 'ℹ️';
  return `${mark} ${counts.join(', ')} in ${scope}, ${asOf}.`;
}

function hiddenNote(hidden: MarkdownOptions['hiddenAnnotations']): string | undefined {
  if (!hidden) return undefined;
  const parts = [
    hidden.error > 0 ? plural(hidden.error, 'more error') : '',
    hidden.warning > 0 ? plural(hidden.warning, 'more warning') : '',
    hidden.notice > 0 ? plural(hidden.notice, 'more notice') : '',
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  return `> GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; the table below also lists the ${parts.join(', ')} it does not show.`;
}

function findingsTable(findings: readonly Finding[], options: MarkdownOptions): string {
  const rows = findings.slice(0, MAX_FINDING_ROWS).map((finding) => {
    const severity = finding.waived ? '💤 waived' : SEVERITY_CELL[finding.severity];
    const rule = `[\`${finding.ruleId}\`](${docsUrl(finding.ruleId)})`;
    const message = finding.waived ? `${escapeMarkdownMessage(finding.message)} (waived: ${escapeMarkdown(finding.waiver?.reason ?? '')})` : escapeMarkdownMessage(finding.message);
    return `| ${severity} | ${rule} | ${location(finding.file, finding.line, finding.column, options)} | ${message} |`;
  });
  const more = findings.length - rows.length;
  const table = ['| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |', ...rows].join('\n');
  return more > 0 ? `${table}\n\n…and ${plural(more, 'more finding')} (see the SARIF or JSON output).` : table;
}

function tokensTable(tokens: readonly TokenEntry[], now: string, options: MarkdownOptions): string {
  const rows = tokens.slice(0, MAX_TOKEN_ROWS).map((token) => {
    const expired = Date.parse(token.expiresAt) <= Date.parse(now);
    const daysLeft = expired ? `${token.daysLeft} (expired)` : String(token.daysLeft);
    const cells = [
      formatExpiry(token.expiresAt),
      daysLeft,
      escapeMarkdown(token.organization),
      ARTIFACT_KIND_NAMES[token.kind],
      escapeMarkdown(token.id),
      token.source,
      location(token.file, token.line, token.column, options),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const more = tokens.length - rows.length;
  const table = ['| Expires | Days left | Organization | Kind | Id | Source | Declared at |', '| --- | ---: | --- | --- | --- | --- | --- |', ...rows].join('\n');
  return more > 0 ? `${table}\n\n…and ${plural(more, 'more token')}.` : table;
}

function location(file: string, line: number, column: number, options: MarkdownOptions): string {
  const path = repositoryPath(file, options.pathPrefix);
  const text = escapeMarkdown(`${path}:${line}:${column}`);
  const url = options.links ? lineUrl(options.links, path, Math.max(1, line)) : undefined;
  return url ? `[${text}](${url})` : text;
}

/** A bare date when the expiry is at midnight UTC (how dates are declared), else date and time. */
function formatExpiry(iso: string): string {
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
