import type { OnlineSummary } from '../base/findings.js';
import { BUILT_IN_ROLES, builtInRole } from './catalog.js';
import type { LiveState, OrganizationLiveState } from './live-state.js';
import type { Product } from '../base/schema-types.js';
import type { DatedArtifact, Organization, RepositoryModel } from './types.js';

/**
 * The live-state stage's part of the model: attaching what Apple said, and
 * the one way declared names are compared with Apple's (online.md,
 * "Matching").
 */

/**
 * Puts Apple's answers into the model. A real expiry Apple gives for a
 * content token becomes that token's expiry for the offline rules too
 * (`token-expiry`, `declared-expiry-mismatch`, the `tokens` list: source `apple`).
 */
export function applyLiveState(model: RepositoryModel, state: LiveState): void {
  model.liveState = state;
  for (const organization of model.organizations) {
    const live = state.organizations.get(organization.name);
    if (!live) continue;
    for (const token of live.contentTokens) {
      if (token.outcome !== 'valid' || token.expiresAt === undefined || Number.isNaN(token.expiresAt.getTime())) continue;
      const artifact = organization.artifacts.find((candidate) => candidate.kind === 'content-token' && candidate.id === token.contentTokenId);
      if (artifact) artifact.appleExpiresAt = token.expiresAt;
    }
  }
}

/** What Apple said about this organization, when `--online` asked; undefined offline or when it was not asked. */
export function liveStateOf(model: RepositoryModel, organization: Organization): OrganizationLiveState | undefined {
  return model.liveState?.organizations.get(organization.name);
}

export type RealExpirySource = 'apple' | 'file' | 'secret';

/**
 * The real expiry of a token, when one is known: Apple's own answer first
 * (it is what Apple enforces), else what was read from the file or secret.
 */
export function realExpiry(artifact: DatedArtifact): { expiresAt: Date; source: RealExpirySource } | undefined {
  if (artifact.appleExpiresAt) return { expiresAt: artifact.appleExpiresAt, source: 'apple' };
  const reading = artifact.reading;
  if (reading?.expiresAt) return { expiresAt: reading.expiresAt, source: reading.source };
  return undefined;
}

/**
 * The form in which two names count as the same: what people type into
 * Apple's portal differs from the YAML at most in case, Unicode form and
 * spacing.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Role names compare without case, spaces or dashes: "Content Manager", "content-manager", "CONTENT_MANAGER". */
function roleKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/**
 * Apple's published example of `roleName` is "Administrator"; in Apple
 * Business, which has no role of that name, it can only be the Organization
 * Administrator (apple-apis.md 1.10: production values are unconfirmed).
 */
const ROLE_ALIASES: Partial<Record<Organization['product'], Record<string, string>>> = {
  'apple-business': { administrator: 'organization-administrator' },
};

/**
 * Whether Apple's display name `appleRoleName` is the role `roleId` as the
 * organization declares it: by the name of a role declared under `spec.roles`
 * (custom roles, edited built-in ones), else by Apple's name of the built-in
 * role for the organization's product.
 */
export function appleRoleIs(organization: Organization, roleId: string, appleRoleName: string): boolean {
  const apple = roleKey(appleRoleName);
  if (roleKey(roleId) === apple) return true;
  const declaredName = organization.rolesById.get(roleId)?.value.name;
  if (declaredName !== undefined && roleKey(declaredName) === apple) return true;
  const builtIn = builtInRole(organization.product, roleId);
  if (builtIn && roleKey(builtIn.name) === apple) return true;
  return ROLE_ALIASES[organization.product]?.[apple] === roleId;
}

/**
 * The role id Apple's display name `appleRoleName` stands for, the other way
 * round from `appleRoleIs` (for `import --from-apple`): a role declared
 * under `spec.roles` of that name, else the product's built-in role of that
 * name; undefined for a custom role the file does not declare.
 */
export function roleIdForAppleName(product: Product, appleRoleName: string, declaredRoles: ReadonlyArray<{ id: string; name?: string }> = []): string | undefined {
  const apple = roleKey(appleRoleName);
  const declared = declaredRoles.find((role) => roleKey(role.id) === apple || (role.name !== undefined && roleKey(role.name) === apple));
  if (declared) return declared.id;
  const builtIn = BUILT_IN_ROLES[product].find((role) => roleKey(role.name) === apple || roleKey(role.id) === apple);
  return builtIn?.id ?? ROLE_ALIASES[product]?.[apple];
}

/** What the run asked Apple and what it skipped, in a stable order. */
export function onlineSummary(state: LiveState): OnlineSummary {
  const checked: OnlineSummary['checked'] = { 'apple-business-api': 0, 'device-enrollment-api': 0, 'apps-and-books-api': 0 };
  const skipped: OnlineSummary['skipped'] = [];
  for (const live of state.organizations.values()) {
    if (live.business) checked['apple-business-api']++;
    checked['device-enrollment-api'] += live.serverTokens.filter((token) => token.outcome !== 'unavailable').length;
    checked['apps-and-books-api'] += live.contentTokens.filter((token) => token.outcome !== 'unavailable').length;
    for (const skip of live.skipped) {
      skipped.push({ organization: live.organization, api: skip.api, ...(skip.subject !== undefined ? { subject: skip.subject } : {}), reason: skip.reason });
    }
  }
  const compare = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);
  skipped.sort((a, b) => compare(a.organization, b.organization) || compare(a.api, b.api) || compare(a.subject, b.subject));
  return { organizations: state.organizations.size, checked, skipped };
}
