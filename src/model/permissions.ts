/**
 * Which of Apple's permissions let an account download each kind of token,
 * and whether an account's role grants them for the units the token concerns:
 * the rules about `downloadedBy` and the renewal pull requests' "who can do
 * it" list ask the same question here.
 */
import type { Account, Permission } from '../base/schema-types.js';
import type { DownloadedToken } from './downloads.js';
import { effectiveRole, roleAllows, type EffectiveRole } from './roles.js';
import type { Located, Organization } from './types.js';

/** Apple's permissions that let an account download each kind of token (seeds 000, 001, 003, 004). */
export const DOWNLOAD_PERMISSIONS: Record<'service-token' | 'content-token', { ids: readonly Permission[]; phrase: string }> = {
  'service-token': {
    ids: ['manage-device-management-services'],
    phrase: 'view, add, and delete device management services (`manage-device-management-services`)',
  },
  'content-token': {
    ids: ['assign-licenses-for-apps-and-books', 'get-licenses-for-apps-and-books'],
    phrase: 'Assign licenses for Apps and Books or get licenses for apps and books (`assign-licenses-for-apps-and-books`, `get-licenses-for-apps-and-books`)',
  },
};

export interface PermissionGap {
  role: EffectiveRole;
  /** Units the token concerns that the role's scope leaves out; empty when the permission itself is missing. */
  unitsOutOfScope: string[];
}

/** Why the downloader's role may not download the token; undefined when it may, or when the role does not resolve. */
export function permissionGap(organization: Organization, token: DownloadedToken): PermissionGap | undefined {
  const { artifact } = token;
  if (artifact.kind === 'apns-certificate') return undefined;
  const role = effectiveRole(organization, token.account.value.role);
  if (!role) return undefined;
  const permissions = DOWNLOAD_PERMISSIONS[artifact.kind].ids;
  if (!roleAllows(role, permissions)) return { role, unitsOutOfScope: [] };
  const unitsOfToken = artifact.kind === 'content-token' ? [artifact.contentToken!.value.unit] : (artifact.service?.value.units ?? []);
  const unitsOutOfScope = unitsOfToken.filter((unit) => !roleAllows(role, permissions, unit));
  return unitsOutOfScope.length > 0 ? { role, unitsOutOfScope } : undefined;
}

/**
 * True when the account is active and its role allows downloading a token of
 * this kind for every one of `units` (`undefined` stands for the whole organization).
 */
export function accountMayDownload(
  organization: Organization,
  account: Located<Account>,
  kind: keyof typeof DOWNLOAD_PERMISSIONS,
  units: readonly (string | undefined)[],
): boolean {
  if ((account.value.status ?? 'active') !== 'active') return false;
  const role = effectiveRole(organization, account.value.role);
  return role !== undefined && units.every((unit) => roleAllows(role, DOWNLOAD_PERMISSIONS[kind].ids, unit));
}
