/**
 * The renewal pull request's marker and who counts as its author: a pull
 * request is the bot's only when its description ends with the marker and
 * the bot (see GitHubRepository.isBotAuthor) opened it.
 */
import { describe, expect, it } from 'vitest';
import type { Author } from '../../src/github/index.js';
import { isRenewalPull, markedEntries, markerEntry, pullMarker } from '../../src/renew/pull-marker.js';
import type { PlannedToken } from '../../src/renew/plan-types.js';

const token = {
  organization: 'acme',
  kind: 'service-token',
  id: 'jamf prod-->',
  expiresAt: '2027-01-10',
} as PlannedToken;
const marker = pullMarker([token]);
const body = `Renew the token.\n\n${marker}\n`;

/** The type rule of isBotAuthor without a server: Bot accounts are the bot; `ops-robot` stands for a personal token's owner. */
const github = { isBotAuthor: async (author: Author) => author?.type === 'Bot' || author?.login === 'ops-robot' };

describe('the renewal pull request marker', () => {
  it('reads the entries of a marker that ends the description, with encoded keys that cannot close the comment', () => {
    expect(marker).not.toContain('prod-->');
    expect(markedEntries(body)).toEqual(new Set([markerEntry(token)]));
    expect(markedEntries(`${body}  \n\n`)).toEqual(new Set([markerEntry(token)]));
  });

  it('ignores a marker with text below it, a marker quoted mid-text, and no marker', () => {
    expect(markedEntries(`${body}\nMy own notes below the bot's text.`)).toBeUndefined();
    expect(markedEntries(`Look: ${marker} is what the bot writes.`)).toBeUndefined();
    expect(markedEntries('Please review.')).toBeUndefined();
    expect(markedEntries(null)).toBeUndefined();
  });

  it.each<[string, Author, string, boolean]>([
    ['the bot (type Bot) with the marker', { login: 'github-actions[bot]', type: 'Bot' }, body, true],
    ['an App bot with the marker', { login: 'abm-renewals[bot]', type: 'Bot' }, body, true],
    ["a personal token's owner with the marker", { login: 'ops-robot', type: 'User' }, body, true],
    ['a person pasting the marker', { login: 'dana', type: 'User' }, body, false],
    ['a deleted (ghost) account', null, body, false],
    ['the bot without the marker', { login: 'github-actions[bot]', type: 'Bot' }, 'Bump a dependency.', false],
  ])('%s', async (_case, user, text, expected) => {
    expect(await isRenewalPull({ body: text, user }, github)).toBe(expected);
  });
});
