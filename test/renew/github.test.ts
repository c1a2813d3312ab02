import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, GitHubRepository, splitReviewers, type GitHubClientOptions } from '../../src/github/index.js';
import { BOT, branchSha, commitAs, createBareRepo, makeScratch, type Scratch } from '../support/git-repos.js';
import { startGitHubServer, type GitHubTestServer } from '../support/github-server.js';

const TOKEN = 'ghs_local-test-token';
const WHERE = { owner: 'acme', repo: 'config' };
const BRANCH = 'abm-gitops/renew/acme/nyc-apps';
const OTHER_BRANCH = 'abm-gitops/renew/acme/jamf-prod-service-token';

let scratch: Scratch;
let server: GitHubTestServer;

beforeEach(async () => {
  scratch = await makeScratch();
  const bare = await createBareRepo(scratch.root, { 'org.yml': 'spec: {}\n' });
  for (const branch of [BRANCH, OTHER_BRANCH]) {
    await commitAs(bare, { branch, files: { 'org.yml': `spec: {} # ${branch}\n` }, message: 'Renew', identity: BOT });
  }
  server = await startGitHubServer(TOKEN, [{ ...WHERE, gitDir: bare }]);
});

afterEach(async () => {
  await server.close();
  await scratch.cleanup();
});

function pullsApi(options: Partial<GitHubClientOptions> = {}): GitHubRepository {
  const client = createGitHubClient({ token: TOKEN, baseUrl: `${server.url}/`, throttle: false, delayUnitMs: 1, ...options });
  return new GitHubRepository(client, WHERE);
}

const NEW_PULL = { title: 'Renew content token nyc-apps', body: 'Expires on 2027-02-01.', head: BRANCH, base: 'main' };

function calls(method: string, path: string): { status: number; body: unknown }[] {
  return server.requests.filter((r) => r.method === method && r.path === path).map(({ status, body }) => ({ status, body }));
}

describe('GitHubRepository against the local GitHub server', () => {
  it('reads the default branch and refuses a wrong token', async () => {
    expect(await pullsApi().getDefaultBranch()).toBe('main');
    await expect(pullsApi({ token: 'wrong' }).getDefaultBranch()).rejects.toMatchObject({ status: 401 });
  });

  it('creates a pull request once and finds it on the next run', async () => {
    const api = pullsApi();
    const first = await api.openOrFindPull(NEW_PULL);
    const second = await api.openOrFindPull(NEW_PULL);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.pull.number).toBe(first.pull.number);
    expect(second.pull.head.ref).toBe(BRANCH);
    expect(second.pull.html_url).toBe('https://github.test/acme/config/pull/1');
    expect(server.pulls('acme', 'config').map((p) => [p.number, p.title, p.head, p.base, p.state])).toEqual([[1, NEW_PULL.title, BRANCH, 'main', 'open']]);
    expect(calls('GET', '/repos/acme/config/pulls').map((c) => c.status)).toEqual([200, 200]);
    expect(server.requests.find((r) => r.method === 'GET')?.query).toEqual({ state: 'open', head: `acme:${BRANCH}`, per_page: '10' });
  });

  it('refuses a head branch that does not exist', async () => {
    await expect(pullsApi().createPull({ ...NEW_PULL, head: 'nope' })).rejects.toMatchObject({ status: 422 });
    expect(server.pulls('acme', 'config')).toEqual([]);
  });

  it('updates the title and body only when they changed', async () => {
    const api = pullsApi();
    const { pull } = await api.openOrFindPull(NEW_PULL);
    expect(await api.updatePullIfChanged(pull, { title: NEW_PULL.title, body: NEW_PULL.body })).toBe(false);
    expect(calls('PATCH', '/repos/acme/config/pulls/1')).toEqual([]);
    expect(await api.updatePullIfChanged(pull, { title: NEW_PULL.title, body: 'Expires on 2027-02-01. Due by 2027-01-25.' })).toBe(true);
    expect(calls('PATCH', '/repos/acme/config/pulls/1')).toEqual([{ status: 200, body: { body: 'Expires on 2027-02-01. Due by 2027-01-25.' } }]);
    expect(server.pulls('acme', 'config')[0]?.body).toBe('Expires on 2027-02-01. Due by 2027-01-25.');
  });

  it('adds labels and splits reviewers into users and teams, leaving out the author', async () => {
    const api = pullsApi();
    const { pull } = await api.openOrFindPull(NEW_PULL);
    await api.addLabels(pull.number, ['abm-renewal']);
    const split = await api.requestReviewers(pull.number, ['@dana', '@acme/it', '@abm-gitops[bot]', 'dana'], pull.user?.login);
    expect(split).toEqual({ reviewers: ['dana'], teamReviewers: ['it'] });
    const [state] = server.pulls('acme', 'config');
    expect([state?.labels, state?.reviewers, state?.teamReviewers]).toEqual([['abm-renewal'], ['dana'], ['it']]);
    expect(calls('POST', '/repos/acme/config/pulls/1/requested_reviewers')[0]?.body).toEqual({ reviewers: ['dana'], team_reviewers: ['it'] });
    expect(await api.requestReviewers(pull.number, ['@abm-gitops[bot]'], pull.user?.login)).toEqual({ reviewers: [], teamReviewers: [] });
    expect(calls('POST', '/repos/acme/config/pulls/1/requested_reviewers')).toHaveLength(1);
  });

  it('closes with a comment and deletes the branch, which may already be gone', async () => {
    const api = pullsApi();
    const { pull } = await api.openOrFindPull(NEW_PULL);
    await api.closePull(pull.number, 'The token was renewed on main: closing.');
    expect(server.comments('acme', 'config', 1)).toEqual(['The token was renewed on main: closing.']);
    expect(server.pulls('acme', 'config')[0]?.state).toBe('closed');
    expect(await api.findOpenPullByHead(BRANCH)).toBeUndefined();
    expect(await api.deleteBranch(BRANCH)).toBe('deleted');
    expect(await api.deleteBranch(BRANCH)).toBe('already-gone');
    expect(await branchSha(`${scratch.root}/origin.git`, BRANCH)).toBeNull();
    expect(server.requests.filter((r) => r.method === 'DELETE').map((r) => [r.path, r.status])).toEqual([
      [`/repos/acme/config/git/refs/heads/${BRANCH}`, 204],
      [`/repos/acme/config/git/refs/heads/${BRANCH}`, 422],
    ]);
  });

  it('comments once per marker however often ensureComment runs, counting only the bot’s own comments, and refuses a body without its marker', async () => {
    const api = pullsApi();
    const { pull } = await api.openOrFindPull(NEW_PULL);
    const marker = '<!-- abm-gitops:test note -->';
    expect(pull.user).toMatchObject({ login: 'abm-gitops[bot]', type: 'Bot' });
    // A person quoting the bot's marker does not silence the bot: only the bot's own comments count.
    server.commentAs('acme', 'config', pull.number, 'dana', `A human says hello, pasting ${marker}.`);
    expect(await api.hasComment(pull.number, marker)).toBe(false);
    expect(await api.ensureComment(pull.number, marker, `${marker}\nLeft alone.`)).toBe('created');
    expect(await api.ensureComment(pull.number, marker, `${marker}\nLeft alone, again.`)).toBe('exists');
    expect(await api.hasComment(pull.number, '<!-- abm-gitops:other -->')).toBe(false);
    expect(server.comments('acme', 'config', pull.number)).toEqual([`A human says hello, pasting ${marker}.`, `${marker}\nLeft alone.`]);
    await expect(api.ensureComment(pull.number, marker, 'No marker here.')).rejects.toThrow('must carry its marker');
    expect(calls('POST', `/repos/acme/config/issues/${pull.number}/comments`)).toHaveLength(1);
  });

  it('knows the bot by account type under an integration token, asking GET /user once (403) for the whole run', async () => {
    const api = pullsApi();
    expect(await api.isBotAuthor({ login: 'github-actions[bot]', type: 'Bot' })).toBe(true);
    expect(await api.isBotAuthor({ login: 'renewals-app[bot]', type: 'Bot' })).toBe(true);
    expect(await api.isBotAuthor({ login: 'dana', type: 'User' })).toBe(false);
    expect(await api.isBotAuthor(null)).toBe(false);
    expect(calls('GET', '/user').map((request) => request.status)).toEqual([403]);
  });

  it("knows the bot as the token's owner under a person's access token (GET /user), and any Bot account too", async () => {
    server.actAs({ login: 'ops-robot', type: 'User' });
    const api = pullsApi();
    expect(await api.isBotAuthor({ login: 'ops-robot', type: 'User' })).toBe(true);
    expect(await api.isBotAuthor({ login: 'dana', type: 'User' })).toBe(false);
    expect(await api.isBotAuthor({ login: 'github-actions[bot]', type: 'Bot' })).toBe(true);
    const marker = '<!-- abm-gitops:test note -->';
    const { pull } = await api.openOrFindPull(NEW_PULL);
    expect(await api.ensureComment(pull.number, marker, `${marker}\nOnce.`)).toBe('created');
    expect(await api.ensureComment(pull.number, marker, `${marker}\nOnce.`)).toBe('exists');
    expect(calls('GET', '/user').map((request) => request.status)).toEqual([200]);
  });

  it('retries a 502 in the middle of a run', async () => {
    const api = pullsApi();
    server.failNext({ method: 'POST', path: /^\/repos\/acme\/config\/pulls$/, status: 502 });
    const { pull, created } = await api.openOrFindPull(NEW_PULL);
    expect([created, pull.number]).toEqual([true, 1]);
    expect(calls('POST', '/repos/acme/config/pulls').map((c) => c.status)).toEqual([502, 201]);
    expect(server.pulls('acme', 'config')).toHaveLength(1);
  });

  it('gives up on a server that keeps failing after the configured retries', async () => {
    server.failNext({ method: 'GET', path: /^\/repos\/acme\/config$/, status: 503, times: 10 });
    await expect(pullsApi({ retries: 2 }).getDefaultBranch()).rejects.toMatchObject({ status: 503 });
    expect(calls('GET', '/repos/acme/config').map((c) => c.status)).toEqual([503, 503, 503]);
  });

  it('waits out a secondary rate limit and retries, with throttling on, telling its log', async () => {
    const told: string[] = [];
    const api = pullsApi({ throttle: true, log: (line) => told.push(line) });
    const { pull } = await api.openOrFindPull(NEW_PULL);
    server.secondaryRateLimitNext({ method: 'PATCH', path: /^\/repos\/acme\/config\/pulls\/1$/ });
    expect(await api.updatePullIfChanged(pull, { title: 'Renew nyc-apps', body: NEW_PULL.body })).toBe(true);
    expect(calls('PATCH', '/repos/acme/config/pulls/1').map((c) => c.status)).toEqual([403, 200]);
    expect(server.pulls('acme', 'config')[0]?.title).toBe('Renew nyc-apps');
    expect(told).toEqual(['GitHub secondary rate limit on PATCH /repos/{owner}/{repo}/pulls/{pull_number}: retrying in 60s']);
  });

  it('leaves one pull request per branch when two runs start together', async () => {
    const runs = await Promise.all([
      pullsApi().openOrFindPull(NEW_PULL),
      pullsApi().openOrFindPull(NEW_PULL),
      pullsApi().openOrFindPull({ ...NEW_PULL, title: 'Renew service token jamf-prod', head: OTHER_BRANCH }),
      pullsApi().openOrFindPull({ ...NEW_PULL, title: 'Renew service token jamf-prod', head: OTHER_BRANCH }),
    ]);
    expect(runs.map((run) => run.created).filter(Boolean)).toHaveLength(2);
    expect(runs.map((run) => run.pull.head.ref)).toEqual([BRANCH, BRANCH, OTHER_BRANCH, OTHER_BRANCH]);
    expect(runs[0]?.pull.number).toBe(runs[1]?.pull.number);
    expect(runs[2]?.pull.number).toBe(runs[3]?.pull.number);
    expect(
      server
        .pulls('acme', 'config')
        .map((p) => p.head)
        .sort(),
    ).toEqual([OTHER_BRANCH, BRANCH]);
    expect(
      calls('POST', '/repos/acme/config/pulls')
        .map((c) => c.status)
        .sort(),
    ).toEqual([201, 201, 422, 422]);
  });
});

describe('splitReviewers', () => {
  it('sorts users from teams, strips @, drops blanks, duplicates and the author', () => {
    expect(splitReviewers(['@Dana', '@acme/it', ' @acme/sec ', '@', 'lee', '@lee', '@renovate[bot]'], 'renovate[bot]')).toEqual({
      reviewers: ['Dana', 'lee'],
      teamReviewers: ['it', 'sec'],
    });
  });
});
