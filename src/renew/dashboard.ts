/**
 * The token dashboard issue (`renewal.dashboard`): one issue, found again by
 * a hidden marker, listing every token and certificate by expiry with its
 * organization, days left, status and its open renewal pull request. Text
 * from YAML goes through `code`/`text` like the PR text, so it cannot add
 * markup, links or mentions; no secret is ever read here.
 */
import type { TokenRow } from '../base/findings.js';
import { formatDay } from '../base/dates.js';
import { STATUS_WORDS, withStatus } from '../model/token-status.js';
import type { RepositoryModel } from '../model/types.js';
import { kindLabel } from '../model/labels.js';
import { tokenEntries } from '../validate.js';
import type { GitHubIssueWriter, EnsuredIssue } from '../github/index.js';
import { tokenKey, type RenewalPlan } from './plan.js';
import { code } from './pr-text.js';
import type { PullOutcome } from './sync-pull.js';

export const DASHBOARD_MARKER = '<!-- abm-gitops:token-dashboard -->';
export const DASHBOARD_TITLE = 'abm-gitops token dashboard';

/** Rows beyond these are counted, not listed: GitHub refuses an issue body over 65,536 characters. */
export const DASHBOARD_MAX_ROWS = 300;

const STATUS_MARK: Record<TokenRow['status'], string> = { expired: '❌', error: '🟥', warning: '⚠️', renew: '🔁', ok: '✅' };

export interface DashboardInput {
  /** The base branch's model (the renewal plans from it). */
  model: RepositoryModel;
  plan: RenewalPlan;
  outcomes: readonly PullOutcome[];
  base: string;
}

interface TokenPull {
  number: number;
  /** A person closed it without merging: not opened again for this expiry. */
  declined: boolean;
  branch: string;
}

/** The renewal pull request of each token's branch, from this run's outcomes. */
export function renewalPulls(plan: RenewalPlan, outcomes: readonly PullOutcome[]): Map<string, TokenPull> {
  const byBranch = new Map(
    outcomes
      .filter((outcome) => outcome.number !== undefined && outcome.action !== 'closed')
      .map((outcome) => [outcome.branch, { number: outcome.number!, declined: outcome.action === 'declined', branch: outcome.branch }]),
  );
  const byToken = new Map<string, TokenPull>();
  for (const pull of plan.pulls) {
    const found = byBranch.get(pull.branch);
    if (found !== undefined) for (const token of pull.tokens) byToken.set(tokenKey(token), found);
  }
  return byToken;
}

/** What the dashboard says about renewals a person closed: which token, which pull request, and how to ask again. */
function declinedLines(tokens: readonly TokenRow[], pulls: ReadonlyMap<string, TokenPull>): string[] {
  const declined = tokens.flatMap((token) => {
    const pull = pulls.get(tokenKey(token));
    return pull?.declined ? [`- ${code(token.organization)} ${code(token.id)} ${kindLabel(token.kind)}, expiring ${formatDay(new Date(token.expiresAt))}: #${pull.number}`] : [];
  });
  if (declined.length === 0) return [];
  return [
    '',
    '**Renewal pull requests closed without merging.** A person closed these, so `abm-gitops renew` does not open them again while the expiry stays the same:',
    '',
    ...declined,
    '',
    'To ask for a renewal again, reopen its pull request (restore its branch first if it was deleted); a new expiry on the base branch starts a new one.',
  ];
}

export function dashboardBody(input: DashboardInput): string {
  const { model } = input;
  const tokens = withStatus(tokenEntries(model.organizations, model.now), model.now, model.config.expiry);
  const pulls = renewalPulls(input.plan, input.outcomes);
  const shown = tokens.slice(0, DASHBOARD_MAX_ROWS);
  const rows = shown.map((token) => {
    const pull = pulls.get(tokenKey(token));
    const cells = [
      formatDay(new Date(token.expiresAt)),
      String(token.daysLeft),
      `${STATUS_MARK[token.status]} ${token.status === 'expired' ? '**expired**' : STATUS_WORDS[token.status]}`,
      code(token.organization),
      `${code(token.id)} ${kindLabel(token.kind)}`,
      pull === undefined ? '—' : pull.declined ? `#${pull.number} (closed without merging)` : `#${pull.number}`,
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const lines = [
    DASHBOARD_MARKER,
    `Every service token, content token and APNs certificate declared on ${code(input.base)}, earliest expiry first, as of ${formatDay(model.now)}.`,
    '',
  ];
  if (tokens.length === 0) lines.push('No tokens or certificates with an expiry are declared.');
  else {
    lines.push('| Expires | Days left | Status | Organization | Token or certificate | Renewal |', '| --- | ---: | --- | --- | --- | --- |');
    for (const row of rows) lines.push(row);
    const more = tokens.length - shown.length;
    if (more > 0) lines.push('', `…and ${more} more, expiring on ${formatDay(new Date(shown.at(-1)!.expiresAt))} or later (\`abm-gitops tokens\` lists them all).`);
    for (const line of declinedLines(shown, pulls)) lines.push(line);
  }
  lines.push(
    '',
    '<sub>Kept up to date by `abm-gitops renew`. Closing this issue is fine: it stays closed and is still updated. Remove the hidden marker on its first line to have the next run open a new one.</sub>',
    '',
  );
  return lines.join('\n');
}

/** Brings the dashboard issue in line with the base branch; the labels are those of the renewal pull requests. */
export async function syncDashboard(issues: GitHubIssueWriter, input: DashboardInput): Promise<EnsuredIssue> {
  return issues.ensureIssue(DASHBOARD_MARKER, { title: DASHBOARD_TITLE, body: dashboardBody(input), labels: input.model.config.renewal.labels });
}
