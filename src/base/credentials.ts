/**
 * Credential-shaped values in text a report prints (a code frame's source
 * lines, a message, a waiver reason, a calendar or pull request text).
 * Whole files that hold a secret are never quoted at all (the
 * committed-secret scan, src/artifacts); this catches what sits on one line
 * of a file that is otherwise fine: a pasted API token, one line of a key's
 * base64 body, a content token blob, Apple's `AS_…` access secret.
 */

/**
 * API keys, passwords and tokens: one word of 16 or more characters mixing
 * lower case, upper case and digits. Dates, ids in kebab case, enum typos,
 * sha256 hashes and UUIDs (one case only) do not match, so they are still shown.
 */
export function looksLikeCredential(word: string): boolean {
  return word.length >= 16 && !/\s/.test(word) && /[a-z]/.test(word) && /[A-Z]/.test(word) && /[0-9]/.test(word);
}

/** Tokens whose prefix says what they are (GitHub, GitLab, Slack, AWS, Apple's OAuth 1 secrets, JWTs): masked whatever their letters. */
const PREFIXED_TOKEN =
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|(?:CK|CS|AT|AS)_[A-Za-z0-9]{16,}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})/g;
/** A run of base64 (a key's body line, a content token, a password): masked when it mixes cases and digits (see `looksLikeCredential`). */
const BASE64_RUN = /[A-Za-z0-9+/]{16,}={0,2}/g;
/** A path (`tokens/Acme2026/Token.p7m`) is base64's alphabet too: with a slash, only a run this long counts (a key's body lines are 64). */
const MIN_RUN_WITH_SLASH = 32;

function masked(value: string): string {
  return '*'.repeat(value.length);
}

/**
 * `text` with every credential-shaped value replaced by as many `*`: the
 * same length, so a code frame's caret still points at its column. Linear:
 * no pattern with nested repetition.
 */
export function maskCredentials(text: string): string {
  return text
    .replace(PREFIXED_TOKEN, masked)
    .replace(BASE64_RUN, (run) => ((!run.includes('/') || run.length >= MIN_RUN_WITH_SLASH) && looksLikeCredential(run) ? masked(run) : run));
}
