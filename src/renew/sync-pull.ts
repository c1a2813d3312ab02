/**
 * Bringing one planned renewal pull request into being, idempotently: its
 * branch rebuilt from the base and pushed with a lease, then the pull
 * request found by its head branch (or opened), updated only where it
 * differs. Every step reads the remote state first, so a rerun after a
 * crash anywhere picks up where the last run stopped.
 */
import { firstLineOf } from '../base/text.js';
import { statusOf, type GitHubRepository, type PullRequest, type PullRequestSummary } from '../github/index.js';
import type { RenewalRepo } from './git.js';
import { readRenewal, renewalEdits } from './changes.js';
import { commitDate, keepEarlierRequest, type PlannedPull, type PlannedToken } from './plan.js';
import { leftAloneComment, MARKERS } from './pr-text.js';
import { isRenewalPull, markedEntries, markerEntry } from './pull-marker.js';

export type PullAction = 'opened' | 'updated' | 'unchanged' | 'left-alone' | 'declined' | 'closed' | 'failed';

export interface PullOutcome {
  branch: string;
  action: PullAction;
  number?: number;
  url?: string;
  /** True when this run pushed a commit to the branch. */
  pushed: boolean;
  /** Why it failed, or what is worth knowing (a reviewer GitHub refused). */
  message?: string;
}

export interface SyncContext {
  repo: RenewalRepo;
  github: GitHubRepository;
  base: string;
  /** The validated root inside the clone: `''` or ending in `/`. */
  pathPrefix: string;
  /** Organization files as the base branch has them, by path relative to the root. */
  readBaseFile(file: string): string;
  /** A file's text on the remote renewal branch (as last fetched), if there. */
  readBranchFile(branch: string, file: string): Promise<string | undefined>;
  log(line: string): void;
}

/** What an item got done before it failed. */
export interface SyncProgress {
  pushed: boolean;
}

/** Two runs racing for the same branch settle within a few rounds. */
const PUSH_ATTEMPTS = 3;

export async function syncPull(pull: PlannedPull, context: SyncContext, progress: SyncProgress = { pushed: false }): Promise<PullOutcome> {
  const open = await context.github.findOpenPullByHead(pull.branch);
  if (open !== undefined && !(await isRenewalPull(open, context.github))) {
    // A person's pull request on a branch under the prefix: theirs to finish. Not pushed to, edited or commented on.
    return leftToPerson(pull.branch, open, context, false);
  }
  if (open === undefined) {
    const declined = await declinedPull(pull, context);
    if (declined !== undefined) {
      context.log(`#${declined.number} (${pull.branch}) was closed without merging; not opened again for the same expiry`);
      return { branch: pull.branch, action: 'declined', number: declined.number, url: declined.html_url, pushed: false, message: DECLINED };
    }
  }
  const branchState = await pushBranch(pull, context);
  progress.pushed = branchState === 'pushed';
  const { pull: found, created } = await context.github.openOrFindPull({ title: pull.title, body: pull.body, head: pull.branch, base: context.base });
  const outcome: PullOutcome = { branch: pull.branch, action: 'unchanged', number: found.number, url: found.html_url, pushed: branchState === 'pushed' };
  if (created) context.log(`opened #${found.number} for ${pull.branch}`);
  // A person opened theirs while this run was pushing: it is theirs all the same.
  else if (!(await isRenewalPull(found, context.github))) return leftToPerson(pull.branch, found, context, outcome.pushed);

  if (branchState === 'left-alone') {
    outcome.action = 'left-alone';
    if ((await context.github.ensureComment(found.number, MARKERS.leftAlone, leftAloneComment(pull.branch))) === 'created') {
      context.log(`#${found.number}: ${pull.branch} has someone else's commits; left it alone and said so`);
    }
    return outcome;
  }

  const edited = !created && (await context.github.updatePullIfChanged(found, { title: pull.title, body: pull.body }));
  const missingLabels = pull.labels.filter((label) => !found.labels.some((existing) => existing.name === label));
  // Labels go on last: a pull request without them was left half-done (reviewers not asked yet).
  if (created || missingLabels.length > 0) {
    const refused = await requestReviewers(context, found, pull.reviewers);
    if (refused !== undefined) outcome.message = refused;
    await context.github.addLabels(found.number, missingLabels);
  }
  if (created) outcome.action = 'opened';
  else if (outcome.pushed || edited || missingLabels.length > 0) outcome.action = 'updated';
  return outcome;
}

export const PERSONS_PULL = 'a pull request abm-gitops did not open is on this branch: left it to its author';
export const DECLINED = 'a person closed its renewal pull request without merging: not opened again for the same expiry';

/** The outcome for a branch whose open pull request a person opened. */
export function leftToPerson(branch: string, pull: PullRequestSummary | PullRequest, context: Pick<SyncContext, 'log'>, pushed: boolean): PullOutcome {
  context.log(`#${pull.number} on ${branch} was not opened by abm-gitops; left it alone`);
  return { branch, action: 'left-alone', number: pull.number, url: pull.html_url, pushed, message: PERSONS_PULL };
}

/**
 * The newest renewal pull request of this branch that a person closed
 * without merging, if it was about the same tokens with the same expiries:
 * that decision stands until an expiry changes or someone reopens it. One the
 * bot closed itself (token renewed or removed, its closing comment there,
 * under whichever bot identity wrote it) is no such decision, and a person's
 * own pull request carrying a pasted marker never was a renewal.
 */
async function declinedPull(pull: PlannedPull, context: SyncContext): Promise<PullRequestSummary | undefined> {
  for (const closed of await context.github.findClosedUnmergedPullsByHead(pull.branch)) {
    const entries = markedEntries(closed.body);
    if (entries === undefined || !pull.tokens.every((token) => entries.has(markerEntry(token)))) continue;
    if (!(await context.github.isBotAuthor(closed.user))) continue;
    if (await context.github.hasComment(closed.number, MARKERS.closing)) continue;
    return closed;
  }
  return undefined;
}

/**
 * Rebuilds the branch from the base and pushes it unless someone else's
 * commits are on it. A lost lease (another run pushed first) is read again:
 * the other run's commit is usually this very commit.
 */
async function pushBranch(pull: PlannedPull, context: SyncContext): Promise<'pushed' | 'current' | 'left-alone'> {
  const { repo } = context;
  for (let attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
    const remoteSha = await repo.remoteBranchSha(pull.branch);
    if (remoteSha !== null && (await repo.hasForeignCommits(pull.branch, context.base))) return 'left-alone';
    const tokens = remoteSha === null ? pull.tokens : await withBranchRequests(pull, context);
    const files = renewalEdits(tokens, context.readBaseFile).map(({ file, content }) => ({ path: `${context.pathPrefix}${file}`, content }));
    const prepared = await repo.prepareBranch({ branch: pull.branch, base: context.base, files, message: pull.commitMessage, date: commitDate({ tokens }) });
    if (remoteSha === prepared.sha || (remoteSha !== null && !prepared.treeDiffers)) return 'current';
    const pushed = await repo.pushBranch(pull.branch, prepared.sha, { expectedRemoteSha: remoteSha });
    if (pushed === 'pushed') {
      context.log(`pushed ${pull.branch}`);
      return 'pushed';
    }
    if (pushed === 'up-to-date') return 'current';
    if (pushed === 'rejected') throw new Error(`origin refused the push of ${pull.branch} (a protected branch or a hook?)`);
    context.log(`${pull.branch} moved while pushing; reading it again`);
  }
  throw new Error(`${pull.branch} kept moving under this run; the next run will try again`);
}

/** Keeps the `requestedAt` the branch already carries, so a rerun on a later day writes the same commit. */
async function withBranchRequests(pull: PlannedPull, context: SyncContext): Promise<PlannedToken[]> {
  const texts = new Map<string, string | undefined>();
  const tokens: PlannedToken[] = [];
  for (const token of pull.tokens) {
    if (!texts.has(token.file)) texts.set(token.file, await context.readBranchFile(pull.branch, `${context.pathPrefix}${token.file}`));
    const branchText = texts.get(token.file);
    const onBase = readRenewal(context.readBaseFile(token.file), token);
    const onBranch = branchText === undefined ? undefined : readRenewal(branchText, token);
    tokens.push(keepEarlierRequest(token, [onBase, onBranch]));
  }
  return tokens;
}

/** GitHub refuses reviewers who cannot review (not collaborators): that is worth a note, not a failed renewal. */
async function requestReviewers(context: SyncContext, pull: PullRequest | PullRequestSummary, reviewers: readonly string[]): Promise<string | undefined> {
  try {
    await context.github.requestReviewers(pull.number, reviewers, pull.user?.login);
    return undefined;
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
    const message = `GitHub refused the reviewers of #${pull.number}: ${firstLine(error)}`;
    context.log(message);
    return message;
  }
}

/** One line for a failed step; octokit's errors (name `HttpError`, also for network failures) say they came from GitHub. */
export function firstLine(error: unknown): string {
  const line = firstLineOf(error);
  return error instanceof Error && error.name === 'HttpError' ? `GitHub API: ${line}` : line;
}
