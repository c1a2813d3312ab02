/** What the renewal planner decides (src/renew/plan.ts), shared with the text and the sync that act on it, and the token key they all use. */
import type { ArtifactKind } from '../base/findings.js';
import type { DocPath } from '../load/index.js';

/** One token or certificate whose renewal a pull request asks for. */
export interface PlannedToken {
  organization: string;
  kind: ArtifactKind;
  id: string;
  /** Organization file, relative to the validated root. */
  file: string;
  documentIndex: number;
  /** Path of the token's mapping inside its document. */
  path: DocPath;
  expiresAt: string;
  /** `expiresAt` minus `expiry.errorBefore`: a date, or a date-time when not at midnight UTC. */
  dueBy: string;
  /** The day the renewal was first asked for (kept from an earlier request for the same `dueBy`). */
  requestedAt: string;
}

export interface PlannedPull {
  branch: string;
  organization: string;
  title: string;
  body: string;
  labels: string[];
  /** `@user` / `@org/team` entries: the organization's owners, then `renewal.reviewers`. */
  reviewers: string[];
  tokens: PlannedToken[];
  commitMessage: string;
}

export interface RenewalPlan {
  now: string;
  branchPrefix: string;
  group: 'token' | 'organization';
  pulls: PlannedPull[];
  /**
   * Organizations whose state is known. A renewal branch of any other
   * organization is closed only when `complete` (the organization is really
   * gone, not merely unreadable for a moment).
   */
  knownOrganizations: string[];
  /** The branch of every declared token, in the window or not: a branch outside it whose token is gone was "removed". */
  declaredBranches: string[];
  /** True when every file parsed and every organization document was modelled. */
  complete: boolean;
}

/** `<organization>/<kind>/<id>`: one token or certificate, across runs. */
export function tokenKey(token: Pick<PlannedToken, 'organization' | 'kind' | 'id'>): string {
  return `${token.organization}/${token.kind}/${token.id}`;
}
