/**
 * The hidden marker at the end of every renewal pull request's description:
 * with the pull request's author (the bot's account, see
 * GitHubRepository.isBotAuthor), how a later run tells the bot's pull
 * requests from a person's on a branch under the renewal prefix, and which
 * tokens and expiries a pull request was about once a person has closed it
 * without merging (that decision holds for the same token and expiry). Keys
 * and dates come from YAML, so each is percent-encoded: none can end the
 * HTML comment (`-->`) or add a space.
 */
import type { Author } from '../github/index.js';
import { tokenKey, type PlannedToken } from './plan-types.js';

const OPENING = '<!-- abm-gitops:renewal-pull';

/** `key@expiresAt`, as the marker records one token. */
export function markerEntry(token: Pick<PlannedToken, 'organization' | 'kind' | 'id' | 'expiresAt'>): string {
  return encodeURIComponent(`${tokenKey(token)}@${token.expiresAt}`);
}

export function pullMarker(tokens: readonly PlannedToken[]): string {
  return `${OPENING} ${tokens.map(markerEntry).join(' ')} -->`;
}

/**
 * The entries of the marker that ends a pull request's description (the
 * bot writes it as the final block), or undefined when none ends it: a
 * marker with text after it was pasted or written below, not the bot's.
 */
export function markedEntries(body: string | null | undefined): Set<string> | undefined {
  const start = body?.lastIndexOf(`${OPENING} `) ?? -1;
  if (body === null || body === undefined || start === -1) return undefined;
  const end = body.indexOf(' -->', start);
  if (end === -1 || body.slice(end + ' -->'.length).trim() !== '') return undefined;
  return new Set(
    body
      .slice(start + OPENING.length + 1, end)
      .split(' ')
      .filter(Boolean),
  );
}

/**
 * The closing line of every renewal pull request description, from before
 * the marker existed until now (src/renew/pr-text.ts writes it).
 */
const EARLIER_CLOSING_LINE = '<sub>Opened by `abm-gitops renew`.';

/**
 * A description written before the marker existed: the renewal's closing
 * line and no marker anywhere (a marker that does not end the description
 * was moved or pasted: not the bot's as it stands).
 */
export function isEarlierRenewalBody(body: string | null | undefined): boolean {
  return typeof body === 'string' && body.includes(EARLIER_CLOSING_LINE) && !body.includes(OPENING);
}

/**
 * Whether the bot opened this pull request: its author is the bot AND its
 * description ends with the marker the bot writes, or is one the bot wrote
 * before the marker existed (found on the token's own branch, so it is
 * adopted on upgrade instead of being left alone forever). Either alone is
 * not enough: a person can paste the bot's description into their own pull
 * request, and the bot's account may open pull requests of other kinds.
 */
export async function isRenewalPull(pull: { body?: string | null; user?: Author }, github: { isBotAuthor(author: Author): Promise<boolean> }): Promise<boolean> {
  return (markedEntries(pull.body) !== undefined || isEarlierRenewalBody(pull.body)) && (await github.isBotAuthor(pull.user));
}
