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
import type { Account } from '../support/github-fixtures.js';
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

const askedWhoAmI = (since: number) => bed.server.requests.slice(since).flatMap((request) => (request.path === '/user' ? [request.status] : []));
const pullCreations = (since: number) => bed.writes(since).filter((write) => write === 'POST /repos/acme/config/pulls');

describe('people and the renewal bot', () => {
  it("posts its own notice although a person's comment already carries the bot's hidden marker", async () => {
    await bed.firstRun('2026-12-18');
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
    await bed.firstRun('2026-12-18');
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
    await bed.firstRun('2026-12-18');
    bed.server.closeAsPerson(OWNER, REPO, 1);
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml('2027-01-12') }, message: 'Expiry corrected' });
    const result = await bed.run('2026-12-19');
    expect(actions(result)).toEqual([`opened ${SERVICE_BRANCH} #3`]);
  });

  it('is not put off by its own closing: a renewed token that comes due again gets a new pull request', async () => {
    await bed.firstRun('2026-12-18');
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml('2027-12-20') }, message: 'Renewed' });
    expect(actions(await bed.run('2026-12-19'))).toEqual([`closed ${SERVICE_BRANCH} #1`]);
    // The renewal is reverted on main: same expiry as the pull request the bot itself closed.
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml() }, message: 'Revert' });
    expect(actions(await bed.run('2026-12-20'))).toEqual([`opened ${SERVICE_BRANCH} #3`]);
  });

  // A person (or one since deleted: GitHub then gives no author) pastes the bot's description, marker and all, into their own pull request.
  it.each<[string, string | null]>([
    ['a person', 'dana'],
    ['a deleted (ghost) account', null],
  ])("neither edits, labels nor comments on %s's pull request that pastes the bot's description", async (_who, author) => {
    await bed.firstRun('2026-12-18');
    const pasted = bed.server.pulls(OWNER, REPO)[0]!.body!;
    bed.server.closeAsPerson(OWNER, REPO, 1);
    const number = await bed.server.openPullAs(OWNER, REPO, { author, head: SERVICE_BRANCH, title: 'I will renew Jamf myself', body: `Taking this over.\n\n${pasted}` });
    const before = bed.server.requests.length;
    const result = await bed.run('2026-12-19');
    expect(actions(result)).toEqual([`left-alone ${SERVICE_BRANCH} #${number}`]);
    expect(pullSummary(bed).find((pull) => pull.number === number)).toMatchObject({ state: 'open', title: 'I will renew Jamf myself', labels: [], teamReviewers: [] });
    expect(bed.server.pulls(OWNER, REPO).find((pull) => pull.number === number)?.body).toBe(`Taking this over.\n\n${pasted}`);
    expect(bed.server.comments(OWNER, REPO, number)).toEqual([]);
    expect(bed.writes(before).filter((write) => write.includes(`/${number}`))).toEqual([]);
  });

  it("does not close a person's pull request that pastes the bot's description on a branch the bot would close", async () => {
    await bed.firstRun('2026-12-18');
    const pasted = bed.server.pulls(OWNER, REPO)[0]!.body!;
    const branch = `${PREFIX}acme/old-token`;
    await commitAs(bed.bare, { branch, files: { 'notes.md': 'old token notes\n' }, message: 'Notes' });
    const number = await bed.server.openPullAs(OWNER, REPO, { author: 'dana', head: branch, title: 'Old token notes', body: pasted });
    const result = await bed.run('2026-12-19');
    expect(result.outcomes.find((outcome) => outcome.branch === branch)).toMatchObject({ action: 'left-alone', number });
    expect(pullSummary(bed).find((pull) => pull.number === number)).toMatchObject({ state: 'open', title: 'Old token notes', labels: [] });
    expect(bed.server.comments(OWNER, REPO, number)).toEqual([]);
  });

  it('leaves alone a pull request a person opens on the branch while the bot pushes it', async () => {
    let number = 0;
    bed.server.beforeNext({
      method: 'POST',
      path: /^\/repos\/acme\/config\/pulls$/,
      run: async () => {
        number = await bed.server.openPullAs(OWNER, REPO, { author: 'dana', head: SERVICE_BRANCH, title: 'Mine, opened first', body: 'Please review.' });
      },
    });
    const result = await bed.run('2026-12-18');
    expect(result.outcomes).toMatchObject([{ branch: SERVICE_BRANCH, action: 'left-alone', number, pushed: true }]);
    expect(pullSummary(bed)).toMatchObject([{ number, title: 'Mine, opened first', labels: [], teamReviewers: [] }]);
    expect(bed.server.comments(OWNER, REPO, number)).toEqual([]);
  });

  it("never adopts a person's issue that starts with the dashboard's marker as the dashboard", async () => {
    const body = `${DASHBOARD_MARKER}\nMy own token list, please keep.`;
    const human = bed.server.openIssueAs(OWNER, REPO, { author: 'dana', title: 'My dashboard', body });
    const result = await bed.run('2026-12-18');
    expect(result.dashboard).toMatchObject({ action: 'created' });
    expect(result.dashboard?.number).not.toBe(human);
    expect(bed.server.issues(OWNER, REPO).find((issue) => issue.number === human)).toMatchObject({ title: 'My dashboard', body, state: 'open', labels: [] });
  });
});

describe('the bot under a new token identity (GITHUB_TOKEN to a GitHub App)', () => {
  const actionsBot: Account = { login: 'github-actions[bot]', type: 'Bot' };
  const appBot: Account = { login: 'abm-renewals[bot]', type: 'Bot' };

  it('says its notice once on a pull request opened under the old identity, not once per run', async () => {
    bed.server.actAs(actionsBot);
    await bed.firstRun('2026-12-18');
    bed.server.actAs(appBot);
    await commitAs(bed.bare, { branch: SERVICE_BRANCH, files: { [ORG_FILE]: organizationYaml('2027-12-19') }, message: 'New token downloaded' });
    const pasted = `Quoting the bot: ${MARKERS.leftAlone}`;
    bed.server.commentAs(OWNER, REPO, 1, 'dana', pasted);
    const before = bed.server.requests.length;
    for (const day of ['2026-12-19', '2026-12-20', '2026-12-21']) expect(actions(await bed.run(day))).toEqual([`left-alone ${SERVICE_BRANCH} #1`]);
    expect(bed.server.comments(OWNER, REPO, 1)).toEqual([pasted, expect.stringMatching(/^<!-- abm-gitops:renewal left-alone -->\nSomeone else has pushed/)]);
    // Dana's comment is a User's: is that the token's owner? An App token cannot ask (GitHub's 403), once per run, so it is not.
    expect(askedWhoAmI(before)).toEqual([403, 403, 403]);
  });

  it('does not take a pull request it closed itself under the new identity for a person declining it', async () => {
    bed.server.actAs(actionsBot);
    await bed.firstRun('2026-12-18');
    bed.server.actAs(appBot);
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml('2027-12-20') }, message: 'Renewed' });
    expect(actions(await bed.run('2026-12-19'))).toEqual([`closed ${SERVICE_BRANCH} #1`]);
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml() }, message: 'Revert' });
    expect(actions(await bed.run('2026-12-20'))).toEqual([`opened ${SERVICE_BRANCH} #3`]);
  });

  it("recognises its own pull requests and comments as a person's access token (GET /user), and people's as not its own", async () => {
    bed.server.actAs({ login: 'ops-robot', type: 'User' });
    await bed.firstRun('2026-12-18');
    expect(bed.server.pulls(OWNER, REPO)[0]).toMatchObject({ number: 1, author: { login: 'ops-robot', type: 'User' } });
    await commitAs(bed.bare, { branch: SERVICE_BRANCH, files: { [ORG_FILE]: organizationYaml('2027-12-19') }, message: 'New token downloaded' });
    const before = bed.server.requests.length;
    for (const day of ['2026-12-19', '2026-12-20']) expect(actions(await bed.run(day))).toEqual([`left-alone ${SERVICE_BRANCH} #1`]);
    expect(bed.server.comments(OWNER, REPO, 1).filter((comment) => comment.includes(MARKERS.leftAlone))).toHaveLength(1);
    expect(askedWhoAmI(before)).toEqual([200, 200]);
  });
});
