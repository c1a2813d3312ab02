/**
 * The renewal's output: a readable plan and summary, or JSON. Names refs,
 * numbers and dates only; the token never passes through here.
 */
import { escapeControlCharacters } from '../base/text.js';
import type { PlannedPull, RenewalPlan } from './plan-types.js';
import type { PullAction, PullOutcome } from './sync-pull.js';

const ACTIONS: readonly PullAction[] = ['opened', 'updated', 'unchanged', 'left-alone', 'declined', 'closed', 'failed'];

/** What a renewal run did (or, on a dry run, would do). */
export interface RenewalResult {
  dryRun: boolean;
  repository?: string;
  base?: string;
  /** Absent when the run failed before it could plan. */
  plan?: RenewalPlan;
  outcomes: PullOutcome[];
  /** Outcomes that failed, plus one when the run stopped early. */
  failed: number;
  /** Why the run stopped before it could go through the plan. */
  error?: string;
  /** The token dashboard issue (absent on a dry run, or with `renewal.dashboard: false`). */
  dashboard?: DashboardOutcome;
}

export interface DashboardOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'failed';
  number?: number;
  url?: string;
  /** A person may have closed it: it stays closed. */
  state?: 'open' | 'closed';
  message?: string;
}

export function formatRenewalJson(result: RenewalResult): string {
  const json = {
    version: 1,
    dryRun: result.dryRun,
    ...(result.repository !== undefined ? { repository: result.repository } : {}),
    ...(result.base !== undefined ? { base: result.base } : {}),
    ...(result.plan ? { now: result.plan.now, pulls: result.plan.pulls } : {}),
    outcomes: result.outcomes,
    ...(result.dashboard ? { dashboard: result.dashboard } : {}),
    summary: summary(result),
    ...(result.error !== undefined ? { error: { message: result.error } } : {}),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function summary(result: RenewalResult): Record<PullAction | 'planned', number> {
  const counts = { planned: result.plan?.pulls.length ?? 0 } as Record<PullAction | 'planned', number>;
  for (const action of ACTIONS) counts[action] = result.outcomes.filter((outcome) => outcome.action === action).length;
  if (result.error !== undefined) counts.failed++;
  return counts;
}

/** `showBodies`: print each pull request's body too (the dry run shows everything it would write). */
export function formatRenewalText(result: RenewalResult, options: { showBodies?: boolean } = {}): string {
  const lines: string[] = [];
  const plan = result.plan;
  if (plan) {
    const where = [result.repository, result.base ? `base ${result.base}` : undefined].filter(Boolean).join(', ');
    const heading = `${result.dryRun ? 'Renewal plan (dry run, nothing touched)' : 'Renewal plan'} as of ${plan.now.slice(0, 10)}${where ? ` for ${where}` : ''}:`;
    lines.push(heading);
    if (plan.pulls.length === 0) lines.push('  no token is inside the renewal window');
    for (const pull of plan.pulls) for (const line of pullLines(pull, options.showBodies ?? false)) lines.push(line);
  }
  if (!result.dryRun) {
    if (result.outcomes.length > 0) lines.push('', 'Done:');
    for (const outcome of result.outcomes) {
      const number = outcome.number !== undefined ? `#${outcome.number}` : '';
      const note = outcome.message ? `  (${outcome.message})` : '';
      lines.push(`  ${outcome.action.padEnd(10)} ${number.padEnd(5)} ${outcome.branch}${outcome.url ? `  ${outcome.url}` : ''}${note}`);
    }
    if (result.dashboard) {
      const { action, number, url, state, message } = result.dashboard;
      const detail = [number !== undefined ? `#${number}` : '', state === 'closed' ? '(closed, left closed)' : '', url ?? '', message ? `(${message})` : '']
        .filter(Boolean)
        .join(' ');
      lines.push('', `Token dashboard: ${action}${detail ? ` ${detail}` : ''}`);
    }
    const counts = summary(result);
    lines.push('', ACTIONS.map((action) => `${counts[action]} ${action}`).join(', '));
  }
  // Every entry is one line by design: labels, paths and titles from the pull request stay on theirs.
  return `${lines.map(escapeControlCharacters).join('\n')}\n`;
}

function pullLines(pull: PlannedPull, showBody: boolean): string[] {
  const lines = [
    '',
    `  ${pull.branch}`,
    `    title:     ${pull.title}`,
    `    labels:    ${pull.labels.join(', ') || '(none)'}`,
    `    reviewers: ${pull.reviewers.join(', ') || '(none)'}`,
  ];
  for (const token of pull.tokens) {
    lines.push(`    ${token.kind} ${token.id}: expires ${token.expiresAt.slice(0, 10)}, due by ${token.dueBy}, requested ${token.requestedAt}  (${token.file})`);
  }
  if (showBody) {
    lines.push('    body:');
    for (const line of pull.body.trimEnd().split('\n')) lines.push(line === '' ? '' : `      ${line}`);
  }
  return lines;
}
