import type { OnlineSummary } from '../base/findings.js';
import { APPLE_API_NAMES, APPLE_APIS, type AppleApi } from '../model/live-state.js';
import { escapeMarkdown } from '../base/markdown.js';

/** Skipped checks listed one by one up to this many; the rest are counted (the JSON has them all). */
export const MAX_SKIPPED_ROWS = 50;

function apiName(api: string): string {
  return APPLE_API_NAMES[api as AppleApi] ?? api;
}

/** "Apple answered for 3 organizations: Apple Business API 2, device enrollment (ADE) API 4, Apps and Books API 5." */
export function checkedSentence(online: OnlineSummary): string {
  const counts = APPLE_APIS.map((api) => `${apiName(api)} ${online.checked[api]}`).join(', ');
  const organizations = `${online.organizations} organization${online.organizations === 1 ? '' : 's'}`;
  return `Checked with Apple (${organizations}): answers from the ${counts}.`;
}

function skippedSubject(skip: OnlineSummary['skipped'][number]): string {
  return skip.subject !== undefined ? `${skip.organization} (${skip.subject})` : skip.organization;
}

/** The text report's lines: what was asked, then what was not and why. */
export function onlineText(online: OnlineSummary): string {
  const lines = [checkedSentence(online)];
  if (online.skipped.length > 0) {
    lines.push(`Not checked (${online.skipped.length}):`);
    for (const skip of online.skipped.slice(0, MAX_SKIPPED_ROWS)) lines.push(`  ${skippedSubject(skip)}  ${apiName(skip.api)}: ${skip.reason}`);
    const more = online.skipped.length - MAX_SKIPPED_ROWS;
    if (more > 0) lines.push(`  …and ${more} more (see --format json).`);
  }
  return lines.join('\n');
}

/** The Markdown / job summary section. */
export function onlineMarkdown(online: OnlineSummary): string {
  const parts = ['### Checked with Apple', '', escapeMarkdown(checkedSentence(online))];
  if (online.skipped.length === 0) {
    parts.push('', 'Nothing was skipped: every organization had the credentials each API needs.');
    return parts.join('\n');
  }
  const rows = online.skipped
    .slice(0, MAX_SKIPPED_ROWS)
    .map((skip) => `| ${escapeMarkdown(skippedSubject(skip))} | ${escapeMarkdown(apiName(skip.api))} | ${escapeMarkdown(skip.reason)} |`);
  parts.push('', 'Not checked, for lack of a credential or because the product has no such API:', '', '| Organization | API | Why |', '| --- | --- | --- |');
  const more = online.skipped.length - rows.length;
  const tail = more > 0 ? ['', `…and ${more} more (see the JSON output).`] : [];
  return parts.concat(rows, tail).join('\n');
}

/** The HTML report's section (text escaped with the report's own escaper). */
export function onlineHtml(online: OnlineSummary, escapeHtml: (text: string) => string): string {
  const items = online.skipped
    .slice(0, MAX_SKIPPED_ROWS)
    .map((skip) => `<tr><td>${escapeHtml(skippedSubject(skip))}</td><td>${escapeHtml(apiName(skip.api))}</td><td>${escapeHtml(skip.reason)}</td></tr>`);
  const more = online.skipped.length - items.length;
  const table =
    items.length === 0
      ? '<p>Nothing was skipped: every organization had the credentials each API needs.</p>'
      : `<table><caption>Not checked, for lack of a credential or because the product has no such API</caption><thead><tr><th scope="col">Organization</th><th scope="col">API</th><th scope="col">Why</th></tr></thead><tbody>${items.join('')}</tbody></table>${more > 0 ? `<p>…and ${more} more (see the JSON output).</p>` : ''}`;
  return `<section aria-labelledby="online-heading">
<h2 id="online-heading">Checked with Apple</h2>
<p>${escapeHtml(checkedSentence(online))}</p>
${table}
</section>
`;
}
