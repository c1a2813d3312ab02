/**
 * The git side of a renewal: build one commit per renewal branch on top of
 * `origin/<base>` and push it with a lease, from a clone whose `origin` is
 * the repository to update.
 *
 * Commits are made with plumbing (`hash-object`, `update-index` on a
 * throw-away index file, `write-tree`, `commit-tree`) rather than a checkout
 * or a worktree: the caller's HEAD, index and working files are never
 * touched, nothing has to be cleaned up after a crash half-way, and the
 * commit is a pure function of (base, files, message, identity, date), so
 * two runs produce the same sha and a rerun finds its own push up to date.
 * A branch whose tree already is the base's with these files is not built
 * again: its tree is compared without writing anything (`diff-tree` against
 * the base, the files' blob ids computed here as git computes them).
 *
 * The token travels only in the child's environment: `--config-env` names
 * an environment variable holding the `Authorization` header, so it is
 * neither in argv (visible to `ps`) nor in `.git/config`.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimpleGit } from 'simple-git';
import { gitClient } from '../git/index.js';

export interface GitIdentity {
  name: string;
  email: string;
}

export interface OpenRepoOptions {
  author: GitIdentity;
  /** Token for an http(s) `origin`; ignored for local and file remotes. */
  token?: string;
  /** `origin`'s URL as the caller already read it (`readOriginUrl`; null: there is no `origin`); read here otherwise. */
  originUrl?: string | null;
  /** The clone's git directory (`rev-parse --absolute-git-dir`) when the caller knows it; asked of git otherwise. */
  gitDir?: string;
}

export interface FileChange {
  /** Path inside the repository, with forward slashes. */
  path: string;
  content: string;
}

export interface PrepareBranchOptions {
  branch: string;
  base: string;
  files: FileChange[];
  message: string;
  /** Author and committer date (ISO 8601), so the same inputs make the same commit. */
  date: string;
}

export interface PreparedCommit {
  /** The commit holding the files on the base: the remote branch's own (as last fetched) when its tree already is that tree. */
  sha: string;
  /** False when the remote branch (as last fetched) already has exactly this tree. */
  treeDiffers: boolean;
}

export type PushOutcome = 'pushed' | 'up-to-date' | 'lease-rejected' | 'rejected';

const AUTH_HEADER_VARIABLE = 'ABM_GITOPS_GIT_HTTP_HEADER';

export class RenewalRepo {
  /**
   * The tracking refs this repo wrote, as it wrote them (null: dropped): what `prepareBranch` would read back
   * from them, without a process to read it. A ref this repo never fetched is read from the clone.
   */
  private readonly written = new Map<string, string | null>();
  /** Tree entries already listed, by tree and path (undefined: not in the tree); a tree's entries never change. */
  private readonly listed = new Map<string, TreeEntry | undefined>();

  private constructor(
    private readonly dir: string,
    private readonly gitDir: string,
    private readonly identity: GitIdentity,
    private readonly token: string | undefined,
    private readonly authUrl: string | undefined,
  ) {}

  static async open(dir: string, options: OpenRepoOptions): Promise<RenewalRepo> {
    const [originUrl, gitDir] = await Promise.all([
      options.originUrl !== undefined ? options.originUrl : readOriginUrl(dir),
      options.gitDir ??
        gitClient(dir)
          .raw(['rev-parse', '--absolute-git-dir'])
          .then(
            (out) => out.replace(/\n$/, ''),
            () => '',
          ),
    ]);
    if (originUrl === null) throw new Error(`${dir} is not a git clone with an 'origin' remote`);
    const authUrl = /^https?:\/\//i.test(originUrl) && options.token ? hostPrefix(originUrl) : undefined;
    return new RenewalRepo(dir, gitDir, options.author, options.token, authUrl);
  }

  /** Updates `origin/<base>` and returns its sha. */
  async fetchBase(base: string): Promise<string> {
    const tracking = `refs/remotes/origin/${base}`;
    await this.network(['fetch', ...FETCH_OPTIONS, 'origin', `+refs/heads/${base}:${tracking}`], `fetch ${base}`);
    // git writes only commits to a branch (`refs/heads/`), so the fetched sha already is what `^{commit}` would peel to.
    const sha = (await this.fetchedSha(base)) ?? (await this.git().raw(['rev-parse', `${tracking}^{commit}`])).trim();
    this.written.set(tracking, sha);
    return sha;
  }

  /**
   * The branch's sha on the remote right now, fetched into `origin/<branch>`
   * so that `hasForeignCommits` and `prepareBranch` see that same snapshot;
   * null (and the stale tracking ref dropped) when the branch does not exist.
   * One fetch answers both (an `ls-remote` before it was a second trip to
   * origin): a branch that is not there fails it with git's `couldn't find
   * remote ref`, any other failure is an error as before.
   */
  async remoteBranchSha(branch: string): Promise<string | null> {
    const tracking = `refs/remotes/origin/${branch}`;
    try {
      await this.network(['fetch', ...FETCH_OPTIONS, 'origin', `+refs/heads/${branch}:${tracking}`], `look up ${branch}`, false, MISSING_REMOTE_REF);
    } catch (error) {
      if (!(error instanceof MissingRemoteRef)) throw error;
      await this.git().raw(['update-ref', '-d', tracking]);
      this.written.set(tracking, null);
      return null;
    }
    const sha = (await this.fetchedSha(branch)) ?? (await this.git().raw(['rev-parse', '--verify', '--end-of-options', tracking])).trim();
    this.written.set(tracking, sha);
    return sha;
  }

  /** Branch names (without `refs/heads/`) on the remote that start with `prefix`. */
  async listRemoteBranches(prefix: string): Promise<string[]> {
    const listing = await this.network(['ls-remote', '--heads', 'origin'], 'list branches');
    return [...parseLsRemote(listing).keys()]
      .map((ref) => ref.slice('refs/heads/'.length))
      .filter((name) => name.startsWith(prefix))
      .sort();
  }

  async prepareBranch(options: PrepareBranchOptions): Promise<PreparedCommit> {
    const baseRef = `refs/remotes/origin/${options.base}`;
    const branchRef = `refs/remotes/origin/${options.branch}`;
    const refs = await this.trackingRefs([baseRef, branchRef]);
    const baseSha = refs.get(baseRef);
    if (baseSha === undefined) throw new Error(`origin/${options.base} is unknown: fetch the base branch first`);
    const when = gitDate(options.date);
    const onBase =
      options.files.length > 0
        ? await this.treeEntries(
            baseSha,
            options.files.map((file) => file.path),
          )
        : new Map<string, TreeEntry>();
    // `100755` stays executable, anything else (or a new file) is `100644`.
    const entries = new Map(options.files.map((file) => [file.path, { mode: onBase.get(file.path)?.mode === '100755' ? '100755' : '100644', content: file.content }]));
    const remoteSha = refs.get(branchRef);
    if (remoteSha !== undefined && (await this.holdsOnlyThese(baseSha, remoteSha, onBase, entries))) return { sha: remoteSha, treeDiffers: false };
    const scratch = await mkdtemp(join(tmpdir(), 'abm-gitops-commit-'));
    try {
      const git = gitClient(this.dir, {
        GIT_INDEX_FILE: join(scratch, 'index'),
        GIT_AUTHOR_NAME: this.identity.name,
        GIT_AUTHOR_EMAIL: this.identity.email,
        GIT_AUTHOR_DATE: when,
        GIT_COMMITTER_NAME: this.identity.name,
        GIT_COMMITTER_EMAIL: this.identity.email,
        GIT_COMMITTER_DATE: when,
      });
      await git.raw(['read-tree', baseSha]);
      if (entries.size > 0) {
        // One process per step for all files, not one per file: each git process started from a large Node process is dear.
        const files = [...entries];
        const blobFiles = files.map((_, index) => join(scratch, `blob-${index}`));
        await Promise.all(files.map(([, { content }], index) => writeFile(blobFiles[index]!, content)));
        const blobs = (await git.raw(['hash-object', '-w', '--no-filters', '--', ...blobFiles])).trim().split('\n');
        await git.raw(['update-index', '--add', ...files.flatMap(([path, { mode }], index) => ['--cacheinfo', `${mode},${blobs[index]},${path}`])]);
      }
      const tree = (await git.raw(['write-tree'])).trim();
      const sha = (await git.raw(['commit-tree', '--no-gpg-sign', tree, '-p', baseSha, '-m', options.message])).trim();
      // A branch that already had this tree was answered above, without building.
      return { sha, treeDiffers: true };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  /**
   * Pushes `sha` to the branch only if the remote still holds
   * `expectedRemoteSha` (null: only if the branch does not exist yet).
   */
  async pushBranch(branch: string, sha: string, options: { expectedRemoteSha: string | null }): Promise<PushOutcome> {
    const lease = `--force-with-lease=refs/heads/${branch}:${options.expectedRemoteSha ?? ''}`;
    const output = await this.network(['push', '--porcelain', '--no-verify', '--no-recurse-submodules', lease, 'origin', `${sha}:refs/heads/${branch}`], `push ${branch}`, true);
    return parsePushOutcome(output, branch);
  }

  /**
   * True when the remote branch (as fetched by `remoteBranchSha`) holds work
   * that is not a single commit of ours on top of the base: someone else's
   * commit, or more than one commit.
   */
  async hasForeignCommits(branch: string, base: string): Promise<boolean> {
    let log: string;
    try {
      log = await this.git().raw(['log', '--format=%an%x00%ae%x00%cn%x00%ce', `refs/remotes/origin/${base}..refs/remotes/origin/${branch}`]);
    } catch (error) {
      // Asked only when it failed (one process fewer in the usual case): a branch that is not there has no commits.
      if ((await this.resolve(`refs/remotes/origin/${branch}`)) === null) return false;
      throw error;
    }
    const commits = log.split('\n').filter((line) => line.length > 0);
    if (commits.length > 1) return true;
    const { name, email } = this.identity;
    return commits.some((line) => line !== [name, email, name, email].join('\0'));
  }

  /**
   * Deletes the remote branch only while it still holds `checkedSha`, the
   * commit the caller inspected: a lease, so a commit someone pushes between
   * that check and this delete survives ('moved'). A branch that is already
   * gone is not an error.
   */
  async deleteRemoteBranch(branch: string, checkedSha: string): Promise<'deleted' | 'already-gone' | 'moved'> {
    const lease = `--force-with-lease=refs/heads/${branch}:${checkedSha}`;
    const output = await this.network(['push', '--porcelain', '--no-verify', '--no-recurse-submodules', lease, 'origin', `:refs/heads/${branch}`], `delete ${branch}`, true);
    const line = porcelainLine(output, branch);
    if (line?.flag === '-') {
      await this.git().raw(['update-ref', '-d', `refs/remotes/origin/${branch}`]);
      this.written.set(`refs/remotes/origin/${branch}`, null);
      return 'deleted';
    }
    // Refused: the lease was lost (the branch moved or is gone) or origin said no; what is there now decides.
    const now = await this.remoteBranchSha(branch);
    if (now === null) return 'already-gone';
    if (now !== checkedSha) return 'moved';
    throw new Error(`git could not delete branch ${branch} on origin${line ? `: ${line.summary}` : ''}`);
  }

  private git(): SimpleGit {
    return gitClient(this.dir);
  }

  private async resolve(ref: string): Promise<string | null> {
    try {
      return (await this.git().raw(['rev-parse', '--verify', '--quiet', ref])).trim() || null;
    } catch {
      return null;
    }
  }

  /**
   * The sha the fetch that just ran wrote for `branch`, from `FETCH_HEAD` (a file read instead of a `rev-parse`);
   * undefined when that file does not name this branch (someone else's fetch in the same clone got in between).
   */
  private async fetchedSha(branch: string): Promise<string | undefined> {
    if (this.gitDir === '') return undefined;
    const head = await readFile(join(this.gitDir, 'FETCH_HEAD'), 'utf8').catch(() => '');
    const lines = head.split('\n').filter((line) => line !== '');
    const [sha = '', , description = ''] = lines[0]?.split('\t') ?? [];
    return lines.length === 1 && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) && description.startsWith(`branch '${branch}' of `) ? sha : undefined;
  }

  /**
   * The sha of each of `refs` that exists: as this repo wrote it, else read by one process.
   * (for-each-ref also lists refs below a name given, so only exact names are kept.)
   */
  private async trackingRefs(refs: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const unknown = refs.filter((ref) => !this.written.has(ref));
    for (const ref of refs) {
      const sha = this.written.get(ref);
      if (sha) found.set(ref, sha);
    }
    if (unknown.length === 0) return found;
    const listing = await this.git().raw(['for-each-ref', '--format=%(refname) %(objectname)', ...unknown]);
    for (const line of listing.split('\n')) {
      const [name, sha] = line.split(' ');
      if (name !== undefined && sha && unknown.includes(name)) found.set(name, sha);
    }
    return found;
  }

  /** The entries `paths` have in `tree` (mode, type, object id), read by one process (none when all were listed before). */
  private async treeEntries(tree: string, paths: string[]): Promise<Map<string, TreeEntry>> {
    const unlisted = paths.filter((path) => !this.listed.has(`${tree}:${path}`));
    if (unlisted.length > 0) {
      const listing = await this.git().raw(['ls-tree', '-z', tree, '--', ...unlisted]);
      for (const path of unlisted) this.listed.set(`${tree}:${path}`, undefined);
      for (const entry of listing.split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab < 0) continue;
        const [mode = '', type = '', id = ''] = entry.slice(0, tab).split(' ');
        this.listed.set(`${tree}:${entry.slice(tab + 1)}`, { mode, type, id });
      }
    }
    const entries = new Map<string, TreeEntry>();
    for (const path of paths) {
      const entry = this.listed.get(`${tree}:${path}`);
      if (entry !== undefined) entries.set(path, entry);
    }
    return entries;
  }

  /**
   * Whether `commit`'s tree is exactly `base`'s tree with `files` (path → mode and content) written into it,
   * the tree `prepareBranch` would build: every path where the two trees differ is one of the files, holding
   * its mode and content, and a file the commit leaves as the base has it is already that. One `diff-tree`;
   * the files' blob ids are hashed here as git hashes them (a repository in another object format compares
   * unequal, and the branch is built).
   */
  private async holdsOnlyThese(base: string, commit: string, onBase: Map<string, TreeEntry>, files: Map<string, { mode: string; content: string }>): Promise<boolean> {
    const diff = (await this.git().raw(['diff-tree', '-r', '-z', '--no-renames', base, commit])).split('\0');
    const changed = new Map<string, { mode: string; id: string; status: string }>();
    for (let index = 0; index + 1 < diff.length; index += 2) {
      const [, mode = '', , id = '', status = ''] = diff[index]!.split(' ');
      changed.set(diff[index + 1]!, { mode, id, status });
    }
    for (const path of changed.keys()) if (!files.has(path)) return false;
    for (const [path, { mode, content }] of files) {
      const id = blobId(content, base.length);
      const now = changed.get(path) ?? onBase.get(path);
      if (now === undefined || ('type' in now ? now.type !== 'blob' : now.status === 'D') || now.mode !== mode || now.id !== id) return false;
    }
    return true;
  }

  /**
   * Runs a command that talks to `origin`, with the auth header for http(s)
   * remotes. Failures become one clean line; `tolerateExitCode` returns the
   * output of a push that git reports as (partly) rejected; output matching
   * `missing` throws `MissingRemoteRef` instead. Fetches and pushes
   * pass `--no-recurse-submodules`: a user's `submodule.recurse=true` must not
   * make a renewal fetch or check the submodules' remotes.
   */
  private async network(args: string[], what: string, tolerateExitCode = false, missing?: RegExp): Promise<string> {
    const env: Record<string, string> = {};
    const configArgs: string[] = [];
    if (this.authUrl !== undefined && this.token !== undefined) {
      const basic = Buffer.from(`x-access-token:${this.token}`).toString('base64');
      env[AUTH_HEADER_VARIABLE] = `AUTHORIZATION: basic ${basic}`;
      env.ABM_GITOPS_GIT_EMPTY = '';
      // The empty value clears a header another tool (actions/checkout) configured for the same URL.
      configArgs.push(`--config-env=http.${this.authUrl}.extraheader=ABM_GITOPS_GIT_EMPTY`);
      configArgs.push(`--config-env=http.${this.authUrl}.extraheader=${AUTH_HEADER_VARIABLE}`);
    }
    try {
      return await gitClient(this.dir, env).raw([...configArgs, ...args]);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (tolerateExitCode && /^[ +\-*!=]\t/m.test(text)) return text;
      if (missing?.test(text)) throw new MissingRemoteRef();
      // eslint-disable-next-line preserve-caught-error -- the cause may carry the token; only its scrubbed first line travels on
      throw new Error(`git could not ${what} on origin: ${firstErrorLine(this.scrub(text))}`);
    }
  }

  private scrub(text: string): string {
    if (this.token === undefined || this.token === '') return text;
    const basic = Buffer.from(`x-access-token:${this.token}`).toString('base64');
    return text.split(this.token).join('***').split(basic).join('***');
  }
}

/**
 * Every fetch: no tags, no submodules, and `FETCH_HEAD` written whatever the user's `fetch.writeFetchHead`
 * (the fetched sha is read from it, and a stale one from an earlier fetch must not be).
 */
const FETCH_OPTIONS = ['--no-tags', '--no-recurse-submodules', '--write-fetch-head'];

/** `origin`'s URL as git reads it (with `url.<base>.insteadOf` applied), or null when the clone has no `origin`. */
export async function readOriginUrl(dir: string): Promise<string | null> {
  try {
    return (await gitClient(dir).raw(['remote', 'get-url', 'origin'])).trim();
  } catch {
    return null;
  }
}

/** git's message (LANG=C) when a fetch names a branch origin does not have; older git wrote it with a capital C. */
const MISSING_REMOTE_REF = /^fatal: couldn't find remote ref /im;

/** A fetched branch that origin does not have (the error carries no git output, so no token either). */
class MissingRemoteRef extends Error {}

interface TreeEntry {
  mode: string;
  type: string;
  id: string;
}

/** The id git gives a blob of `content` (`hash-object --no-filters`), in the object format whose ids have `idLength` hex digits. */
function blobId(content: string, idLength: number): string | undefined {
  const algorithm = idLength === 40 ? 'sha1' : idLength === 64 ? 'sha256' : undefined;
  if (algorithm === undefined) return undefined;
  const bytes = Buffer.from(content, 'utf8');
  return createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export function openRepo(dir: string, options: OpenRepoOptions): Promise<RenewalRepo> {
  return RenewalRepo.open(dir, options);
}

/** `scheme://host[:port]/`: as specific as the header actions/checkout persists, with no path text for simple-git's config guard to misread. */
function hostPrefix(url: string): string {
  return `${new URL(url).origin}/`;
}

function gitDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`not a date: ${iso}`);
  return `@${Math.floor(time / 1000)} +0000`;
}

function parseLsRemote(output: string): Map<string, string> {
  const refs = new Map<string, string>();
  for (const line of output.split('\n')) {
    const [sha, ref] = line.split('\t');
    if (sha && ref) refs.set(ref.trim(), sha.trim());
  }
  return refs;
}

interface PorcelainLine {
  flag: string;
  summary: string;
}

function porcelainLine(output: string, branch: string): PorcelainLine | undefined {
  for (const line of output.split('\n')) {
    const [flag, refs, summary = ''] = line.split('\t');
    if (flag !== undefined && flag.length === 1 && refs?.endsWith(`:refs/heads/${branch}`)) return { flag, summary };
  }
  return undefined;
}

/**
 * The branch moved under us: caught client-side (`stale info`, `fetch first`)
 * or by the server's compare-and-swap when two pushes race.
 */
const LOST_RACE = /stale info|fetch first|failed to update ref|already exists/;

function parsePushOutcome(output: string, branch: string): PushOutcome {
  const line = porcelainLine(output, branch);
  if (line === undefined) throw new Error(`git push of ${branch} gave no status for the branch`);
  if (line.flag !== '!') return line.flag === '=' ? 'up-to-date' : 'pushed';
  return LOST_RACE.test(line.summary) || /cannot lock ref|incorrect old value/.test(output) ? 'lease-rejected' : 'rejected';
}

function firstErrorLine(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return lines.find((line) => /^(fatal|error):/.test(line)) ?? lines[0] ?? 'unknown error';
}
