import type { ValidationReport } from '../base/findings.js';
import type { RuleMeta } from '../base/rule-meta.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJunit } from './junit.js';
import { formatHtml, type ReportViews } from './html.js';
import { formatJson, jsonReportChunks } from './json.js';
import { formatMarkdown, type LineLinks } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'github', 'markdown', 'html', 'junit', 'gitlab'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface FormatOptions {
  color: boolean;
  quiet: boolean;
  /** File texts by path relative to the validated root (code frames). */
  sources: ReadonlyMap<string, string>;
  /** Prefix that turns root-relative paths into repository-relative ones (SARIF, annotations). */
  pathPrefix: string;
  /** The rules of the run, for formats that describe them (SARIF). */
  rules: readonly RuleMeta[];
  /** Where lines live on GitHub, for links in Markdown (known inside a workflow run). */
  links?: LineLinks;
  /** Every organization and the expiry windows, for the HTML report (from `reportViews(model)`). */
  views?: ReportViews;
}

type Formatter = (report: ValidationReport, options: FormatOptions) => string;

const FORMATTERS: Partial<Record<OutputFormat, Formatter>> = {
  text: formatText,
  json: (report) => formatJson(report),
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
  html: formatHtml,
  junit: formatJunit,
  gitlab: formatGitlab,
};

export function formatReport(format: OutputFormat, report: ValidationReport, options: FormatOptions): string {
  const formatter = FORMATTERS[format];
  if (!formatter) throw new Error(`no formatter for ${format}`);
  return formatter(report, options);
}

/**
 * `formatReport` as pieces to write one after the other: the JSON report
 * (16 MB at 10,000 organizations) is never held as one string; the other
 * formats are one piece.
 */
export function formatReportChunks(format: OutputFormat, report: ValidationReport, options: FormatOptions): Iterable<string> {
  return format === 'json' ? jsonReportChunks(report) : [formatReport(format, report, options)];
}

export { formatJsonError } from './json.js';
export { jsonTextChunks } from './json-stream.js';
export { reportViews, type ReportViews } from './html.js';
export { escapeHtml } from './html-escape.js';
export { annotationsOf, capAnnotations } from './annotations.js';
export { formatHtml } from './html.js';
export { formatMarkdown } from './markdown.js';
export { formatSarif } from './sarif.js';
export { formatText } from './text.js';
export { toolVersion } from './tool-info.js';
export { findPackageRoot, readRulePage } from './rule-docs.js';
export { formatTokensCsv, formatTokensJson, formatTokensJsonChunks, formatTokensText } from './tokens.js';
export { type CalendarEvent, calendarUid, formatCalendar } from './calendar.js';
