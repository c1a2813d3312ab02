import { downloadedTokens, type DownloadedToken } from '../../model/downloads.js';
import { DOWNLOAD_PERMISSIONS, permissionGap, type PermissionGap } from '../../model/permissions.js';
import type { Organization } from '../../model/types.js';
import type { Rule, RuleReport } from '../types.js';
import { artifactLabel } from '../../model/labels.js';

export const downloaderPermission: Rule = {
  meta: {
    id: 'downloader-permission',
    defaultSeverity: 'error',
    summary: 'The account recorded in downloadedBy holds no role that may download that kind of token.',
    sources: ['000', '001', '003', '004'],
  },
  perOrganization: true,
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
