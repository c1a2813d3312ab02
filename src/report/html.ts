/**
 * `validate --format html` and the Action's `html-file`: one self-contained
 * page (style, script and the SVG timeline inline; a Content-Security-Policy
 * that forbids every request) an MSP can open, print or attach to a ticket.
 * Readable without JavaScript: every table is complete in the HTML; the
 * inline script only adds sorting and filtering. Every value from the YAML
 * goes through escapeHtml.
 */
import { createHash } from 'node:crypto';
import type { Finding, Severity, TokenRow, ValidationReport } from '../base/findings.js';
import { DEFAULT_EXPIRY } from '../config/index.js';
import { formatDay } from '../base/dates.js';
import { statusRank, STATUS_WORDS, TOKEN_STATUSES, withStatus, type StatusWindows } from '../model/token-status.js';
import type { RepositoryModel } from '../model/types.js';
import { docsUrl } from '../rules/index.js';
import { repositoryPath } from '../base/repository-path.js';
import { kindLabel } from '../model/labels.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';
import { escapeHtml } from './html-escape.js';
import { daysText, timelineSvg } from './html-timeline.js';
import { lineUrl, type LineLinks } from '../base/markdown.js';
import { expiryText, sourceWords } from './tokens.js';
import { toolVersion } from './tool-info.js';
import { onlineHtml } from './online.js';

/** What the page needs from the model beyond the report: every organization (also those with no finding) and the windows. */
export interface ReportViews {
  organizations: ReadonlyArray<{ name: string; displayName?: string; file: string }>;
  expiry: StatusWindows;
}

export interface HtmlOptions {
  pathPrefix: string;
  links?: LineLinks;
  views?: ReportViews;
}

export function reportViews(model: RepositoryModel): ReportViews {
  const organizations: Array<ReportViews['organizations'][number]> = [];
  // Every organization document, also one the schema rejected: it still has a row (with its findings).
  for (const document of model.organizationDocuments) {
    const metadata = (document.value as { metadata?: { name?: unknown; displayName?: unknown } } | null)?.metadata;
    if (typeof metadata?.name !== 'string') continue;
    const displayName = typeof metadata.displayName === 'string' && metadata.displayName !== '' ? { displayName: metadata.displayName } : {};
    organizations.push({ name: metadata.name, ...displayName, file: document.file.path });
  }
  return { organizations, expiry: model.config.expiry };
}

const SEVERITY_WORDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };
const REPOSITORY = '(repository)';

interface OrganizationRow {
  name: string;
  displayName?: string;
  counts: Record<Severity, number>;
  waived: number;
  worst?: Severity;
  tokens: TokenRow[];
}

export function formatHtml(report: ValidationReport, options: HtmlOptions): string {
  const now = new Date(report.now);
  const windows = options.views?.expiry ?? DEFAULT_EXPIRY;
  const tokens = withStatus(report.tokens, now, windows);
  const organizations = organizationRows(report, tokens, options.views);
  const script = HTML_SCRIPT;
  const scriptHash = createHash('sha256').update(script).digest('base64');
  const title = `abm-gitops report: ${report.root}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="abm-gitops ${escapeHtml(toolVersion())}">
<title>${escapeHtml(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header>
<h1>abm-gitops report</h1>
<p class="meta">${escapeHtml(report.root)} as of ${formatDay(now)} (${escapeHtml(report.now)})</p>
${summaryList(report, tokens)}
</header>
<main>
<section aria-labelledby="organizations-heading">
<h2 id="organizations-heading">Organizations</h2>
${organizationsTable(organizations)}
</section>
<section aria-labelledby="timeline-heading">
<h2 id="timeline-heading">Expiry timeline</h2>
${tokens.length === 0 ? '<p>No tokens or certificates with an expiry are declared.</p>' : `<div class="timeline">\n${timelineSvg(tokens, now, windows)}\n</div>\n${legend()}`}
</section>
<section class="deferred" aria-labelledby="findings-heading">
<h2 id="findings-heading">Findings</h2>
${findingsSections(report.findings, options)}
</section>
<section class="deferred" aria-labelledby="tokens-heading">
<h2 id="tokens-heading">Tokens and certificates</h2>
${tokensTable(tokens, options)}
</section>
${report.online ? onlineHtml(report.online, escapeHtml) : ''}</main>
<script>${script}</script>
</body>
</html>
`;
}

function summaryList(report: ValidationReport, tokens: readonly TokenRow[]): string {
  const { summary } = report;
  const expired = tokens.filter((token) => token.status === 'expired').length;
  const items: Array<[string, number]> = [
    ['organizations', summary.organizations],
    ['files', summary.files],
    ['errors', summary.errors],
    ['warnings', summary.warnings],
    ['infos', summary.infos],
    ['waived', summary.waived],
    ['tokens and certificates', tokens.length],
    ['expired', expired],
  ];
  return `<ul class="summary">${items.map(([label, count]) => `<li><strong>${count}</strong>${label}</li>`).join('')}</ul>`;
}

function organizationRows(report: ValidationReport, tokens: readonly TokenRow[], views: ReportViews | undefined): OrganizationRow[] {
  const rows = new Map<string, OrganizationRow>();
  const row = (name: string, displayName?: string): OrganizationRow => {
    let entry = rows.get(name);
    if (!entry) {
      entry = { name, counts: { error: 0, warning: 0, info: 0 }, waived: 0, tokens: [], ...(displayName ? { displayName } : {}) };
      rows.set(name, entry);
    }
    return entry;
  };
  for (const organization of views?.organizations ?? []) row(organization.name, organization.displayName);
  for (const finding of report.findings) {
    if (finding.organization === undefined) continue;
    const entry = row(finding.organization);
    if (finding.waived) entry.waived++;
    else {
      entry.counts[finding.severity]++;
      if (!entry.worst || severityRank(finding.severity) > severityRank(entry.worst)) entry.worst = finding.severity;
    }
  }
  for (const token of tokens) row(token.organization).tokens.push(token);
  return [...rows.values()].sort((a, b) => worstFirst(a, b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function severityRank(severity: Severity | undefined): number {
  return severity === 'error' ? 3 : severity === 'warning' ? 2 : severity === 'info' ? 1 : 0;
}

function worstFirst(a: OrganizationRow, b: OrganizationRow): number {
  return severityRank(b.worst) - severityRank(a.worst) || nextExpiry(a) - nextExpiry(b);
}

function nextExpiry(row: OrganizationRow): number {
  return row.tokens[0] ? Date.parse(row.tokens[0].expiresAt) : Number.MAX_SAFE_INTEGER;
}

function organizationsTable(rows: readonly OrganizationRow[]): string {
  const body = rows.map((row) => {
    const next = row.tokens[0];
    const worstStatus = row.tokens.reduce<TokenRow['status'] | undefined>(
      (worst, token) => (worst === undefined || statusRank(token.status) < statusRank(worst) ? token.status : worst),
      undefined,
    );
    const search = `${row.name} ${row.displayName ?? ''}`.toLowerCase();
    const problems = row.worst !== undefined || (worstStatus !== undefined && worstStatus !== 'ok');
    const worst = row.worst ? `<span class="severity severity-${row.worst}">${SEVERITY_WORDS[row.worst]}</span>` : '<span class="severity severity-none">none</span>';
    const nextCell = next
      ? `${expiryText(next.expiresAt)} <span class="status status-${next.status}">(${escapeHtml(STATUS_WORDS[next.status])}, ${daysText(next.daysLeft, next.status)})</span>`
      : 'no dated token';
    return [
      `<tr data-search="${escapeHtml(search)}" data-problems="${problems ? 1 : 0}">`,
      `<th scope="row" data-value="${escapeHtml(row.name)}">${escapeHtml(row.name)}${row.displayName ? `<br><span class="meta">${escapeHtml(row.displayName)}</span>` : ''}</th>`,
      `<td data-value="${severityRank(row.worst)}">${worst}</td>`,
      `<td data-value="${nextExpiry(row)}">${nextCell}</td>`,
      `<td class="number" data-value="${row.counts.error}">${row.counts.error}</td>`,
      `<td class="number" data-value="${row.counts.warning}">${row.counts.warning}</td>`,
      `<td class="number" data-value="${row.counts.info}">${row.counts.info}</td>`,
      `<td class="number" data-value="${row.tokens.length}">${row.tokens.length}</td>`,
      '</tr>',
    ].join('');
  });
  return `<div id="organization-controls" class="controls" hidden>
<label>Filter <input id="organization-filter" type="search" placeholder="organization name" autocomplete="off"></label>
<label><input id="organization-problems" type="checkbox"> only organizations with findings or tokens inside a window</label>
<span id="organization-count" role="status"></span>
</div>
<table id="organizations">
<caption>${rows.length} organizations, worst first, then by next expiry</caption>
<colgroup><col style="width:24%"><col style="width:12%"><col style="width:32%"><col style="width:8%"><col style="width:8%"><col style="width:8%"><col style="width:8%"></colgroup>
<thead><tr><th scope="col" data-sort="name">Organization</th><th scope="col" data-sort="worst" data-type="number">Worst finding</th><th scope="col" data-sort="next" data-type="number">Next expiry</th><th scope="col" class="number" data-sort="errors" data-type="number">Errors</th><th scope="col" class="number" data-sort="warnings" data-type="number">Warnings</th><th scope="col" class="number" data-sort="infos" data-type="number">Infos</th><th scope="col" class="number" data-sort="tokens" data-type="number">Tokens</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>`;
}

function legend(): string {
  const items = TOKEN_STATUSES.map((status) => `<li class="status-${status}"><span class="swatch" aria-hidden="true"></span>${escapeHtml(STATUS_WORDS[status])}</li>`);
  return `<ul class="legend" aria-label="Legend">${items.join('')}<li>shaded: the error, warning and renewal windows after today</li></ul>`;
}

function findingsSections(findings: readonly Finding[], options: HtmlOptions): string {
  if (findings.length === 0) return '<p>No findings.</p>';
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.organization ?? REPOSITORY;
    const group = groups.get(key) ?? [];
    group.push(finding);
    groups.set(key, group);
  }
  return [...groups]
    .sort(([a], [b]) => (a === REPOSITORY ? -1 : b === REPOSITORY ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([organization, group]) => {
      const rows = group.map((finding) => {
        const severity = finding.waived
          ? `<span class="severity severity-waived">waived ${SEVERITY_WORDS[finding.severity]}</span>`
          : `<span class="severity severity-${finding.severity}">${SEVERITY_WORDS[finding.severity]}</span>`;
        const waiver = finding.waived ? ` <span class="meta">(waived: ${escapeHtml(finding.waiver?.reason ?? '')})</span>` : '';
        return `<tr><td>${severity}</td><td><a href="${escapeHtml(docsUrl(finding.ruleId))}"><code>${escapeHtml(finding.ruleId)}</code></a></td><td>${location(finding.file, finding.line, finding.column, options)}</td><td>${escapeHtml(finding.message)}${waiver}</td></tr>`;
      });
      const heading = organization === REPOSITORY ? 'Repository and configuration' : organization;
      return `<h3>${escapeHtml(heading)}</h3>
<table class="findings">
<caption>${group.length} finding${group.length === 1 ? '' : 's'}</caption>
<colgroup><col style="width:10%"><col style="width:18%"><col style="width:22%"><col style="width:50%"></colgroup>
<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Where</th><th scope="col">Message</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
    })
    .join('\n');
}

function tokensTable(tokens: readonly TokenRow[], options: HtmlOptions): string {
  if (tokens.length === 0) return '<p>No tokens or certificates with an expiry are declared.</p>';
  const rows = tokens.map(
    (token) =>
      `<tr><td>${escapeHtml(token.organization)}</td><td>${kindLabel(token.kind)}</td><td>${escapeHtml(token.id)}</td><td>${expiryText(token.expiresAt)}</td><td class="number">${token.daysLeft}</td><td><span class="status status-${token.status}">${escapeHtml(STATUS_WORDS[token.status])}</span></td><td>${sourceWords(token.source)}</td><td>${location(token.file, token.line, token.column, options)}</td></tr>`,
  );
  return `<table id="tokens">
<caption>${tokens.length} tokens and certificates, earliest expiry first</caption>
<colgroup><col style="width:15%"><col style="width:12%"><col style="width:13%"><col style="width:10%"><col style="width:7%"><col style="width:11%"><col style="width:12%"><col style="width:20%"></colgroup>
<thead><tr><th scope="col">Organization</th><th scope="col">Kind</th><th scope="col">Id</th><th scope="col">Expires</th><th scope="col" class="number">Days left</th><th scope="col">Status</th><th scope="col">Date from</th><th scope="col">Declared at</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** `file:line`, a link to the line on GitHub inside a workflow run. */
function location(file: string, line: number, column: number, options: HtmlOptions): string {
  const path = repositoryPath(file, options.pathPrefix);
  const text = `<code>${escapeHtml(`${path}:${line}:${column}`)}</code>`;
  const url = options.links ? lineUrl(options.links, path, Math.max(1, line)) : undefined;
  return url ? `<a href="${escapeHtml(url)}">${text}</a>` : text;
}
