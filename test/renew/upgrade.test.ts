/**
 * Upgrading from a version whose renewal pull requests carried no hidden
 * marker (before the final-block marker existed): the bot's own open pull
 * request on the token's branch is adopted, found again by its branch and
 * its author, never duplicated and never mistaken for a person's.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { branchSha, commitAs } from '../support/git-repos.js';
import { actions, ORG_FILE, organizationYaml, OWNER, pullSummary, REPO, SERVICE_BRANCH, startFlowBed, stopFlowBed, type FlowBed } from './harness.js';

let bed: FlowBed;
beforeEach(async () => {
  bed = await startFlowBed();
});
afterEach(() => stopFlowBed(bed));

const MARKER = /\n<!-- abm-gitops:renewal-pull [^\n]* -->\n$/;
const pullCreations = (since: number) => bed.writes(since).filter((write) => write === 'POST /repos/acme/config/pulls');

/** The bot's pull request #1 as the earlier version left it: its description without the marker (and a box a person ticked). */
async function openedByEarlierVersion(): Promise<string> {
  await bed.firstRun('2026-12-18');
  const pull = bed.server.pulls(OWNER, REPO)[0] as { body: string | null };
  expect(pull.body).toMatch(MARKER);
  pull.body = pull.body!.replace(MARKER, '\n').replace('- [ ] downloaded the new token', '- [x] downloaded the new token');
  expect(pull.body).not.toContain('abm-gitops:renewal-pull');
  return pull.body;
}

describe('renewal pull requests opened before the marker existed', () => {
  it('are adopted: updated in place (description, marker), no second pull request', async () => {
    await openedByEarlierVersion();
    const before = bed.server.requests.length;
    // A later expiry on the base: the branch and the description have something to update.
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml('2027-01-11') }, message: 'Expiry corrected' });
    const result = await bed.run('2026-12-19');
    expect(actions(result)).toEqual([`updated ${SERVICE_BRANCH} #1`]);
    expect(pullCreations(before)).toEqual([]);
    expect(pullSummary(bed).map((pull) => [pull.number, pull.head, pull.state])).toEqual([[1, SERVICE_BRANCH, 'open']]);
    const body = bed.server.pulls(OWNER, REPO)[0]!.body!;
    expect(body).toMatch(MARKER);
    expect(body).toContain('2027-01-11');
    // From then on it is an ordinary renewal pull request: the next run leaves it unchanged.
    expect(actions(await bed.run('2026-12-20'))).toEqual([`unchanged ${SERVICE_BRANCH} #1`]);
  });

  it('are adopted when nothing else changed: the marker is added', async () => {
    await openedByEarlierVersion();
    expect(actions(await bed.run('2026-12-19'))).toEqual([`updated ${SERVICE_BRANCH} #1`]);
    expect(bed.server.pulls(OWNER, REPO)[0]!.body).toMatch(MARKER);
  });

  it('are closed with their branch once the token is renewed, like any renewal pull request', async () => {
    await openedByEarlierVersion();
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml('2027-12-20') }, message: 'Renewed' });
    expect(actions(await bed.run('2026-12-20'))).toEqual([`closed ${SERVICE_BRANCH} #1`]);
    expect(pullSummary(bed)).toMatchObject([{ number: 1, state: 'closed' }]);
    expect(bed.server.comments(OWNER, REPO, 1).at(-1)).toMatch(/^<!-- abm-gitops:renewal closing -->\n/);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBeNull();
  });

  it("still leaves alone a person's pull request with that description, and the bot account's pull requests of other kinds", async () => {
    const earlier = await openedByEarlierVersion();
    // The bot account's pull request without the earlier version's closing line is not a renewal it opened.
    (bed.server.pulls(OWNER, REPO)[0] as { body: string | null }).body = 'Bump the dependencies.';
    expect(actions(await bed.run('2026-12-19'))).toEqual([`left-alone ${SERVICE_BRANCH} #1`]);
    bed.server.closeAsPerson(OWNER, REPO, 1);
    const number = await bed.server.openPullAs(OWNER, REPO, { author: 'dana', head: SERVICE_BRANCH, title: 'Renew Jamf', body: earlier });
    expect(actions(await bed.run('2026-12-20'))).toEqual([`left-alone ${SERVICE_BRANCH} #${number}`]);
    expect(bed.server.pulls(OWNER, REPO).find((pull) => pull.number === number)?.body).toBe(earlier);
  });
});
