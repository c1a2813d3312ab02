/**
 * Text from YAML files ends up in the job summary, which GitHub renders as
 * Markdown with some HTML: everything user-controlled goes through here so
 * a hostile value cannot add markup, links, mentions, images or table cells.
 */
export function escapeMarkdown(text: string, maxLength = 1000): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  const cut = flat.length > maxLength ? `${flat.slice(0, maxLength)}…` : flat;
  return (
    cut
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]()~!#$|{}]/g, (character) => `\\${character}`)
      // GitHub turns `@name` into a mention (a notification) and bare URLs into links.
      .replace(/@/g, '&#64;')
      .replace(/:\/\//g, '&#58;//')
      .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}&#46;`)
  );
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
