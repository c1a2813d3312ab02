/**
 * Reading the config repository as the base branch has it, without
 * touching the caller's checkout: the renewal plans from `origin/<base>`
 * (that is where "renewed" and "removed" are decided), whatever the working
 * tree holds. The tree is written out with a throw-away index file.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from '../base/errors.js';
import { gitClient as git } from '../git/index.js';

export interface RepoLocation {
  /** The clone's top directory. */
  top: string;
  /** The validated root inside it, `''` or ending in `/`. */
  prefix: string;
  /** The clone's git directory (a worktree's own), absolute. */
  gitDir: string;
}

export async function locateRepo(root: string): Promise<RepoLocation> {
  const absolute = resolve(root);
  try {
    // All three in one process: a line each (the prefix line is empty at the top).
    const lines = (await git(absolute).raw(['rev-parse', '--show-toplevel', '--show-prefix', '--absolute-git-dir'])).split('\n');
    if (lines.length === 4) return { top: lines[0]!.trim(), prefix: lines[1]!.trim(), gitDir: lines[2]! };
    // A newline inside a path: ask for each on its own.
    const ask = async (option: string) => (await git(absolute).raw(['rev-parse', option])).replace(/\n$/, '');
    return { top: (await ask('--show-toplevel')).trim(), prefix: (await ask('--show-prefix')).trim(), gitDir: await ask('--absolute-git-dir') };
  } catch {
    throw new UsageError(`renew needs a git clone of the config repository, and ${root} is not inside one`);
  }
}

/** Writes the tree of `ref` into a new temp folder; `cleanup` removes it. */
export async function checkoutSnapshot(top: string, ref: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const scratch = await mkdtemp(join(tmpdir(), 'abm-gitops-base-'));
  const cleanup = () => rm(scratch, { recursive: true, force: true });
  try {
    const tree = join(scratch, 'tree');
    await mkdir(tree);
    // One process: the tree read into the throw-away index and written out to `tree` as its work tree
    // (checkout filters applied as checkout-index would; no sparse-checkout patterns, no hooks). A submodule stays
    // an empty folder: under the user's `submodule.recurse=true` git would check it out here from the clone's
    // `.git/modules/<sub>` and point that module's `core.worktree` at this folder, which is about to be removed.
    const env = { GIT_INDEX_FILE: join(scratch, 'index'), GIT_WORK_TREE: tree };
    await git(top, env).raw(['read-tree', '--reset', '-u', '--no-sparse-checkout', '--no-recurse-submodules', '--end-of-options', ref]);
    return { dir: tree, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** The text of `path` at `ref`, or undefined when it is not there. */
export async function readAtRef(top: string, ref: string, path: string): Promise<string | undefined> {
  try {
    return await git(top).raw(['show', '--end-of-options', `${ref}:${path}`]);
  } catch {
    return undefined;
  }
}

export function parseRepositoryUrl(url: string): string | undefined {
  const match = /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+\/|[^@:/]+@[^:]+:)(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/**
 * Whether `ancestor` is contained in `descendant`; false when either is
 * unknown. (Counted rather than `merge-base --is-ancestor`, whose silent
 * exit 1 simple-git does not report as an error.)
 */
export async function isAncestor(top: string, ancestor: string, descendant: string): Promise<boolean> {
  try {
    const count = (await git(top).raw(['rev-list', '--count', '--end-of-options', `${descendant}..${ancestor}`, '--'])).trim();
    return count === '0';
  } catch {
    return false;
  }
}
