/**
 * The hidden marker at the end of every renewal pull request's description:
 * how a later run tells the bot's pull requests from a person's on a branch
 * under the renewal prefix, and which tokens and expiries a pull request was
 * about once a person has closed it without merging (that decision holds
 * for the same token and expiry). Keys and dates come from YAML, so each is
 * percent-encoded: none can end the HTML comment (`-->`) or add a space.
 */
import { tokenKey, type PlannedToken } from './plan-types.js';

const OPENING = '<!-- abm-gitops:renewal-pull';

/** `key@expiresAt`, as the marker records one token. */
export function markerEntry(token: Pick<PlannedToken, 'organization' | 'kind' | 'id' | 'expiresAt'>): string {
  return encodeURIComponent(`${tokenKey(token)}@${token.expiresAt}`);
}

export function pullMarker(tokens: readonly PlannedToken[]): string {
  return `${OPENING} ${tokens.map(markerEntry).join(' ')} -->`;
}

/** The entries of the marker in a pull request's description, or undefined when it carries none (not the bot's). */
export function markedEntries(body: string | null | undefined): Set<string> | undefined {
  const start = body?.lastIndexOf(`${OPENING} `) ?? -1;
  if (body === null || body === undefined || start === -1) return undefined;
  const end = body.indexOf(' -->', start);
  if (end === -1) return undefined;
  return new Set(
    body
      .slice(start + OPENING.length + 1, end)
      .split(' ')
      .filter(Boolean),
  );
}

/** Whether the bot opened this pull request: its description carries the marker it writes. */
export function isRenewalPull(pull: { body?: string | null }): boolean {
  return markedEntries(pull.body) !== undefined;
}
