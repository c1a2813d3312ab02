/**
 * A clone with a submodule and `submodule.recurse=true` (a common user
 * setting): the renewal reads and commits the base branch without touching
 * the submodule. A recursing `read-tree -u` checked the submodule out into the
 * throw-away snapshot and pointed the clone's `.git/modules/<sub>` at it, so
 * `git status` in the clone failed once the snapshot was removed.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { checkoutSnapshot } from '../../src/renew/snapshot.js';
import { createBareRepo, HUMAN } from '../support/git-repos.js';
import { CONFIG, ORG_FILE, SERVICE_BRANCH, organizationYaml, startFlowBed, stopFlowBed, type FlowBed } from './harness.js';

const run = promisify(execFile);

/** Real git as a user runs it (their config applies), file:// submodules allowed. */
async function git(dir: string, ...args: string[]): Promise<string> {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GIT_AUTHOR_NAME: HUMAN.name,
    GIT_AUTHOR_EMAIL: HUMAN.email,
    GIT_COMMITTER_NAME: HUMAN.name,
    GIT_COMMITTER_EMAIL: HUMAN.email,
  };
  return (await run('git', ['-c', 'protocol.file.allow=always', ...args], { cwd: dir, env })).stdout;
}

let bed: FlowBed | undefined;
afterEach(async () => {
  if (bed) await stopFlowBed(bed);
  bed = undefined;
});

/** The bed's origin with `vendor/lib` as a submodule on main, and a clone with it checked out and `submodule.recurse=true`. */
async function cloneWithSubmodule(): Promise<{ clone: string; moduleConfig: string }> {
  bed = await startFlowBed({ 'abm-gitops.yml': CONFIG, [ORG_FILE]: organizationYaml() });
  const lib = await createBareRepo(join(bed.scratch.root, 'lib'), { 'lib.txt': 'the vendored library\n' });
  const seed = await bed.clone('seed');
  await git(seed, 'submodule', 'add', '--quiet', lib, 'vendor/lib');
  await git(seed, 'commit', '--quiet', '-m', 'Vendor the library');
  await git(seed, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
  const clone = await bed.clone('user');
  await git(clone, 'submodule', 'update', '--init', '--quiet');
  await git(clone, 'config', 'submodule.recurse', 'true');
  const moduleConfig = join(clone, '.git', 'modules', 'vendor', 'lib', 'config');
  return { clone, moduleConfig };
}

describe('renew in a clone with a submodule and submodule.recurse=true', () => {
  it('the base snapshot has an empty vendor/lib and leaves the clone working', async () => {
    const { clone, moduleConfig } = await cloneWithSubmodule();
    const before = await readFile(moduleConfig, 'utf8');
    const snapshot = await checkoutSnapshot(clone, 'refs/remotes/origin/main');
    try {
      expect((await stat(join(snapshot.dir, 'vendor', 'lib'))).isDirectory()).toBe(true);
      expect(await readdir(join(snapshot.dir, 'vendor', 'lib'))).toEqual([]);
      expect(await readFile(join(snapshot.dir, ORG_FILE), 'utf8')).toBe(organizationYaml());
    } finally {
      await snapshot.cleanup();
    }
    expect(await readFile(moduleConfig, 'utf8')).toBe(before);
    expect(await git(clone, 'status', '--porcelain')).toBe('');
    expect(await readFile(join(clone, 'vendor', 'lib', 'lib.txt'), 'utf8')).toBe('the vendored library\n');
  });

  it('a whole renewal run opens its pull request and leaves the clone and its submodule as they were', async () => {
    const { clone, moduleConfig } = await cloneWithSubmodule();
    const before = await readFile(moduleConfig, 'utf8');
    const result = await bed!.run('2026-12-18', { cloneDir: clone });
    expect(result.outcomes.map((outcome) => `${outcome.action} ${outcome.branch}`)).toContain(`opened ${SERVICE_BRANCH}`);
    expect(await readFile(moduleConfig, 'utf8')).toBe(before);
    expect(await git(clone, 'status', '--porcelain')).toBe('');
    // The renewal commit keeps the submodule entry as the base has it.
    const entry = (ref: string) => git(bed!.bare, 'ls-tree', ref, '--', 'vendor/lib');
    expect(await entry(`refs/heads/${SERVICE_BRANCH}`)).toBe(await entry('refs/heads/main'));
  });
});
