import type { Rule } from '../types.js';

export const legacyContentToken: Rule = {
  meta: {
    id: 'legacy-content-token',
    defaultSeverity: 'warning',
    summary: 'A content token is a legacy user-based token (legacyUserBased: true): migrate it.',
    sources: ['001'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      for (const token of organization.contentTokens) {
        if (token.value.legacyUserBased !== true) continue;
        yield {
          at: { document: organization.source, path: [...token.path, 'legacyUserBased'] },
          message: `Content token \`${token.value.id}\` in organization \`${organization.name}\` is a legacy user-based token: Apple asks organizations to migrate legacy user-based tokens (Manage content tokens > Migrate content tokens). Migrate it, upload the new token to the service, and remove \`legacyUserBased\`.`,
        };
      }
    }
  },
};
