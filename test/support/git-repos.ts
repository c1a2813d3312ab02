/**
 * Real git repositories in temp dirs for the renewal tests: a bare "origin"
 * seeded with a main commit, clones of it, and commits made as a human.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';

export const BOT = { name: 'abm-gitops', email: 'abm-gitops@users.noreply.example' };
export const HUMAN = { name: 'Dana Admin', email: 'dana@acme.example' };

export interface Identity {
  name: string;
  email: string;
}

/** A scratch directory removed by `cleanup()`. */
export interface Scratch {
  root: string;
  cleanup(): Promise<void>;
}

export async function makeScratch(prefix = 'abm-gitops-test-'): Promise<Scratch> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

function isolatedEnv(identity: Identity = HUMAN): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
  };
}

const IDENTITY_KEYS = ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL'];

export function gitAs(dir: string, identity: Identity = HUMAN): SimpleGit {
  return simpleGit({ baseDir: dir, allowEnvironment: IDENTITY_KEYS }).env(isolatedEnv(identity));
}

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

/** A bare repository at `<root>/origin.git` whose `main` holds `files` in one commit. */
export async function createBareRepo(root: string, files: Record<string, string>, branch = 'main'): Promise<string> {
  const bare = join(root, 'origin.git');
  const seed = join(root, 'seed');
  await mkdir(bare, { recursive: true });
  await mkdir(seed, { recursive: true });
  await gitAs(bare).raw(['init', '--bare', '--initial-branch', branch]);
  const git = gitAs(seed);
  await git.raw(['init', '--initial-branch', branch]);
  await writeFiles(seed, files);
  await git.raw(['add', '-A']);
  await git.raw(['commit', '-m', 'Initial configuration']);
  await git.raw(['push', bare, `${branch}:refs/heads/${branch}`]);
  await rm(seed, { recursive: true, force: true });
  return bare;
}

export async function cloneRepo(bare: string, into: string): Promise<string> {
  await gitAs(tmpdir()).raw(['clone', '--quiet', bare, into]);
  return into;
}

/**
 * Commits `files` as `identity` on top of `branch` of the bare repo (a new
 * branch starts from `from`), through a throw-away clone, and returns the sha.
 */
export async function commitAs(bare: string, options: { branch: string; from?: string; files: Record<string, string>; message: string; identity?: Identity }): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'abm-gitops-human-'));
  try {
    const git = gitAs(work, options.identity ?? HUMAN);
    await git.raw(['clone', '--quiet', bare, work]);
    const exists = (await git.raw(['ls-remote', '--heads', 'origin', `refs/heads/${options.branch}`])).trim() !== '';
    await git.raw(['checkout', '-B', options.branch, `origin/${exists ? options.branch : (options.from ?? 'main')}`]);
    await writeFiles(work, options.files);
    await git.raw(['add', '-A']);
    await git.raw(['commit', '-m', options.message]);
    await git.raw(['push', 'origin', `HEAD:refs/heads/${options.branch}`]);
    return (await git.raw(['rev-parse', 'HEAD'])).trim();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The sha of `branch` in a (bare) repository, or null when it does not exist. */
export async function branchSha(repo: string, branch: string): Promise<string | null> {
  try {
    return (await gitAs(repo).raw(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])).trim() || null;
  } catch {
    return null;
  }
}

export async function showFile(repo: string, ref: string, path: string): Promise<string> {
  return gitAs(repo).raw(['show', `${ref}:${path}`]);
}
