import { downloadedTokens, type DownloadedToken } from '../../model/downloads.js';
import { effectiveRole, roleAllows, type EffectiveRole } from '../../model/roles.js';
import type { Permission } from '../../model/schema-types.js';
import type { Organization } from '../../model/types.js';
import type { Rule, RuleReport } from '../types.js';
import { artifactLabel } from '../../model/labels.js';

/** Apple's permissions that let an account download each kind of token (seeds 000, 001, 003, 004). */
const DOWNLOAD_PERMISSIONS: Record<'service-token' | 'content-token', { ids: readonly Permission[]; phrase: string }> = {
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

export const downloaderPermission: Rule = {
  meta: {
    id: 'downloader-permission',
    defaultSeverity: 'error',
    summary: 'The account recorded in downloadedBy holds no role that may download that kind of token.',
    sources: ['000', '001', '003', '004'],
  },
  *check({ model }) {
    for (const organization of model.organizations) {
      for (const token of downloadedTokens(organization)) {
        const gap = permissionGap(organization, token);
        if (gap) yield gapReport(organization, token, gap);
      }
    }
  },
};

function gapReport(organization: Organization, token: DownloadedToken, gap: PermissionGap): RuleReport {
  const { artifact, account } = token;
  const needed = DOWNLOAD_PERMISSIONS[artifact.kind as keyof typeof DOWNLOAD_PERMISSIONS];
  const subject = `\`${account.value.id}\` downloaded the ${artifactLabel(artifact)} in organization \`${organization.name}\`, but its role \`${gap.role.id}\``;
  const units = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');
  const problem =
    gap.unitsOutOfScope.length === 0
      ? `cannot ${needed.phrase}, which Apple requires to download it`
      : `is limited to units ${units(gap.role.units ?? [])} and the token concerns ${units(gap.unitsOutOfScope)}, outside that scope`;
  return {
    at: { document: organization.source, path: token.downloadedByPath },
    message: `${subject} ${problem}. Record the account that really downloaded it, or download the token again with an account whose role allows it.`,
  };
}
