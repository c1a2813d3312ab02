/**
 * Small text helpers every layer uses. Two of them used to share the name
 * `oneLine` with different meanings; the names now say which is which.
 */

/**
 * Messages quote values from YAML a pull request may have written: a line
 * break or carriage return in one could start a line that CI reads as a
 * command (`::error::`, `::add-mask::`). Control characters are shown escaped
 * (`\u000a`), so the text stays on one line and nothing in it is lost.
 */
export function escapeControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first line of an error's message (or of any thrown value), for one-line error output. */
export function firstLineOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0]!;
}

/** Orders strings by UTF-16 code units, the same on every machine and locale (unlike localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `text` with its characters in one piece. V8 keeps a string built by `+`,
 * a template or `path.join` as a tree of the pieces it was built from; a
 * repository path kept for the whole run costs ten of them (about 300
 * bytes) until something reads it character by character, which makes V8
 * flatten it in place. The content is unchanged.
 */
export function flatText(text: string): string {
  text.charCodeAt(0);
  return text;
}
