/**
 * Real git repositories in temp dirs for the renewal tests: a bare "origin"
 * seeded with a main commit, clones of it, and commits made as a human.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { runFolder } from './run-folder.js';

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

/** A scratch directory in this run's folder (on tmpfs where there is one; removed with the run even if a test does not clean up). */
export async function makeScratch(prefix = 'abm-gitops-test-'): Promise<Scratch> {
  const root = await mkdtemp(join(runFolder(), prefix));
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

/**
 * A bare repository at `<root>/origin.git` whose `main` holds `files` in one
 * commit. The repository is built with git once per set of files in each
 * worker (`init --bare` and one `fast-import`; init, add, commit, push for
 * files `git add` may store otherwise) and copied for every later call: the
 * same bytes, so the same commit, at the cost of a directory copy.
 */
export async function createBareRepo(root: string, files: Record<string, string>, branch = 'main'): Promise<string> {
  const bare = join(root, 'origin.git');
  const key = JSON.stringify([branch, Object.entries(files)]);
  let template = bareTemplates.get(key);
  if (template === undefined) {
    template = buildBareRepo(join(templateRoot(), `${bareTemplates.size}`), files, branch);
    bareTemplates.set(key, template);
    template.catch(() => bareTemplates.delete(key));
  }
  copyTree(await template, bare);
  return bare;
}

const bareTemplates = new Map<string, Promise<string>>();

/** This worker's folder of template repositories, removed at the end of the run. */
function templateRoot(): string {
  return join(runFolder(), `bare-templates-${process.pid}`);
}

async function buildBareRepo(root: string, files: Record<string, string>, branch: string): Promise<string> {
  const bare = join(root, 'origin.git');
  await mkdir(bare, { recursive: true });
  await gitAs(bare).raw(['init', '--bare', '--initial-branch', branch]);
  if (!needsGitAdd(files)) {
    // receive.autogc=false as `git config` writes it; the commit by `git fast-import`, as `commitAs` makes one.
    await appendFile(join(bare, 'config'), '[receive]\n\tautogc = false\n');
    await fastImport(bare, commitCommands({ ref: `refs/heads/${branch}`, files, message: 'Initial configuration', identity: HUMAN }), HUMAN);
    return bare;
  }
  await gitAs(bare).raw(['config', 'receive.autogc', 'false']);
  const seed = join(root, 'seed');
  await mkdir(seed, { recursive: true });
  const git = gitAs(seed);
  await git.raw(['init', '--initial-branch', branch]);
  await writeFiles(seed, files);
  await git.raw(['add', '-A']);
  await git.raw(['commit', '-m', 'Initial configuration']);
  await git.raw(['push', bare, `${branch}:refs/heads/${branch}`]);
  await rm(seed, { recursive: true, force: true });
  return bare;
}

/**
 * Files that `git add` might store otherwise than as given: checkout filters (`.gitattributes`), a carriage
 * return (`core.autocrlf` in the user's config), a path fast-import would need quoted. Those are committed
 * by `git add` and `git commit` in a seed clone and pushed (a dozen processes); any other set of files is
 * the same commit written by one `git fast-import` (mode 100644, the bytes as given, as `git add` stores them).
 */
function needsGitAdd(files: Record<string, string>): boolean {
  return Object.entries(files).some(
    ([path, content]) => path.split('/').some((part) => part.startsWith('.git')) || content.includes('\r') || !/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(path),
  );
}

/**
 * A clone of `bare`, as a CI job's checkout. git's automatic housekeeping is off in the clones and (for
 * pushes) in the origin repositories: after every fetch and push git starts `git maintenance run --auto`
 * (or `gc --auto`), which on repositories of a few dozen objects only checks its thresholds and exits, a
 * process that the renewal tests started ~260 times (docs/testing.md). The renewal's own commands are unchanged.
 *
 * The first clone of a repository in a given state (its HEAD and every ref, so the same commits) is made
 * by `git clone` into this worker's templates and copied from there for every later clone of a
 * repository in that state, with the origin's path in `.git/config` and the reflogs written as `git clone`
 * writes it: the same refs, objects, index, files and config, without a clone's three processes.
 */
export async function cloneRepo(bare: string, into: string): Promise<string> {
  if (!PLAIN_PATH.test(bare)) return gitClone(bare, into);
  const state = await repositoryState(bare);
  let template = cloneTemplates.get(state);
  if (template === undefined) {
    const made = gitClone(bare, join(templateRoot(), 'clones', `${++cloneTemplateCount}`)).then(async (clone) => {
      // The origin moved while it was cloned: this clone is of no known state.
      if ((await repositoryState(bare)) !== state) throw new Error('moved');
      return { clone, origin: bare };
    });
    template = made;
    cloneTemplates.set(state, template);
    made.catch(() => cloneTemplates.delete(state));
  }
  const made = await template.catch(() => undefined);
  if (made === undefined) return gitClone(bare, into);
  copyTree(made.clone, into);
  const gitDir = join(into, '.git');
  const logs = (await readdir(join(gitDir, 'logs'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  await Promise.all([join(gitDir, 'config'), ...logs].map(async (file) => writeFile(file, (await readFile(file, 'utf8')).split(made.origin).join(bare))));
  return into;
}

/**
 * Copies the folder `from` to `to` (made if missing): files with their mode, symlinks as they are (a clone's
 * work tree may hold one). Synchronous on purpose: a repository of a few dozen files copied this way costs a
 * worker ~6-10 ms of CPU, `fs.promises.cp` (JavaScript, a promise per stat and copy) 50-60 ms, more than the
 * `git clone` it replaces (23-27 ms with its processes; docs/testing.md, round 7).
 */
export function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else copyFileSync(source, target);
  }
}

/** A path git writes into `.git/config` as it is (no quoting or escapes), so it can be replaced as text. */
const PLAIN_PATH = /^[A-Za-z0-9_./-]+$/;

/** Clone templates by the origin's state (`repositoryState`), per worker. */
const cloneTemplates = new Map<string, Promise<{ clone: string; origin: string }>>();
let cloneTemplateCount = 0;

function gitClone(bare: string, into: string): Promise<string> {
  return gitAs(tmpdir())
    .raw(['clone', '--quiet', '--config', 'maintenance.auto=false', bare, into])
    .then(() => into);
}

/** A bare repository's HEAD and refs (loose files and packed-refs) as one string: equal strings, equal clones. */
async function repositoryState(bare: string): Promise<string> {
  return `${await readFile(join(bare, 'HEAD'), 'utf8')}\n${await refFiles(bare)}`;
}

/** The bare repository's refs (loose files and packed-refs) as one string, the same wherever the repository is. */
export async function refFiles(bare: string): Promise<string> {
  const loose = await readdir(join(bare, 'refs'), { recursive: true, withFileTypes: true });
  const texts = await Promise.all(
    loose
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return `${path.slice(bare.length)} ${await readFile(path, 'utf8')}`;
      }),
  );
  const packed = await readFile(join(bare, 'packed-refs'), 'utf8').catch(() => '');
  return [...texts.sort(), packed].join('\n');
}

/**
 * Commits `files` as `identity` on top of `branch` of the bare repo (a new
 * branch starts from `from`) and returns the sha: the commit a person makes
 * in a clone and pushes, written straight into the repository by one
 * `git fast-import` (a clone, checkout, add, commit and push were seven git
 * processes, the clone and push the dearest of the renewal tests' fixtures).
 * The files are stored as given, mode 100644, with no checkout filters
 * (`.gitattributes`), as `git add` stores them in the repositories here; the
 * branch moves only forward, so it fails as a push would if the branch moved meanwhile.
 */
/** `modes` gives a file another mode than 100644 (100755 executable; 120000 a symlink, its content the target). */
export async function commitAs(
  bare: string,
  options: { branch: string; from?: string; files: Record<string, string>; modes?: Record<string, string>; message: string; identity?: Identity },
): Promise<string> {
  const identity = options.identity ?? HUMAN;
  const from = options.from ?? 'main';
  const [branchHead, fromHead] = await branchShas(bare, [options.branch, from]);
  const parent = branchHead ?? fromHead;
  if (parent === null) throw new Error(`commitAs: neither ${options.branch} nor ${from} exists in ${bare}`);
  return (
    await fastImport(
      bare,
      commitCommands({ ref: `refs/heads/${options.branch}`, parent, files: options.files, modes: options.modes, message: options.message, identity }),
      identity,
    )
  ).trim();
}

/** fast-import's commands for one commit of `files` on `ref` (on top of `parent`, or a first commit), ending by printing its sha. */
function commitCommands(commit: {
  ref: string;
  parent?: string;
  files: Record<string, string>;
  modes?: Record<string, string> | undefined;
  message: string;
  identity: Identity;
}): string {
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const signature = `${commit.identity.name} <${commit.identity.email}> ${Math.floor(Date.now() / 1000)} +0000`;
  return [
    `commit ${commit.ref}\nmark :1\nauthor ${signature}\ncommitter ${signature}\n`,
    data(`${commit.message}\n`),
    commit.parent === undefined ? '' : `from ${commit.parent}\n`,
    ...Object.entries(commit.files).map(([path, content]) => `M ${commit.modes?.[path] ?? '100644'} inline ${path}\n${data(content)}`),
    '\nget-mark :1\n',
  ].join('');
}

/** `git fast-import` in `repo`; its objects stay in the pack it writes (`unpackLimit=0`: no `unpack-objects` process to make them loose). */
function fastImport(repo: string, commands: string, identity: Identity): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'fastimport.unpackLimit=0', 'fast-import', '--quiet'], { cwd: repo, env: isolatedEnv(identity), stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`git fast-import in ${repo} failed (${code}): ${err.trim()}`))));
    child.stdin.end(commands);
  });
}

/** The sha of `branch` in a bare repository, or null when it does not exist. */
export async function branchSha(repo: string, branch: string): Promise<string | null> {
  const [sha] = await branchShas(repo, [branch]);
  return sha ?? null;
}

/**
 * The sha of each of `branches` (null for one that does not exist) in a bare
 * repository, read from its ref files as git reads them: the loose ref
 * `refs/heads/<branch>` (git replaces it by a rename, so a read sees the old
 * or the new sha, never half of one), else the branch's line in `packed-refs`.
 * No process: the local GitHub server and the tests look up branches a few
 * hundred times a file, each lookup was a git process started from a large
 * worker (docs/testing.md). An unusual name, or a ref holding anything but a
 * sha (a symbolic ref), is asked of git itself.
 */
export async function branchShas(repo: string, branches: string[]): Promise<Array<string | null>> {
  if (branches.some((branch) => !PLAIN_NAME.test(branch))) return branchShasByGit(repo, branches);
  let packed: Map<string, string> | undefined;
  const shas: Array<string | null> = [];
  for (const branch of branches) {
    const ref = `refs/heads/${branch}`;
    const loose = await readRef(join(repo, ref));
    if (loose !== null) {
      if (!SHA.test(loose)) return branchShasByGit(repo, branches);
      shas.push(loose);
      continue;
    }
    packed ??= await packedRefs(repo);
    shas.push(packed.get(ref) ?? null);
  }
  return shas;
}

const SHA = /^[0-9a-f]{40}$/;
/** A branch name that is a path below refs/heads/ as it stands (no `..`, no leading or doubled slash); others go to git. */
const PLAIN_NAME = /^(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._-][A-Za-z0-9._/-]*$/;

/** The trimmed content of a loose ref file, or null when there is none (a folder of that name is no ref either). */
async function readRef(path: string): Promise<string | null> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/** `packed-refs` as ref name → sha (its `#` header and `^` peeled lines skipped). */
async function packedRefs(repo: string): Promise<Map<string, string>> {
  const text = (await readRef(join(repo, 'packed-refs'))) ?? '';
  const refs = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [sha, name] = line.split(' ');
    if (sha !== undefined && name !== undefined && SHA.test(sha)) refs.set(name, sha);
  }
  return refs;
}

/** branchShas through git (for-each-ref also lists refs below a name given, so only exact names count). */
async function branchShasByGit(repo: string, branches: string[]): Promise<Array<string | null>> {
  const refs = branches.map((branch) => `refs/heads/${branch}`);
  const listing = await gitAs(repo).raw(['for-each-ref', '--format=%(refname) %(objectname)', ...refs]);
  const found = new Map(
    listing
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.split(' ') as [string, string]),
  );
  return refs.map((ref) => found.get(ref) ?? null);
}

export async function showFile(repo: string, ref: string, path: string): Promise<string> {
  return gitAs(repo).raw(['show', `${ref}:${path}`]);
}
