/**
 * `abm-gitops renew` and the Action's `renew: true`: plan the renewal pull
 * requests from the base branch and bring GitHub in line with the plan.
 */
import { join } from 'node:path';
import { UsageError } from '../base/errors.js';
import { buildModel } from '../validate.js';
import { createGitHubClient, DEFAULT_API_URL, GitHubRepository, type GitHubClientOptions } from '../github/index.js';
import { openRepo, readOriginUrl, type GitIdentity } from './git.js';
import { planRenewals, type RenewalPlan } from './plan.js';
import type { DashboardOutcome, RenewalResult } from './report.js';
import { applyPlan } from './run.js';
import { syncDashboard } from './dashboard.js';
import { checkoutSnapshot, isAncestor, locateRepo, parseRepositoryUrl, readAtRef } from './snapshot.js';
import { firstLine } from './sync-pull.js';

export { planRenewals, type PlannedPull, type PlannedToken, type RenewalPlan } from './plan.js';
export type { PullAction, PullOutcome } from './sync-pull.js';
export { formatRenewalJson, formatRenewalText, type RenewalResult } from './report.js';

export const DEFAULT_AUTHOR: GitIdentity = { name: 'abm-gitops[bot]', email: 'abm-gitops@users.noreply.github.com' };

export interface RenewalOptions {
  /** The config root (a folder inside a clone whose `origin` is the repository to update). */
  root: string;
  now: Date;
  /** GitHub token; never printed. Not needed for a dry run. */
  token: string;
  /** `GITHUB_API_URL`; default https://api.github.com. */
  apiUrl?: string;
  /** `owner/name`; default parsed from the `origin` remote. */
  repository?: string;
  /** Default: the repository's default branch. */
  base?: string;
  /** Plan from the files at `root` and touch nothing (no git, no network). */
  dryRun: boolean;
  /** `Name <email>` or an identity; default `abm-gitops[bot] <abm-gitops@users.noreply.github.com>`. */
  author?: string | GitIdentity;
  /** Progress lines (refs and numbers only). */
  log?: (line: string) => void;
  /** Throttle writes and retry rate limits (default true). */
  throttle?: boolean;
  /** Retry tuning, for tests. */
  github?: Pick<GitHubClientOptions, 'retries' | 'delayUnitMs' | 'rateLimitRetries'>;
}

/**
 * Plans and applies. Throws `UsageError` for what the caller must fix (no
 * token, no repository, not a clone, invalid config); a failure of git or
 * GitHub is reported in the result, never with the token in it.
 */
export async function runRenewal(options: RenewalOptions): Promise<RenewalResult> {
  const log = options.log ?? (() => undefined);
  if (options.dryRun) {
    const plan = planRenewals(buildModel(options.root, options.now), { now: options.now });
    return { dryRun: true, ...optional(options), plan, outcomes: [], failed: 0 };
  }
  if (!options.token) throw new UsageError('renew needs a GitHub token (GITHUB_TOKEN, or the variable named by --token-env)');
  const author = parseAuthor(options.author ?? DEFAULT_AUTHOR);
  const location = await locateRepo(options.root);
  // Read once: it names the repository when none is given, and tells the git side whether origin speaks http(s).
  const originUrl = await readOriginUrl(location.top);
  const repository = options.repository ?? (originUrl === null ? undefined : parseRepositoryUrl(originUrl));
  const where = parseRepository(repository);
  const client = createGitHubClient({
    token: options.token,
    baseUrl: options.apiUrl || DEFAULT_API_URL,
    throttle: options.throttle ?? true,
    ...(options.log ? { log: options.log } : {}),
    ...options.github,
  });
  const github = new GitHubRepository(client, where);
  const result: RenewalResult = { dryRun: false, repository: `${where.owner}/${where.repo}`, outcomes: [], failed: 0 };
  let cleanup: (() => Promise<void>) | undefined;
  try {
    const base = options.base ?? (await github.getDefaultBranch());
    result.base = base;
    const repo = await openRepo(location.top, { author, token: options.token, originUrl, gitDir: location.gitDir });
    const baseSha = await repo.fetchBase(base);
    const snapshot = await checkoutSnapshot(location.top, baseSha);
    cleanup = snapshot.cleanup;
    const model = buildModel(join(snapshot.dir, location.prefix), options.now);
    const plan = planRenewals(model, { now: options.now });
    result.plan = plan;
    const texts = await committedTexts(location.top, baseSha, location.prefix, plan);
    result.outcomes = await applyPlan(plan, {
      repo,
      github,
      base,
      log,
      pathPrefix: location.prefix,
      readBaseFile: (file) => texts.get(file) ?? '',
      readBranchFile: (branch, path) => readAtRef(location.top, `refs/remotes/origin/${branch}`, path),
      isMergedIntoBase: (branch) => isAncestor(location.top, `refs/remotes/origin/${branch}`, baseSha),
    });
    result.failed = result.outcomes.filter((outcome) => outcome.action === 'failed').length;
    if (model.config.renewal.dashboard) {
      result.dashboard = await dashboardStep(() => syncDashboard(github, { model, plan, outcomes: result.outcomes, base }), log);
      if (result.dashboard.action === 'failed') result.failed++;
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    result.error = firstLine(error);
    result.failed = result.outcomes.filter((outcome) => outcome.action === 'failed').length + 1;
  } finally {
    await cleanup?.();
  }
  return result;
}

/** One failing dashboard must not hide the pull requests' outcomes: it is reported like a failed item. */
async function dashboardStep(
  sync: () => Promise<{ action: DashboardOutcome['action']; number: number; url: string; state: 'open' | 'closed' }>,
  log: (line: string) => void,
): Promise<DashboardOutcome> {
  try {
    const issue = await sync();
    log(`dashboard: ${issue.action} #${issue.number}${issue.state === 'closed' ? ' (closed by a person, left closed)' : ''}`);
    return { action: issue.action, number: issue.number, url: issue.url, state: issue.state };
  } catch (error) {
    const message = firstLine(error);
    log(`dashboard: failed: ${message}`);
    return { action: 'failed', message };
  }
}

function optional(options: RenewalOptions): { repository?: string; base?: string } {
  return { ...(options.repository ? { repository: options.repository } : {}), ...(options.base ? { base: options.base } : {}) };
}

export function parseRepository(text: string | undefined): { owner: string; repo: string } {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(text ?? '');
  if (!match) {
    throw new UsageError(
      text === undefined ? 'renew cannot tell which repository to act on: pass --repo owner/name or set GITHUB_REPOSITORY' : `the repository must be owner/name, not "${text}"`,
    );
  }
  return { owner: match[1]!, repo: match[2]! };
}

export function parseAuthor(author: string | GitIdentity): GitIdentity {
  if (typeof author !== 'string') return author;
  const match = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(author);
  if (!match) throw new UsageError(`--author must look like "Name <email>", not "${author}"`);
  return { name: match[1]!, email: match[2]! };
}

/**
 * The files the plan edits, as committed at `sha`: the blob's own bytes, not
 * the checked-out copy (checkout filters such as `eol=crlf` rewrite line
 * endings) nor the loader's decoded text (which drops a byte order mark), so
 * a renewal commit changes exactly the lines it adds.
 */
async function committedTexts(top: string, sha: string, prefix: string, plan: RenewalPlan): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const pull of plan.pulls) {
    for (const { file } of pull.tokens) {
      if (texts.has(file)) continue;
      const text = await readAtRef(top, sha, `${prefix}${file}`);
      if (text !== undefined) texts.set(file, text);
    }
  }
  return texts;
}
export { stepContext, type StepEscaper, stepsFor } from './pr-text.js';
