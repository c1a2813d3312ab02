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
 *
 * The token travels only in the child's environment: `--config-env` names
 * an environment variable holding the `Authorization` header, so it is
 * neither in argv (visible to `ps`) nor in `.git/config`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
  sha: string;
  /** False when the remote branch (as last fetched) already has exactly this tree. */
  treeDiffers: boolean;
}

export type PushOutcome = 'pushed' | 'up-to-date' | 'lease-rejected' | 'rejected';

const AUTH_HEADER_VARIABLE = 'ABM_GITOPS_GIT_HTTP_HEADER';

export class RenewalRepo {
  private constructor(
    private readonly dir: string,
    private readonly identity: GitIdentity,
    private readonly token: string | undefined,
    private readonly authUrl: string | undefined,
  ) {}

  static async open(dir: string, options: OpenRepoOptions): Promise<RenewalRepo> {
    const probe = gitClient(dir);
    let originUrl: string;
    try {
      originUrl = (await probe.raw(['remote', 'get-url', 'origin'])).trim();
    } catch {
      throw new Error(`${dir} is not a git clone with an 'origin' remote`);
    }
    const authUrl = /^https?:\/\//i.test(originUrl) && options.token ? hostPrefix(originUrl) : undefined;
    return new RenewalRepo(dir, options.author, options.token, authUrl);
  }

  /** Updates `origin/<base>` and returns its sha. */
  async fetchBase(base: string): Promise<string> {
    await this.network(['fetch', '--no-tags', '--no-recurse-submodules', 'origin', `+refs/heads/${base}:refs/remotes/origin/${base}`], `fetch ${base}`);
    return (await this.git().raw(['rev-parse', `refs/remotes/origin/${base}^{commit}`])).trim();
  }

  /**
   * The branch's sha on the remote right now, fetched into `origin/<branch>`
   * so that `hasForeignCommits` and `prepareBranch` see that same snapshot;
   * null (and the stale tracking ref dropped) when the branch does not exist.
   */
  async remoteBranchSha(branch: string): Promise<string | null> {
    const listing = await this.network(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`], `look up ${branch}`);
    const sha = parseLsRemote(listing).get(`refs/heads/${branch}`) ?? null;
    if (sha === null) {
      await this.git().raw(['update-ref', '-d', `refs/remotes/origin/${branch}`]);
      return null;
    }
    await this.network(['fetch', '--no-tags', '--no-recurse-submodules', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], `fetch ${branch}`);
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
    const baseSha = refs.get(baseRef)?.sha;
    if (baseSha === undefined) throw new Error(`origin/${options.base} is unknown: fetch the base branch first`);
    const scratch = await mkdtemp(join(tmpdir(), 'abm-gitops-commit-'));
    try {
      const when = gitDate(options.date);
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
      if (options.files.length > 0) {
        // One process per step for all files, not one per file: each git process started from a large Node process is dear.
        const blobFiles = options.files.map((_, index) => join(scratch, `blob-${index}`));
        await Promise.all(options.files.map((file, index) => writeFile(blobFiles[index]!, file.content)));
        const blobs = (await git.raw(['hash-object', '-w', '--no-filters', '--', ...blobFiles])).trim().split('\n');
        const modes = await this.fileModes(
          git,
          baseSha,
          options.files.map((file) => file.path),
        );
        const entries = options.files.flatMap((file, index) => ['--cacheinfo', `${modes.get(file.path) ?? '100644'},${blobs[index]},${file.path}`]);
        await git.raw(['update-index', '--add', ...entries]);
      }
      const tree = (await git.raw(['write-tree'])).trim();
      const sha = (await git.raw(['commit-tree', '--no-gpg-sign', tree, '-p', baseSha, '-m', options.message])).trim();
      const remoteTree = refs.get(branchRef)?.tree ?? null;
      return { sha, treeDiffers: remoteTree !== tree };
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
   * The sha and tree of each of `refs` that exists, read by one process.
   * (for-each-ref also lists refs below a name given, so only exact names are kept.)
   */
  private async trackingRefs(refs: string[]): Promise<Map<string, { sha: string; tree: string | null }>> {
    const listing = await this.git().raw(['for-each-ref', '--format=%(refname) %(objectname) %(tree)', ...refs]);
    const found = new Map<string, { sha: string; tree: string | null }>();
    for (const line of listing.split('\n')) {
      const [name, sha, tree] = line.split(' ');
      if (name !== undefined && sha && refs.includes(name)) found.set(name, { sha, tree: tree || null });
    }
    return found;
  }

  /** The mode each of `paths` has in `tree`: `100755` stays executable, anything else (or a new file) is `100644`. */
  private async fileModes(git: SimpleGit, tree: string, paths: string[]): Promise<Map<string, string>> {
    const listing = await git.raw(['ls-tree', '-z', tree, '--', ...paths]);
    const modes = new Map<string, string>();
    for (const entry of listing.split('\0')) {
      const tab = entry.indexOf('\t');
      if (tab < 0) continue;
      const mode = entry.split(' ')[0];
      modes.set(entry.slice(tab + 1), mode === '100755' ? mode : '100644');
    }
    return modes;
  }

  /**
   * Runs a command that talks to `origin`, with the auth header for http(s)
   * remotes. Failures become one clean line; `tolerateExitCode` returns the
   * output of a push that git reports as (partly) rejected. Fetches and pushes
   * pass `--no-recurse-submodules`: a user's `submodule.recurse=true` must not
   * make a renewal fetch or check the submodules' remotes.
   */
  private async network(args: string[], what: string, tolerateExitCode = false): Promise<string> {
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
