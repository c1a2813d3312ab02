import { appleRoleIs } from '../../model/live.js';
import type { Organization } from '../../model/types.js';
import { appleText, entryKeyLocation, isActive, liveOrganizations } from '../online.js';
import type { Rule } from '../types.js';

/**
 * The accounts that downloaded tokens are the ones whose departure, role
 * change or deactivation breaks something (seeds 000, 001), so those are the
 * ones compared with Apple's users.
 */
export const appleAccountMismatch: Rule = {
  meta: {
    id: 'apple-account-mismatch',
    defaultSeverity: 'error',
    summary: 'An account named in `downloadedBy` is missing in Apple, is not active there while declared active, or does not hold its declared role.',
    sources: ['000', '001'],
    online: true,
  },
  *check({ model }) {
    for (const { organization, live } of liveOrganizations(model)) {
      if (!live.business) continue;
      const downloaders = downloaderKeys(organization);
      const users = new Map(live.business.users.map((user) => [user.managedAppleAccount.toLowerCase(), user]));
      for (const account of organization.accounts) {
        const { id, role, status } = account.value;
        if (!downloaders.has(id.toLowerCase())) continue;
        const user = users.get(id.toLowerCase());
        const who = `Account \`${id}\` of organization \`${organization.name}\``;
        if (!user) {
          yield {
            at: entryKeyLocation(organization, account, 'id'),
            message:
              `${who} downloaded a token but Apple has no Managed Apple Account of that name: it was deleted or renamed, and Apple invalidates the tokens it downloaded when it leaves. ` +
              'Download the tokens again with an active account and record it in `downloadedBy`, or correct `id`.',
          };
          continue;
        }
        if ((status ?? 'active') === 'active' && !isActive(user.status)) {
          yield {
            at: entryKeyLocation(organization, account, 'status'),
            message:
              `${who} is declared active, but Apple lists it as ${appleText(user.status)}: the person has left or the account is locked, and the tokens it downloaded stop working. ` +
              'Download them again with an active account, update `downloadedBy`, and set `status: departed` (or `disabled`).',
          };
        }
        if (!user.roles.some((held) => appleRoleIs(organization, role, held.roleName))) {
          const held = user.roles.length > 0 ? user.roles.map((entry) => appleText(entry.roleName)).join(', ') : 'no role';
          yield {
            at: entryKeyLocation(organization, account, 'role'),
            message:
              `${who} is declared with role \`${role}\`, but in Apple it holds ${held}: the permission checks on its tokens rest on the declared role. ` +
              "Set `role` to what Apple shows, or give the account that role in Apple's portal.",
          };
        }
      }
    }
  },
};

function downloaderKeys(organization: Organization): Set<string> {
  const keys = new Set<string>();
  for (const service of organization.services) {
    const by = service.value.serviceToken?.downloadedBy;
    if (by !== undefined) keys.add(by.toLowerCase());
  }
  for (const token of organization.contentTokens) {
    if (token.value.downloadedBy !== undefined) keys.add(token.value.downloadedBy.toLowerCase());
  }
  return keys;
}
