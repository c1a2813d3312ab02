/**
 * What people do around the renewal bot, against a local bare repository and
 * the local GitHub server: paste its hidden markers into their comments, open
 * their own pull requests on branches under the renewal prefix, and close a
 * renewal pull request they do not want. The bot's word is recognised by its
 * author, a person's pull request is never closed, and a person's "no" holds
 * for that token and expiry.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARKERS } from '../../src/renew/pr-text.js';
import { DASHBOARD_MARKER } from '../../src/renew/dashboard.js';
import { branchSha, commitAs } from '../support/git-repos.js';
import {
  actions,
  CONFIG,
  CONTENT_BRANCH,
  ORG_FILE,
  organizationYaml,
  OWNER,
  PREFIX,
  pullSummary,
  REPO,
  SERVICE_BRANCH,
  startFlowBed,
  stopFlowBed,
  type FlowBed,
} from './harness.js';

let bed: FlowBed;

beforeEach(async () => {
  bed = await startFlowBed({ 'abm-gitops.yml': CONFIG.replace('dashboard: false', 'dashboard: true'), [ORG_FILE]: organizationYaml() });
});
afterEach(() => stopFlowBed(bed));

const pullCreations = (since: number) => bed.writes(since).filter((write) => write === 'POST /repos/acme/config/pulls');

describe('people and the renewal bot', () => {
  it("posts its own notice although a person's comment already carries the bot's hidden marker", async () => {
    await bed.run('2026-12-18');
    bed.server.commentAs(OWNER, REPO, 1, 'dana', `Copied from another pull request: ${MARKERS.leftAlone} please leave this alone`);
    await commitAs(bed.bare, { branch: SERVICE_BRANCH, files: { [ORG_FILE]: organizationYaml('2027-12-19') }, message: 'New token downloaded' });
    const result = await bed.run('2026-12-19');
    expect(actions(result)).toEqual([`left-alone ${SERVICE_BRANCH} #1`]);
    const comments = bed.server.comments(OWNER, REPO, 1);
    expect(comments).toHaveLength(2);
    expect(comments[1]).toMatch(/^<!-- abm-gitops:renewal left-alone -->\nSomeone else has pushed commits/);
  });

  it("never closes, edits or comments on a person's pull request on a branch under the renewal prefix", async () => {
    const branch = `${PREFIX}acme/my-own-idea`;
    await commitAs(bed.bare, { branch, files: { 'notes.md': 'an idea\n' }, message: 'My idea' });
    const number = await bed.server.openPullAs(OWNER, REPO, { author: 'dana', head: branch, title: 'My own renewal idea', body: 'Please review.' });
    const before = bed.server.requests.length;
    const result = await bed.run('2026-12-18');
    expect(result.outcomes.find((outcome) => outcome.branch === branch)).toMatchObject({ action: 'left-alone', number, pushed: false });
    expect(pullSummary(bed).find((pull) => pull.number === number)).toMatchObject({ state: 'open', title: 'My own renewal idea', labels: [] });
    expect(bed.server.comments(OWNER, REPO, number)).toEqual([]);
    expect(bed.writes(before).filter((write) => write.includes(`/${number}`))).toEqual([]);
    expect(await branchSha(bed.bare, branch)).not.toBeNull();
  });

  it("leaves a person's pull request on the very branch the bot wants alone, and opens none beside it", async () => {
    const human = await commitAs(bed.bare, { branch: SERVICE_BRANCH, files: { [ORG_FILE]: organizationYaml('2027-12-19') }, message: 'Renewed it myself' });
    const number = await bed.server.openPullAs(OWNER, REPO, { author: 'dana', head: SERVICE_BRANCH, title: 'Renew Jamf', body: 'Done by hand.' });
    const result = await bed.run('2026-12-18');
    expect(result.outcomes).toMatchObject([{ branch: SERVICE_BRANCH, action: 'left-alone', number, pushed: false }]);
    expect(bed.server.comments(OWNER, REPO, number)).toEqual([]);
    expect(pullSummary(bed).map((pull) => [pull.number, pull.title, pull.state])).toEqual([[number, 'Renew Jamf', 'open']]);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBe(human);
  });

  it('does not open again a renewal a person closed without merging, says so on the dashboard, and resumes once reopened', async () => {
    await bed.run('2026-12-18');
    bed.server.closeAsPerson(OWNER, REPO, 1);
    const before = bed.server.requests.length;
    const declined = await bed.run('2026-12-19');
    expect(actions(declined)).toEqual([`declined ${SERVICE_BRANCH} #1`]);
    expect(pullCreations(before)).toEqual([]);
    expect(pullSummary(bed).map((pull) => [pull.number, pull.state])).toEqual([[1, 'closed']]);
    const dashboard = bed.server.issues(OWNER, REPO).find((issue) => issue.body?.includes(DASHBOARD_MARKER))!;
    expect(dashboard.body).toContain('| `acme` | `jamf-prod` service token | #1 (closed without merging) |');
    expect(dashboard.body).toContain('- `acme` `jamf-prod` service token, expiring 2027-01-10: #1');
    expect(dashboard.body).toContain('To ask for a renewal again, reopen its pull request (restore its branch first if it was deleted)');

    // A later day, the same expiry: still declined, nothing written but the dashboard's unchanged text.
    const later = bed.server.requests.length;
    expect(actions(await bed.run('2026-12-20'))).toEqual([`declined ${SERVICE_BRANCH} #1`]);
    expect(pullCreations(later)).toEqual([]);

    // The content token entering the window gets its own pull request as usual.
    expect(actions(await bed.run('2026-12-28'))).toEqual([`declined ${SERVICE_BRANCH} #1`, `opened ${CONTENT_BRANCH} #3`]);

    bed.server.reopenAsPerson(OWNER, REPO, 1);
    expect(actions(await bed.run('2026-12-28'))).toEqual([`unchanged ${SERVICE_BRANCH} #1`, `unchanged ${CONTENT_BRANCH} #3`]);
  });

  it('opens a new renewal pull request once the expiry a person declined has changed', async () => {
    await bed.run('2026-12-18');
    bed.server.closeAsPerson(OWNER, REPO, 1);
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml('2027-01-12') }, message: 'Expiry corrected' });
    const result = await bed.run('2026-12-19');
    expect(actions(result)).toEqual([`opened ${SERVICE_BRANCH} #3`]);
  });

  it('is not put off by its own closing: a renewed token that comes due again gets a new pull request', async () => {
    await bed.run('2026-12-18');
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml('2027-12-20') }, message: 'Renewed' });
    expect(actions(await bed.run('2026-12-19'))).toEqual([`closed ${SERVICE_BRANCH} #1`]);
    // The renewal is reverted on main: same expiry as the pull request the bot itself closed.
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml() }, message: 'Revert' });
    expect(actions(await bed.run('2026-12-20'))).toEqual([`opened ${SERVICE_BRANCH} #3`]);
  });
});
