/**
 * Credential-shaped values in what a report prints. Two strengths, by where
 * the text comes from (docs/security.md, "What is masked where"):
 *
 * - text we compose (rule messages, error messages, waiver reasons, the
 *   calendar, pull request and dashboard text): only tokens whose prefix
 *   says what they are (`maskPrefixedTokens`). A heuristic there would hide
 *   the `env:` names, file names, e-mail addresses, ids and branch names a
 *   reader needs to act.
 * - raw source text (a code frame's lines) and user values a message quotes
 *   (src/schema/describe.ts): the prefixed tokens and any base64 or
 *   base64url run mixing lower case, upper case and digits
 *   (`maskCredentials`, `looksLikeCredential`), except a run that is clearly
 *   a path.
 *
 * Whole files that hold a secret are never quoted at all (the
 * committed-secret scan, src/artifacts). Every pattern here is linear in the
 * text's length: no pattern can rescan a run from each of its characters.
 */

import { escapeControlCharacters } from './text.js';

/**
 * API keys, passwords and tokens: one word of 16 or more characters mixing
 * lower case, upper case and digits. Dates, ids in kebab case, enum typos,
 * sha256 hashes and UUIDs (one case only) do not match, so they are still shown.
 */
export function looksLikeCredential(word: string): boolean {
  return word.length >= 16 && !/\s/.test(word) && /[a-z]/.test(word) && /[A-Z]/.test(word) && /[0-9]/.test(word);
}

/**
 * Tokens whose prefix says what they are (GitHub, GitLab, Slack, AWS, Apple's
 * OAuth 1 secrets, JWTs): masked whatever their letters. A JWT starts only
 * where a base64url run starts (the lookbehind): from inside a run, a failed
 * `eyJ…` attempt would rescan the rest of the run from every `eyJ` in it.
 */
const PREFIXED_TOKEN =
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|(?:CK|CS|AT|AS)_[A-Za-z0-9]{16,})|(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;
/** The body of a PEM key on the lines after its BEGIN line (base64 and line breaks: the scan stops at the END line's first `-`). */
const PEM_KEY_BODY = /(?<=-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----)\r?\n[\sA-Za-z0-9+/=]+/g;

/** Characters a token, a path or an id is made of: the text is scanned run by run, each run once. */
const TOKEN_SHAPED_RUN = /[A-Za-z0-9_\-+/=.]+/g;
/** A base64 run (a key's body line, a content token, `openssl rand -base64`). */
const BASE64_RUN = /[A-Za-z0-9+/]{16,}={0,2}/g;
/** A base64url run (a password from a generator, a JWT's part): `-` and `_` do not split it. */
const BASE64URL_RUN = /[A-Za-z0-9_-]{20,}/g;
/** Our references, `file:` and `env:`: a file's path, an environment variable's name (never a secret itself). */
const REFERENCE_BEFORE = /\b(?:file|env):$/;
/** A key that names a path: what follows it is one, slashes and all. */
const PATH_KEY_BEFORE = /\b(?:path|paths|file|files|dir|directory|folder|include|source)\s*:\s*["']?$/i;
/** How a path ends: `.yml`, `.p7m`, `.vpptoken`. */
const EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,11}$/;
/** Extensions of the files an Apple setup keeps: a run ending in one is a file name, slash or not. */
const FILE_EXTENSION = /\.(?:ya?ml|json|p7m|p8|p12|pem|cer|crt|der|key|vpptoken|plist|mobileconfig|txt|md|csv)$/i;
/** A word (`Contoso`, `ID`, `2026`) inside a path's segment; a random segment breaks into short pieces. */
const WORD_PIECE = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g;

/** So many characters before a code frame's cut are masked with the shown part: longer than any secret that fits on one line. */
const LONGEST_SECRET = 4096;

function masked(value: string): string {
  return '*'.repeat(value.length);
}

/**
 * `text` with every token known by its prefix, and every PEM key body,
 * replaced by as many `*`. For text we compose: nothing else is touched.
 */
export function maskPrefixedTokens(text: string): string {
  return text.replace(PEM_KEY_BODY, (body) => body.replace(/\S/g, '*')).replace(PREFIXED_TOKEN, masked);
}

/**
 * An error message as the top-level printers show it (CLI stderr, the JSON
 * error document, the Action's failure line): control characters escaped and
 * a token known by its prefix that it quotes (a flag's value, a config
 * value) masked.
 */
export function shownError(message: string): string {
  return maskPrefixedTokens(escapeControlCharacters(message));
}

/**
 * `text` (raw source, or a user's value) with every credential-shaped value
 * replaced by as many `*`: the same length, so a code frame's caret still
 * points at its column.
 */
export function maskCredentials(text: string): string {
  return maskPrefixedTokens(text).replace(TOKEN_SHAPED_RUN, (run: string, offset: number, whole: string) =>
    // An e-mail address's local part (`AdminNyc2026@acme.example`) is a name.
    whole[offset + run.length] === '@' ? run : maskedRun(run, whole.slice(Math.max(0, offset - 40), offset)),
  );
}

/**
 * A source line as a code frame shows it: cut to `shown` characters plus
 * room for a secret that starts inside them, then masked. A run that still
 * reaches the cut is masked whole when it is long enough to be a secret's
 * start, since its end (what would tell) is gone.
 */
export function maskSourceLine(line: string, shown: number): string {
  const limit = shown + LONGEST_SECRET;
  if (line.length <= limit) return maskCredentials(line);
  const cut = maskCredentials(line.slice(0, limit));
  // Walked back by hand: an anchored `[…]{16,}$` would rescan each run of the line from each of its characters.
  let runStart = cut.length;
  while (runStart > 0 && /[A-Za-z0-9_\-+/=.]/.test(cut[runStart - 1]!)) runStart--;
  return cut.length - runStart >= 16 ? cut.slice(0, runStart) + masked(cut.slice(runStart)) : cut;
}

function maskedRun(run: string, before: string): string {
  if (isPath(run, before)) return run;
  const marks = new Uint8Array(run.length);
  for (const pattern of [BASE64_RUN, BASE64URL_RUN]) {
    for (const match of run.matchAll(pattern)) {
      if (looksLikeCredential(match[0])) marks.fill(1, match.index, match.index + match[0].length);
    }
  }
  if (!marks.includes(1)) return run;
  let out = '';
  for (let index = 0; index < run.length; index++) out += marks[index] ? '*' : run[index];
  return out;
}

/** A path or a file name: `customers/Contoso2026/organization.yml`, `file:tokens/Acme2026/Token.p7m`, `Token_2026.vpptoken`. */
function isPath(run: string, before: string): boolean {
  // `+` and `=` are base64's, not a path's.
  if (/[+=]/.test(run)) return false;
  if (REFERENCE_BEFORE.test(before) || FILE_EXTENSION.test(run)) return true;
  if (!run.includes('/')) return false;
  if (PATH_KEY_BEFORE.test(before) || EXTENSION.test(run)) return true;
  const segments = run.split('/');
  // `/etc/…` starts with an empty segment; `a//b` is no path anyone writes.
  return segments.every((segment, index) => (segment === '' ? index === 0 : isWordSegment(segment)));
}

/**
 * `Contoso2026`, `JamfProd2026`, `nyc-apps-2026`: each part between `-`/`_`
 * is words of three or more letters with a vowel (and one acronym of two to four capitals at most)
 * and at most one number, at its start or end. Random base64 (`qHd6ecF28KvsaEpTt7TU`) breaks into
 * short pieces with digits among them.
 */
function isWordSegment(segment: string): boolean {
  return segment.split(/[-_]/).every((part) => {
    const pieces = part.match(WORD_PIECE) ?? [];
    if (pieces.join('') !== part) return false;
    const numbers = pieces.filter((piece) => /^[0-9]/.test(piece));
    if (numbers.length > 1 || (numbers.length === 1 && !/^[0-9]|[0-9]$/.test(part))) return false;
    // Words have a vowel; one acronym (`ID`, `MDM`) per part at most.
    const capitals = pieces.filter((piece) => /^[A-Z]+$/.test(piece));
    const words = pieces.filter((piece) => /[a-z]/.test(piece));
    return capitals.length <= 1 && capitals.every((acronym) => acronym.length >= 2 && acronym.length <= 4) && words.every((word) => word.length >= 3 && /[aeiouy]/i.test(word));
  });
}
