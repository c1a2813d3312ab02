import { entryKeyLocation, liveOrganizations } from '../online.js';
import type { Rule } from '../types.js';

export const appleContentTokenRejected: Rule = {
  meta: {
    id: 'apple-content-token-rejected',
    defaultSeverity: 'error',
    summary: "Apple's Apps and Books API refuses the content token (expired, revoked, invalid).",
    sources: ['001', '003'],
    online: true,
  },
  *check({ model }) {
    for (const { organization, live } of liveOrganizations(model)) {
      for (const token of live.contentTokens) {
        if (token.outcome !== 'rejected') continue;
        const entry = organization.contentTokens.find((candidate) => candidate.value.id === token.contentTokenId);
        if (!entry) continue;
        const answer = token.failure?.code ? ` (error ${token.failure.code})` : '';
        yield {
          at: entryKeyLocation(organization, entry, 'ref'),
          message:
            `Apple refuses content token \`${entry.value.id}\` of organization \`${organization.name}\`${answer}: ` +
            'it expired, was revoked by a newer download, or is not a content token, so app and book licenses stop being assigned. ' +
            'Download a new content token (Payments and Billing > Apps and Books), upload it to the service, and update the secret and `expiresAt`.',
        };
      }
    }
  },
};
