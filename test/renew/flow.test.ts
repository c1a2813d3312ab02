import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT, branchSha, commitAs, gitAs, showFile } from '../support/git-repos.js';
import { actions, CONTENT_BRANCH, ORG_FILE, organizationYaml, OWNER, pullSummary, REPO, SERVICE_BRANCH, startFlowBed, stopFlowBed, type FlowBed } from './harness.js';

let bed: FlowBed;

beforeEach(async () => {
  bed = await startFlowBed();
});
afterEach(() => stopFlowBed(bed));

const SERVICE_PULL = {
  number: 1,
  head: SERVICE_BRANCH,
  state: 'open',
  title: 'Renew the jamf-prod service token of acme by 2027-01-03',
  labels: ['abm-renewal'],
  reviewers: ['dana'],
  teamReviewers: ['it-leads'],
};

describe('renewal flow against a local bare repository and GitHub server', () => {
  it('opens one pull request per expiring token, and an immediate rerun writes nothing', async () => {
    const first = await bed.run('2026-12-18T09:30:00Z');
    expect(first.error).toBeUndefined();
    expect(actions(first)).toEqual([`opened ${SERVICE_BRANCH} #1`]);
    expect(first.outcomes[0]).toMatchObject({ pushed: true, url: 'https://github.test/acme/config/pull/1' });
    expect(pullSummary(bed)).toEqual([SERVICE_PULL]);
    expect(bed.server.pulls(OWNER, REPO)[0]?.body).toContain('**Acme \\*Corp\\***');

    const onBranch = await showFile(bed.bare, SERVICE_BRANCH, ORG_FILE);
    expect(onBranch).toBe(
      organizationYaml().replace(
        '        expiresAt: 2027-01-10\n',
        '        expiresAt: 2027-01-10\n        renewal:\n          requestedAt: 2026-12-18\n          dueBy: 2027-01-03\n',
      ),
    );
    const meta = await gitAs(bed.bare).raw(['log', '-1', '--format=%an <%ae>|%aI|%P', SERVICE_BRANCH]);
    expect(meta.trim()).toBe(`${BOT.name} <${BOT.email}>|2026-12-18T00:00:00+00:00|${await branchSha(bed.bare, 'main')}`);

    const sha = await branchSha(bed.bare, SERVICE_BRANCH);
    const before = bed.server.requests.length;
    const second = await bed.run('2026-12-18T18:00:00Z');
    expect(actions(second)).toEqual([`unchanged ${SERVICE_BRANCH} #1`]);
    expect(second.outcomes[0]?.pushed).toBe(false);
    expect(bed.writes(before)).toEqual([]);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBe(sha);
  });

  it('gives a token entering the window later its own pull request and keeps the first one as it was', async () => {
    await bed.firstRun('2026-12-18');
    const serviceSha = await branchSha(bed.bare, SERVICE_BRANCH);
    const result = await bed.run('2026-12-28');
    expect(actions(result)).toEqual([`unchanged ${SERVICE_BRANCH} #1`, `opened ${CONTENT_BRANCH} #2`]);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBe(serviceSha);
    expect(pullSummary(bed).map((pull) => [pull.number, pull.head, pull.title])).toEqual([
      [1, SERVICE_BRANCH, SERVICE_PULL.title],
      [2, CONTENT_BRANCH, 'Renew the nyc-apps content token of acme by 2027-02-03'],
    ]);
    expect(await showFile(bed.bare, CONTENT_BRANCH, ORG_FILE)).toContain('      renewal:\n        requestedAt: 2026-12-28\n        dueBy: 2027-02-03\n');
  });

  it('closes the pull request and deletes its branch once the token is renewed on main', async () => {
    await bed.firstRun('2026-12-18');
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml('2027-12-20') }, message: 'Renewed the Jamf token' });
    const result = await bed.run('2026-12-20');
    expect(actions(result)).toEqual([`closed ${SERVICE_BRANCH} #1`]);
    expect(pullSummary(bed).map((pull) => pull.state)).toEqual(['closed']);
    expect(bed.server.comments(OWNER, REPO, 1)).toEqual([
      '<!-- abm-gitops:renewal closing -->\nThe token is no longer inside the renewal window on the base branch: it has been renewed. Closing this renewal pull request. Its branch is deleted.',
    ]);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBeNull();

    const before = bed.server.requests.length;
    expect(actions(await bed.run('2026-12-21'))).toEqual([]);
    expect(bed.writes(before)).toEqual([]);
  });

  it('keeps a branch someone pushes to between the check and the delete of a closing (the delete is leased)', async () => {
    await bed.firstRun('2026-12-18');
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml('2027-12-20') }, message: 'Renewed the Jamf token' });
    let human = '';
    // The bot has checked the branch (its own single commit) and is closing the pull request when a person pushes.
    bed.server.beforeNext({
      method: 'PATCH',
      path: /^\/repos\/acme\/config\/pulls\/1$/,
      run: async () => {
        human = await commitAs(bed.bare, { branch: SERVICE_BRANCH, files: { 'notes.md': 'called Apple\n' }, message: 'Notes' });
      },
    });
    const result = await bed.run('2026-12-20');
    expect(human).not.toBe('');
    expect(result.outcomes).toMatchObject([{ action: 'closed', number: 1, message: 'kept the branch: someone pushed to it while this run was closing it' }]);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBe(human);
    expect(bed.server.comments(OWNER, REPO, 1)[1]).toMatch(/^<!-- abm-gitops:renewal kept-branch -->\nSomeone pushed to `abm-gitops\/renew\/acme\/jamf-prod-service-token` while/);

    // The next run sees someone else's work on the branch and keeps it.
    const next = await bed.run('2026-12-21');
    expect(next.outcomes).toMatchObject([{ action: 'unchanged', message: 'kept the branch: it holds commits by someone else' }]);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBe(human);
  });

  it('closes the pull request of a token that was removed from main', async () => {
    await bed.firstRun('2026-12-18');
    const withoutService = organizationYaml()
      .replace(/deviceManagementServices:\n[\s\S]*?(?= {2}contentTokens:)/, 'deviceManagementServices: []\n')
      .replace('      service: jamf-prod\n', '');
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: withoutService }, message: 'Retire Jamf' });
    const result = await bed.run('2026-12-19');
    expect(actions(result)).toEqual([`closed ${SERVICE_BRANCH} #1`]);
    expect(bed.server.comments(OWNER, REPO, 1)[0]).toContain('The token is no longer declared on the base branch.');
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBeNull();
  });

  it('keeps the pull requests of an organization whose file is broken on main for a moment', async () => {
    await bed.firstRun('2026-12-18');
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml().replace('spec:', 'spec: [') }, message: 'Oops' });
    const before = bed.server.requests.length;
    const result = await bed.run('2026-12-19');
    expect(result.plan?.complete).toBe(false);
    expect(actions(result)).toEqual([]);
    expect(bed.writes(before)).toEqual([]);
    expect(pullSummary(bed).map((pull) => pull.state)).toEqual(['open']);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).not.toBeNull();
  });

  it('never overwrites a human commit on the branch, and says so once', async () => {
    await bed.firstRun('2026-12-18');
    const human = await commitAs(bed.bare, { branch: SERVICE_BRANCH, files: { [ORG_FILE]: organizationYaml('2027-12-19') }, message: 'New token downloaded' });
    await commitAs(bed.bare, { branch: 'main', files: { 'README.md': 'moved on\n' }, message: 'Unrelated change on main' });

    const second = await bed.run('2026-12-19');
    expect(actions(second)).toEqual([`left-alone ${SERVICE_BRANCH} #1`]);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBe(human);
    const comments = bed.server.comments(OWNER, REPO, 1);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatch(/^<!-- abm-gitops:renewal left-alone -->\nSomeone else has pushed commits to `abm-gitops\/renew\/acme\/jamf-prod-service-token`/);

    const before = bed.server.requests.length;
    expect(actions(await bed.run('2026-12-20'))).toEqual([`left-alone ${SERVICE_BRANCH} #1`]);
    expect(bed.writes(before)).toEqual([]);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBe(human);
  });

  it("closes the pull request but keeps a branch with someone else's unmerged work, and deletes it once merged", async () => {
    await bed.firstRun('2026-12-18');
    const human = await commitAs(bed.bare, { branch: SERVICE_BRANCH, files: { 'notes.md': 'called Apple\n' }, message: 'Notes' });
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml('2027-12-20') }, message: 'Renewed elsewhere' });
    const closing = await bed.run('2026-12-20');
    expect(actions(closing)).toEqual([`closed ${SERVICE_BRANCH} #1`]);
    expect(closing.outcomes[0]?.message).toBe('kept the branch: it holds commits by someone else');
    expect(bed.server.comments(OWNER, REPO, 1)[0]).toContain('The branch holds commits by someone else, so it is kept.');
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBe(human);

    const before = bed.server.requests.length;
    expect(actions(await bed.run('2026-12-21'))).toEqual([`unchanged ${SERVICE_BRANCH}`]);
    expect(bed.writes(before)).toEqual([]);

    // Merge the branch into main, keeping main's files ("ours"): the human's work is now on main.
    const git = gitAs(bed.bare);
    const merge = (await git.raw(['commit-tree', 'main^{tree}', '-p', 'main', '-p', SERVICE_BRANCH, '-m', 'Merge notes'])).trim();
    await git.raw(['update-ref', 'refs/heads/main', merge]);
    expect(actions(await bed.run('2026-12-22'))).toEqual([`closed ${SERVICE_BRANCH}`]);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBeNull();
  });

  it('rebuilds its own branch on a moved main and updates the same pull request', async () => {
    await bed.firstRun('2026-12-18');
    const old = await branchSha(bed.bare, SERVICE_BRANCH);
    await commitAs(bed.bare, { branch: 'main', files: { 'README.md': 'moved on\n' }, message: 'Unrelated change on main' });
    const result = await bed.run('2026-12-19');
    expect(actions(result)).toEqual([`updated ${SERVICE_BRANCH} #1`]);
    const parent = (await gitAs(bed.bare).raw(['log', '-1', '--format=%P', SERVICE_BRANCH])).trim();
    expect(parent).toBe(await branchSha(bed.bare, 'main'));
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).not.toBe(old);
    // Still requested on the first day: the branch's own renewal is kept.
    expect(await showFile(bed.bare, SERVICE_BRANCH, ORG_FILE)).toContain('requestedAt: 2026-12-18\n');
    expect(pullSummary(bed)).toEqual([SERVICE_PULL]);
  });

  it('retries a 502 and a secondary rate limit in the middle of a run and ends consistent', async () => {
    bed.server.failNext({ method: 'POST', path: /^\/repos\/acme\/config\/pulls$/, status: 502 });
    bed.server.secondaryRateLimitNext({ method: 'POST', path: /\/requested_reviewers$/ });
    const log: string[] = [];
    const result = await bed.run('2026-12-28', { throttle: true, log: (line) => log.push(line) });
    expect(actions(result)).toEqual([`opened ${SERVICE_BRANCH} #1`, `opened ${CONTENT_BRANCH} #2`]);
    expect(log).toContain('GitHub secondary rate limit on POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers: retrying in 60s');
    expect(bed.server.requests.filter((r) => r.method === 'POST' && r.path === '/repos/acme/config/pulls').map((r) => r.status)).toEqual([502, 201, 201]);
    expect(bed.server.requests.filter((r) => r.path.endsWith('/requested_reviewers')).map((r) => r.status)).toEqual([403, 201, 201]);
    expect(pullSummary(bed).map((pull) => [pull.head, pull.labels, pull.reviewers])).toEqual([
      [SERVICE_BRANCH, ['abm-renewal'], ['dana']],
      [CONTENT_BRANCH, ['abm-renewal'], ['dana']],
    ]);
  });

  it('leaves one pull request per token when two runs start together', async () => {
    const [a, b] = await Promise.all([bed.clone('a'), bed.clone('b')]);
    const runs = await Promise.all([bed.run('2026-12-28', { cloneDir: a }), bed.run('2026-12-28', { cloneDir: b })]);
    for (const run of runs) expect(run.failed).toBe(0);
    const opened = runs.flatMap((run) => run.outcomes).filter((outcome) => outcome.action === 'opened');
    expect(opened).toHaveLength(2);
    expect(
      pullSummary(bed)
        .map((pull) => `${pull.head} ${pull.state}`)
        .sort(),
    ).toEqual([`${SERVICE_BRANCH} open`, `${CONTENT_BRANCH} open`]);
  });
});
