/**
 * The renewal planner: from the model, the moment `now` and the `renewal`
 * settings, which renewal pull requests should exist and what each one says.
 * Pure: no git, no network, no clock. The same model and `now` give the same
 * plan, which is what makes reruns change nothing.
 */
import { compareText } from '../base/text.js';
import { formatDay, parseInstant } from '../base/dates.js';
import type { Renewal } from '../base/schema-types.js';
import type { DatedArtifact, Organization, RepositoryModel } from '../model/types.js';
import { tokenKey, type PlannedPull, type PlannedToken, type RenewalPlan } from './plan-types.js';
import { pullBody, pullTitle } from './pr-text.js';
import { pullMarker } from './pull-marker.js';

export { tokenKey, type PlannedPull, type PlannedToken, type RenewalPlan } from './plan-types.js';

export interface PlanOptions {
  now: Date;
}

export function planRenewals(model: RepositoryModel, options: PlanOptions): RenewalPlan {
  const { renewal, expiry } = model.config;
  const byBranch = new Map<string, { organization: Organization; artifacts: DatedArtifact[] }>();
  const seenOrganizations = new Set<string>();
  const declaredBranches = new Set<string>();
  for (const organization of model.organizations) {
    // A duplicate organization name is a validation finding; the first one is the one renewed.
    if (seenOrganizations.has(organization.name)) continue;
    seenOrganizations.add(organization.name);
    for (const artifact of organization.artifacts) {
      const branch = branchName(renewal.branchPrefix, renewal.group, artifact);
      declaredBranches.add(branch);
      if (artifact.expiresAt.getTime() - options.now.getTime() > expiry.renewBeforeMs) continue;
      const entry = byBranch.get(branch) ?? { organization, artifacts: [] };
      entry.artifacts.push(artifact);
      byBranch.set(branch, entry);
    }
  }
  const pulls = [...byBranch.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([branch, { organization, artifacts }]) => {
      const tokens = artifacts.map((artifact) => plannedToken(artifact, expiry.errorBeforeMs, options));
      return planPull(branch, organization, artifacts, tokens, model, options.now);
    });
  const modelled = model.organizations.length === model.organizationDocuments.length;
  return {
    now: options.now.toISOString(),
    branchPrefix: renewal.branchPrefix,
    group: renewal.group,
    pulls,
    knownOrganizations: [...seenOrganizations].sort(),
    declaredBranches: [...declaredBranches].sort(),
    complete: modelled && model.parseProblems.length === 0,
  };
}

/** `<prefix><org>/<content-token-id>`, `…/<service>-service-token`, `…/<service>-apns-certificate`, or `<prefix><org>`. */
export function branchName(prefix: string, group: 'token' | 'organization', artifact: Pick<DatedArtifact, 'kind' | 'id'> & { organization: { name: string } }): string {
  const organization = refSafe(artifact.organization.name);
  if (group === 'organization') return `${prefix}${organization}`;
  const leaf = artifact.kind === 'content-token' ? artifact.id : `${artifact.id}-${artifact.kind}`;
  return `${prefix}${organization}/${refSafe(leaf)}`;
}

/** The organization a renewal branch belongs to, or undefined for a branch outside the prefix. */
export function organizationOfBranch(prefix: string, branch: string): string | undefined {
  if (!branch.startsWith(prefix)) return undefined;
  const rest = branch.slice(prefix.length);
  return rest.split('/')[0] || undefined;
}

/** Ids allow `..` and a trailing `.` or `.lock`, which git refuses in a ref name. */
function refSafe(segment: string): string {
  return segment
    .replace(/\.{2,}/g, '-')
    .replace(/\.lock$/, '-lock')
    .replace(/\.$/, '-');
}

function plannedToken(artifact: DatedArtifact, errorBeforeMs: number, options: PlanOptions): PlannedToken {
  const dueBy = formatInstant(new Date(artifact.expiresAt.getTime() - errorBeforeMs));
  const base = {
    organization: artifact.organization.name,
    kind: artifact.kind,
    id: artifact.id,
  };
  const token = {
    ...base,
    file: artifact.organization.source.file.path,
    documentIndex: artifact.organization.source.index,
    path: artifact.path,
    expiresAt: artifact.expiresAt.toISOString(),
    dueBy,
    requestedAt: formatDay(options.now),
  };
  return keepEarlierRequest(token, [artifact.declaration.renewal]);
}

/**
 * The token with the `requestedAt` of the first earlier request for the
 * same `dueBy` (on the base branch, or on the renewal branch already
 * pushed): the renewal was asked for then, and a rerun must write the same
 * bytes rather than a new date every day.
 */
export function keepEarlierRequest(token: PlannedToken, earlier: ReadonlyArray<Renewal | undefined>): PlannedToken {
  const match = earlier.find((renewal) => renewal !== undefined && sameInstant(renewal.dueBy, token.dueBy) && parseInstant(renewal.requestedAt) !== undefined);
  return match ? { ...token, requestedAt: match.requestedAt } : token;
}

function planPull(branch: string, organization: Organization, artifacts: DatedArtifact[], tokens: PlannedToken[], model: RepositoryModel, now: Date): PlannedPull {
  const { renewal } = model.config;
  const reviewers = [...new Set([...organization.owners, ...renewal.reviewers])];
  const title = pullTitle(organization, artifacts, tokens, now);
  return {
    branch,
    organization: organization.name,
    title,
    body: `${pullBody({ organization, artifacts, tokens, branch, errorBeforeMs: model.config.expiry.errorBeforeMs, now })}${pullMarker(tokens)}\n`,
    labels: [...renewal.labels],
    reviewers,
    tokens,
    commitMessage: `${title}\n\nRecords renewal: {requestedAt, dueBy} for ${tokens.map((token) => tokenKey(token)).join(', ')}.`,
  };
}

/** A bare date when the instant is midnight UTC (as people write them), else the full date-time. */
export function formatInstant(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

function sameInstant(a: string, b: string): boolean {
  return parseInstant(a)?.getTime() === parseInstant(b)?.getTime();
}

/** The earliest `requestedAt` of a pull, as the fixed date of its commit. */
export function commitDate(pull: Pick<PlannedPull, 'tokens'>): string {
  // A fold, not Math.min(...times): spreading a long list into arguments overflows the call stack.
  const earliest = pull.tokens.reduce((min, token) => Math.min(min, parseInstant(token.requestedAt)?.getTime() ?? 0), Infinity);
  return new Date(earliest).toISOString();
}
