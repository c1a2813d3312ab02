import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRepo, type RenewalRepo } from '../../src/renew/git.js';
import { locateRepo } from '../../src/renew/snapshot.js';
import { BOT, HUMAN, branchSha, cloneRepo, commitAs, createBareRepo, gitAs, makeScratch, showFile, type Scratch } from '../support/git-repos.js';

const ORG = 'spec:\n  contentTokens:\n    - id: nyc-apps # NY\n      expiresAt: 2027-02-01\n';
const RENEWED = `${ORG}      renewal:\n        requestedAt: 2026-12-18\n        dueBy: 2027-01-25\n`;
const BRANCH = 'abm-gitops/renew/acme/nyc-apps';
const DATE = '2026-12-18T06:00:00Z';

let scratch: Scratch;
let bare: string;

beforeEach(async () => {
  scratch = await makeScratch();
  bare = await createBareRepo(scratch.root, { 'customers/acme.yml': ORG, 'README.md': 'config\n', 'tools/run.sh': '#!/bin/sh\n' });
});
afterEach(() => scratch.cleanup());

async function freshClone(name: string): Promise<RenewalRepo> {
  const dir = await cloneRepo(bare, join(scratch.root, name));
  // The git directory of a fresh clone is known; a renewal passes the one `locateRepo` found (the first test lets git say).
  return openRepo(dir, { author: BOT, gitDir: join(dir, '.git') });
}

async function proposeRenewal(repo: RenewalRepo, content = RENEWED, date = DATE) {
  await repo.fetchBase('main');
  const remote = await repo.remoteBranchSha(BRANCH);
  const prepared = await repo.prepareBranch({
    branch: BRANCH,
    base: 'main',
    files: [{ path: 'customers/acme.yml', content }],
    message: 'Renew content token nyc-apps',
    date,
  });
  return { remote, prepared, outcome: await repo.pushBranch(BRANCH, prepared.sha, { expectedRemoteSha: remote }) };
}

describe('RenewalRepo', () => {
  it('commits the file on top of origin/main as the bot, pushes it, and leaves the checkout alone', async () => {
    const dir = join(scratch.root, 'work');
    await cloneRepo(bare, dir);
    await writeFile(join(dir, 'README.md'), 'local edit\n');
    const headBefore = (await gitAs(dir).raw(['rev-parse', 'HEAD'])).trim();
    const repo = await openRepo(dir, { author: BOT });

    const { remote, prepared, outcome } = await proposeRenewal(repo);

    expect(remote).toBeNull();
    expect(prepared.treeDiffers).toBe(true);
    expect(outcome).toBe('pushed');
    expect(await branchSha(bare, BRANCH)).toBe(prepared.sha);
    expect(await showFile(bare, BRANCH, 'customers/acme.yml')).toBe(RENEWED);
    expect(await showFile(bare, BRANCH, 'README.md')).toBe('config\n');
    const meta = await gitAs(bare).raw(['log', '-1', '--format=%an|%ae|%cn|%ce|%aI|%cI|%s|%P', BRANCH]);
    const mainSha = await branchSha(bare, 'main');
    expect(meta.trim()).toBe(`${BOT.name}|${BOT.email}|${BOT.name}|${BOT.email}|2026-12-18T06:00:00+00:00|2026-12-18T06:00:00+00:00|Renew content token nyc-apps|${mainSha}`);
    expect((await gitAs(bare).raw(['ls-tree', BRANCH, 'tools/run.sh'])).split(' ')[0]).toBe('100644');

    expect((await gitAs(dir).raw(['rev-parse', 'HEAD'])).trim()).toBe(headBefore);
    expect(await gitAs(dir).raw(['status', '--porcelain'])).toBe(' M README.md\n');
    expect(await readFile(join(dir, 'customers/acme.yml'), 'utf8')).toBe(ORG);
  });

  it('makes the same commit on a rerun from another clone and finds it up to date', async () => {
    const first = await proposeRenewal(await freshClone('one'));
    const second = await proposeRenewal(await freshClone('two'));
    expect(second.remote).toBe(first.prepared.sha);
    expect(second.prepared).toEqual({ sha: first.prepared.sha, treeDiffers: false });
    expect(second.outcome).toBe('up-to-date');
  });

  it('rebuilds the branch on a moved base and force-pushes over its own commit', async () => {
    const first = await proposeRenewal(await freshClone('one'));
    await commitAs(bare, { branch: 'main', files: { 'README.md': 'moved\n' }, message: 'Move main' });
    const repo = await freshClone('two');
    const second = await proposeRenewal(repo);
    expect(second.remote).toBe(first.prepared.sha);
    expect(await repo.hasForeignCommits(BRANCH, 'main')).toBe(false);
    expect(second.prepared.treeDiffers).toBe(true);
    expect(second.outcome).toBe('pushed');
    expect(await showFile(bare, BRANCH, 'README.md')).toBe('moved\n');
    expect((await gitAs(bare).raw(['rev-list', '--count', `main..${BRANCH}`])).trim()).toBe('1');
  });

  it('takes the branch as current only when its tree is exactly the base with these files', async () => {
    const first = await proposeRenewal(await freshClone('one'));
    const edited = await commitAs(bare, { branch: BRANCH, files: { 'customers/acme.yml': `${RENEWED}# note\n` }, message: 'Edit' });
    const onEdited = await proposeRenewal(await freshClone('two'));
    expect(onEdited.remote).toBe(edited);
    expect(onEdited.prepared).toEqual({ sha: first.prepared.sha, treeDiffers: true });
    await commitAs(bare, { branch: BRANCH, files: { 'notes.txt': 'x\n' }, message: 'Note' });
    const withNote = await proposeRenewal(await freshClone('three'));
    expect(withNote.prepared).toEqual({ sha: first.prepared.sha, treeDiffers: true });
    expect(await showFile(bare, BRANCH, 'customers/acme.yml')).toBe(RENEWED);
  });

  // The same bytes in each case, so the blob ids match and only the mode tells the trees apart.
  for (const [change, mode] of [
    ['made executable', '100755'],
    ['replaced by a symlink', '120000'],
  ] as const) {
    it(`takes a branch whose renewal file was ${change} (mode ${mode}) as different`, async () => {
      const first = await proposeRenewal(await freshClone('one'));
      await commitAs(bare, { branch: BRANCH, files: { 'customers/acme.yml': RENEWED }, modes: { 'customers/acme.yml': mode }, message: `Mode ${mode}` });
      expect((await gitAs(bare).raw(['ls-tree', BRANCH, 'customers/acme.yml'])).split(' ')[0]).toBe(mode);
      const onChanged = await proposeRenewal(await freshClone('two'));
      expect(onChanged.prepared).toEqual({ sha: first.prepared.sha, treeDiffers: true });
      expect(onChanged.outcome).toBe('pushed');
      expect((await gitAs(bare).raw(['ls-tree', BRANCH, 'customers/acme.yml'])).split(' ')[0]).toBe('100644');
    });
  }

  it('reports a lease that no longer holds instead of overwriting', async () => {
    const repo = await freshClone('one');
    const first = await proposeRenewal(repo);
    const human = await commitAs(bare, { branch: BRANCH, files: { 'customers/acme.yml': `${RENEWED}# note\n` }, message: 'Human fix' });
    expect(await repo.pushBranch(BRANCH, first.prepared.sha, { expectedRemoteSha: first.prepared.sha })).toBe('lease-rejected');
    expect(await repo.pushBranch(BRANCH, first.prepared.sha, { expectedRemoteSha: null })).toBe('lease-rejected');
    expect(await branchSha(bare, BRANCH)).toBe(human);
  });

  it('tells our single commit from commits someone else added', async () => {
    const repo = await freshClone('one');
    expect(await repo.remoteBranchSha(BRANCH)).toBeNull();
    expect(await repo.hasForeignCommits(BRANCH, 'main')).toBe(false);
    await proposeRenewal(repo);
    expect(await repo.remoteBranchSha(BRANCH)).not.toBeNull();
    expect(await repo.hasForeignCommits(BRANCH, 'main')).toBe(false);

    await commitAs(bare, { branch: BRANCH, files: { 'notes.txt': 'x\n' }, message: 'Human note' });
    await repo.remoteBranchSha(BRANCH);
    expect(await repo.hasForeignCommits(BRANCH, 'main')).toBe(true);

    await commitAs(bare, { branch: 'other', files: { 'a.txt': '1\n' }, message: 'Bot one', identity: BOT });
    await commitAs(bare, { branch: 'other', files: { 'a.txt': '2\n' }, message: 'Bot two', identity: BOT });
    await repo.remoteBranchSha('other');
    expect(await repo.hasForeignCommits('other', 'main')).toBe(true);
  });

  it('lets only one of two runs that saw the same remote state write the branch', async () => {
    const [a, b] = await Promise.all([freshClone('one'), freshClone('two')]);
    const prepare = async (repo: RenewalRepo, date: string) => {
      await repo.fetchBase('main');
      const remote = await repo.remoteBranchSha(BRANCH);
      const files = [{ path: 'customers/acme.yml', content: RENEWED }];
      return { remote, prepared: await repo.prepareBranch({ branch: BRANCH, base: 'main', files, message: 'Renew', date }) };
    };
    const [first, second] = [await prepare(a, DATE), await prepare(b, '2026-12-19T06:00:00Z')];
    expect(await a.pushBranch(BRANCH, first.prepared.sha, { expectedRemoteSha: first.remote })).toBe('pushed');
    expect(await b.pushBranch(BRANCH, second.prepared.sha, { expectedRemoteSha: second.remote })).toBe('lease-rejected');
    expect(await branchSha(bare, BRANCH)).toBe(first.prepared.sha);
  });

  it('ends with one run’s commit when two runs push at the same moment', async () => {
    const [a, b] = await Promise.all([freshClone('one'), freshClone('two')]);
    const runs = await Promise.all([proposeRenewal(a, RENEWED, DATE), proposeRenewal(b, RENEWED, '2026-12-19T06:00:00Z')]);
    for (const run of runs) expect(['pushed', 'lease-rejected']).toContain(run.outcome);
    const pushed = runs.filter((run) => run.outcome === 'pushed').map((run) => run.prepared.sha);
    expect(pushed.length).toBeGreaterThan(0);
    expect(pushed).toContain(await branchSha(bare, BRANCH));
  });

  it('reports a push the server refuses for another reason as rejected', async () => {
    await writeFile(join(bare, 'hooks/pre-receive'), '#!/bin/sh\necho protected >&2\nexit 1\n', { mode: 0o755 });
    expect((await proposeRenewal(await freshClone('one'))).outcome).toBe('rejected');
  });

  it('lists branches under a prefix and deletes one idempotently', async () => {
    const repo = await freshClone('one');
    await proposeRenewal(repo);
    await commitAs(bare, { branch: 'abm-gitops/renew/acme/jamf-service-token', files: { 'b.txt': 'b\n' }, message: 'b', identity: BOT });
    await commitAs(bare, { branch: 'feature', files: { 'c.txt': 'c\n' }, message: 'c' });
    expect(await repo.listRemoteBranches('abm-gitops/renew/')).toEqual(['abm-gitops/renew/acme/jamf-service-token', 'abm-gitops/renew/acme/nyc-apps']);
    const checked = (await branchSha(bare, BRANCH))!;
    expect(await repo.deleteRemoteBranch(BRANCH, checked)).toBe('deleted');
    expect(await repo.deleteRemoteBranch(BRANCH, checked)).toBe('already-gone');
    expect(await branchSha(bare, BRANCH)).toBeNull();
    expect(await repo.listRemoteBranches('abm-gitops/renew/')).toEqual(['abm-gitops/renew/acme/jamf-service-token']);
  });

  it("reads each fetched sha from this fetch's FETCH_HEAD, a linked worktree's own", async () => {
    const dir = await cloneRepo(bare, join(scratch.root, 'one'));
    const first = await branchSha(bare, 'main');
    expect(await (await openRepo(dir, { author: BOT })).fetchBase('main')).toBe(first);
    // The main worktree's FETCH_HEAD now names main at the first commit; a linked worktree has its own.
    const linked = join(scratch.root, 'linked');
    await gitAs(dir).raw(['worktree', 'add', '--detach', linked]);
    await commitAs(bare, { branch: 'main', files: { 'README.md': 'moved\n' }, message: 'Move main' });
    const moved = await branchSha(bare, 'main');
    const location = await locateRepo(linked);
    expect(location.gitDir).toBe(join(dir, '.git/worktrees/linked'));
    const inWorktree = await openRepo(location.top, { author: BOT, gitDir: location.gitDir });
    expect(await inWorktree.fetchBase('main')).toBe(moved);
    expect(await (await openRepo(dir, { author: BOT })).fetchBase('main')).toBe(moved);
    await commitAs(bare, { branch: BRANCH, files: { 'notes.txt': 'x\n' }, message: 'Note' });
    expect(await inWorktree.remoteBranchSha(BRANCH)).toBe(await branchSha(bare, BRANCH));
  });

  it('turns an unreachable origin into one clear error', async () => {
    const dir = await cloneRepo(bare, join(scratch.root, 'one'));
    await gitAs(dir).raw(['remote', 'set-url', 'origin', join(scratch.root, 'missing.git')]);
    const repo = await openRepo(dir, { author: BOT });
    await expect(repo.fetchBase('main')).rejects.toThrow(/^git could not fetch main on origin: fatal: .*missing\.git/);
    await expect(openRepo(scratch.root, { author: BOT })).rejects.toThrow(`${scratch.root} is not a git clone with an 'origin' remote`);
  });
});

describe('RenewalRepo over http', () => {
  it('sends the token as a basic auth header only in the environment, replacing a persisted one', async () => {
    const seen: string[][] = [];
    const server = createServer((request, response) => {
      seen.push(request.rawHeaders.filter((_, index, all) => index > 0 && all[index - 1]?.toLowerCase() === 'authorization'));
      response.writeHead(403).end('forbidden');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const dir = await cloneRepo(bare, join(scratch.root, 'one'));
      const git = gitAs(dir);
      await git.raw(['remote', 'set-url', 'origin', `http://127.0.0.1:${port}/acme/config.git`]);
      await git.raw(['config', `http.http://127.0.0.1:${port}/.extraheader`, 'AUTHORIZATION: basic c3RhbGU=']);
      const token = 'ghs_test-token-123';
      const repo = await openRepo(dir, { author: BOT, token });

      const failure = await repo.fetchBase('main').then(
        () => new Error('fetch unexpectedly worked'),
        (error: unknown) => error as Error,
      );
      expect(failure.message).toMatch(/^git could not fetch main on origin: fatal: unable to access/);
      expect(failure.message).not.toContain(token);
      const expected = `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
      expect(seen.length).toBeGreaterThan(0);
      for (const headers of seen) expect(headers).toEqual([expected]);
      expect(await readFile(join(dir, '.git/config'), 'utf8')).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('sends no token to a local remote', async () => {
    const repo = await openRepo(await cloneRepo(bare, join(scratch.root, 'one')), { author: HUMAN, token: 'unused' });
    expect(await repo.fetchBase('main')).toBe(await branchSha(bare, 'main'));
  });
});
