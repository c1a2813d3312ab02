/**
 * Text from YAML files ends up in the job summary and in pull request
 * bodies, which GitHub renders as Markdown with some HTML: everything
 * user-controlled goes through here so a hostile value cannot add markup,
 * links, mentions, images or table cells.
 *
 * Mentions and autolinks are broken with a zero-width joiner (U+200D), as
 * Renovate and Dependabot do: GitHub decodes HTML entities before it looks
 * for `@name` or `https://`, so `&#64;` would still notify.
 */
const ZERO_WIDTH_JOINER = '\u200D';

function flatten(text: string, maxLength: number): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  return flat.length > maxLength ? `${flat.slice(0, maxLength)}…` : flat;
}

function escapeFlat(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()~!#$|{}]/g, (character) => `\\${character}`)
    .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_JOINER}//`)
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_JOINER}.`);
}

/** Plain text: every Markdown character escaped, no mention, no autolink, one line. */
export function escapeMarkdown(text: string, maxLength = 1000): string {
  return escapeFlat(flatten(text, maxLength));
}

/**
 * A message for a table cell, whose `identifiers` in backticks render as
 * code (nothing inside a code span is markup, a link or a mention) and
 * whose other text is escaped. Only `|` needs escaping inside a code span,
 * and only in a table, where GitHub splits cells before it reads spans.
 */
export function escapeMarkdownMessage(text: string, maxLength = 1000): string {
  return flatten(text, maxLength)
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? part.replace(/\|/g, '\\|') : escapeFlat(part)))
    .join('');
}

/** Where a file's lines live on GitHub: `<server>/<owner>/<repo>/blob/<sha>/`. */
export interface LineLinks {
  serverUrl: string;
  repository: string;
  sha: string;
}

/** A link to one line, or undefined when the pieces do not look like GitHub's (no link beats a wrong one). */
export function lineUrl(links: LineLinks, file: string, line: number): string | undefined {
  if (!/^https?:\/\/[^\s()<>]+$/.test(links.serverUrl)) return undefined;
  if (!/^[\w.-]+\/[\w.-]+$/.test(links.repository) || !/^[0-9a-f]{7,64}$/i.test(links.sha)) return undefined;
  const path = file.split('/').map(encodePathSegment).join('/');
  return `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/blob/${links.sha}/${path}#L${line}`;
}

/** encodeURIComponent leaves `!'()*`; parentheses would end a Markdown link early. */
function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
