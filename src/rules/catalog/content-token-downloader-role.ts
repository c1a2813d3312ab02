import { PRODUCT_NAMES } from '../../model/catalog.js';
import { effectiveRole, type EffectiveRole } from '../../model/roles.js';
import type { Product } from '../../base/schema-types.js';
import type { Rule } from '../types.js';
import { downloadedTokens } from '../../model/downloads.js';
import { permissionGap } from '../../model/permissions.js';

/**
 * Apple Business: a role with exactly "Assign licenses for Apps and Books"
 * (seed 001). Apple Business Manager and Essentials have no custom roles, so
 * the built-in Content Manager is the least they offer; a custom role there is
 * `custom-role-unsupported`'s finding, and this rule still asks for `content-manager`.
 */
function isLeastPrivilege(product: Product, role: EffectiveRole): boolean {
  if (product === 'apple-business') return role.permissions.size === 1 && role.permissions.has('assign-licenses-for-apps-and-books');
  return role.id === 'content-manager';
}

function adviceFor(product: Product): string {
  if (product === 'apple-business') {
    return "Apple recommends a dedicated Managed Apple Account on a custom role with only Assign licenses for Apps and Books, so that nobody's everyday sign-in or password change invalidates the token. Create that role (`permissions: [assign-licenses-for-apps-and-books]`) and account, and download the token with it.";
  }
  return `${PRODUCT_NAMES[product]} has no custom roles, so the built-in Content Manager is the least privilege that may download content tokens. Download the token with a dedicated account on \`content-manager\`.`;
}

export const contentTokenDownloaderRole: Rule = {
  meta: {
    id: 'content-token-downloader-role',
    defaultSeverity: 'warning',
    summary: 'The account that downloads a content token is not on a least-privilege role.',
    sources: ['001'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      for (const token of downloadedTokens(organization)) {
        if (token.artifact.kind !== 'content-token') continue;
        const role = effectiveRole(organization, token.account.value.role);
        // No permission at all is `downloader-permission`'s (bigger) finding; say it once.
        if (!role || isLeastPrivilege(organization.product, role) || permissionGap(organization, token)) continue;
        yield {
          at: { document: organization.source, path: token.downloadedByPath },
          message: `Content token \`${token.artifact.id}\` in organization \`${organization.name}\` was downloaded by \`${token.account.value.id}\` on role \`${role.id}\`, which is not a least-privilege role for content tokens: ${adviceFor(organization.product)}`,
        };
      }
    }
  },
};
