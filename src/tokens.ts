/**
 * The token views' pipeline: the model with its real artifacts read, every
 * token with its status, and the calendar's events. The `tokens` command,
 * `validate --format html` and the Action's `calendar-file` share it.
 */
import { resolve } from 'node:path';
import { readModelArtifacts, type Environment } from './artifacts/stage.js';
import type { TokenRow } from './base/findings.js';
import { formatDay } from './base/dates.js';
import { applyLiveState } from './model/live.js';
import { withStatus } from './model/token-status.js';
import type { DatedArtifact, Organization, RepositoryModel } from './model/types.js';
import { calendarUid, formatCalendar, type CalendarEvent } from './report/index.js';
import { kindLabel } from './model/labels.js';
import { stepContext, stepsFor, type StepEscaper } from './renew/index.js';
import { buildModel, tokenEntries, type LiveStateProvider } from './validate.js';

export interface TokenInventory {
  model: RepositoryModel;
  tokens: TokenRow[];
}

/** Every token and certificate of the repository at `root`, the real expiry winning where it could be read. */
export function tokenInventory(options: { root: string; now: Date; env?: Environment }): TokenInventory {
  const model = buildModel(resolve(options.root), options.now);
  readModelArtifacts(model, options.env ?? {});
  return { model, tokens: tokenRows(model) };
}

/** The same with `--online`: where Apple gives a token's expiry, Apple's date wins (source `apple`). */
export async function tokenInventoryOnline(options: { root: string; now: Date; env?: Environment; liveState: LiveStateProvider }): Promise<TokenInventory> {
  const model = buildModel(resolve(options.root), options.now);
  readModelArtifacts(model, options.env ?? {});
  applyLiveState(model, await options.liveState(model));
  return { model, tokens: tokenRows(model) };
}

export function tokenRows(model: RepositoryModel): TokenRow[] {
  return withStatus(tokenEntries(model.organizations, model.now), model.now, model.config.expiry);
}

/** The ICS calendar of these tokens: one all-day event per token on its expiry day. */
export function tokenCalendar(model: RepositoryModel, tokens: readonly TokenRow[]): string {
  return formatCalendar(calendarEvents(model, tokens), { now: model.now });
}

export function calendarEvents(model: RepositoryModel, tokens: readonly TokenRow[]): CalendarEvent[] {
  const artifacts = new Map<string, DatedArtifact>();
  for (const organization of model.organizations) {
    for (const artifact of organization.artifacts) {
      const uid = calendarUid(organization.name, artifact.kind, artifact.id);
      if (!artifacts.has(uid)) artifacts.set(uid, artifact);
    }
  }
  const { renewBeforeMs, warnBeforeMs, errorBeforeMs } = model.config.expiry;
  const events: CalendarEvent[] = [];
  const seen = new Set<string>();
  for (const token of tokens) {
    const uid = calendarUid(token.organization, token.kind, token.id);
    const artifact = artifacts.get(uid);
    // Two declarations of one id are a duplicate-id finding; one UID must stay one event.
    if (!artifact || seen.has(uid)) continue;
    seen.add(uid);
    const expiresAt = new Date(token.expiresAt);
    const what = `the ${token.id} ${kindLabel(token.kind)} of ${organizationName(artifact.organization)}`;
    events.push({
      uid,
      day: formatDay(expiresAt),
      summary: `Renew ${what}: it expires today`,
      description: [
        `${capitalize(what)} expires on ${formatDay(expiresAt)}. Renew it by ${formatDay(new Date(expiresAt.getTime() - errorBeforeMs))}.`,
        `Declared in ${token.file}, line ${token.line}.`,
        '',
        'Steps:',
        ...renewalSteps(artifact).map((step, index) => `${index + 1}. ${step}`),
        '',
        'abm-gitops renew opens a pull request for it when the renewal window starts.',
      ].join('\n'),
      alarmsBeforeMs: [renewBeforeMs, warnBeforeMs],
    });
  }
  return events;
}

const PLAIN: StepEscaper = {
  text: (value) => flatText(value),
  code: (value) => flatText(value),
  organization: organizationName,
};

/** The renewal steps of the PR text, as plain text. */
function renewalSteps(artifact: DatedArtifact): string[] {
  const context = stepContext(artifact.organization, artifact, PLAIN);
  const lost = artifact.service?.value.access === 'lost';
  return stepsFor(artifact, context, lost).map((step) => step.replace(/\*\*|`/g, ''));
}

function organizationName(organization: Organization): string {
  return organization.displayName ? `${flatText(organization.displayName)} (${organization.name})` : organization.name;
}

function flatText(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters become spaces, then runs of space one
  const flat = value.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
