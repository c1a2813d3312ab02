/**
 * Carrying out a renewal plan against the repository: first the renewal
 * branches that should no longer exist are closed (their pull request
 * closed with a comment, the branch deleted), then every planned pull
 * request is synced. One item failing does not stop the others; each
 * outcome says what happened.
 */
import { organizationOfBranch, type RenewalPlan } from './plan.js';
import { closingComment, keptBranchComment, MARKERS } from './pr-text.js';
import { isRenewalPull } from './pull-marker.js';
import { firstLine, leftToPerson, syncPull, type PullOutcome, type SyncContext, type SyncProgress } from './sync-pull.js';

export interface ApplyContext extends SyncContext {
  /** Whether `ref` is already contained in the base branch (a merged renewal branch). */
  isMergedIntoBase(branch: string): Promise<boolean>;
}

export async function applyPlan(plan: RenewalPlan, context: ApplyContext): Promise<PullOutcome[]> {
  const outcomes: PullOutcome[] = [];
  const wanted = new Set(plan.pulls.map((pull) => pull.branch));
  // Closing first: a branch `<prefix>acme/x` must be gone before `<prefix>acme` can be pushed (group changed).
  for (const branch of await context.repo.listRemoteBranches(plan.branchPrefix)) {
    if (wanted.has(branch) || !mayClose(plan, branch)) continue;
    outcomes.push(await guarded(branch, context, async () => closeRenewal(branch, plan, context)));
  }
  for (const pull of plan.pulls) {
    outcomes.push(await guarded(pull.branch, context, (progress) => syncPull(pull, context, progress)));
  }
  return outcomes;
}

/** An organization that failed to load for a moment must not lose its pull requests. */
function mayClose(plan: RenewalPlan, branch: string): boolean {
  const organization = organizationOfBranch(plan.branchPrefix, branch);
  return organization !== undefined && (plan.complete || plan.knownOrganizations.includes(organization));
}

/** Runs one item; a failure becomes its outcome (saying whether the branch was pushed before it). */
async function guarded(branch: string, context: ApplyContext, work: (progress: SyncProgress) => Promise<PullOutcome>): Promise<PullOutcome> {
  const progress: SyncProgress = { pushed: false };
  try {
    return await work(progress);
  } catch (error) {
    const message = firstLine(error);
    context.log(`${branch}: failed: ${message}`);
    return { branch, action: 'failed', pushed: progress.pushed, message };
  }
}

/**
 * Closes the pull request of a branch whose token was renewed or removed
 * and deletes the branch, unless the branch holds someone else's work that
 * the base branch does not have yet.
 */
async function closeRenewal(branch: string, plan: RenewalPlan, context: ApplyContext): Promise<PullOutcome> {
  const reason = plan.declaredBranches.includes(branch) ? 'renewed' : 'removed';
  const open = await context.github.findOpenPullByHead(branch);
  if (open !== undefined && !(await isRenewalPull(open, context.github))) {
    // Someone's own pull request on a branch under the prefix: neither it nor its branch is the bot's to close.
    return leftToPerson(branch, open, context, false);
  }
  const remoteSha = await context.repo.remoteBranchSha(branch);
  const keep = remoteSha !== null && (await context.repo.hasForeignCommits(branch, context.base)) && !(await context.isMergedIntoBase(branch));
  const outcome: PullOutcome = { branch, action: 'unchanged', pushed: false };
  if (open !== undefined) {
    Object.assign(outcome, { number: open.number, url: open.html_url, action: 'closed' });
    await context.github.ensureComment(open.number, MARKERS.closing, closingComment(reason, keep));
    await context.github.closePull(open.number);
    context.log(`closed #${open.number} (${branch}): token ${reason}`);
  }
  if (remoteSha !== null && !keep) {
    const deleted = await context.repo.deleteRemoteBranch(branch, remoteSha);
    if (deleted === 'moved') {
      outcome.message = 'kept the branch: someone pushed to it while this run was closing it';
      if (open !== undefined) await context.github.ensureComment(open.number, MARKERS.keptBranch, keptBranchComment(branch));
      context.log(`${branch} moved while closing; kept it`);
    } else {
      outcome.action = 'closed';
      context.log(`deleted ${branch}`);
    }
  } else if (keep) {
    outcome.message = 'kept the branch: it holds commits by someone else';
  }
  return outcome;
}
