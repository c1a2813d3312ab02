import { liveOrganizations, serviceTokenLocation } from '../online.js';
import type { Rule } from '../types.js';

export const appleServerTokenRejected: Rule = {
  meta: {
    id: 'apple-server-token-rejected',
    defaultSeverity: 'error',
    summary: "Apple's device enrollment API refuses the decrypted server token (expired, revoked, or invalidated by a password change).",
    sources: ['000', '001'],
    online: true,
  },
  *check({ model }) {
    for (const { organization, live } of liveOrganizations(model)) {
      for (const token of live.serverTokens) {
        if (token.outcome !== 'rejected') continue;
        const service = organization.servicesById.get(token.serviceId);
        if (!service) continue;
        const answer = token.failure?.code ? ` (${token.failure.code})` : '';
        yield {
          at: serviceTokenLocation(organization, service),
          message:
            `Apple refuses the server token of service \`${service.value.id}\` in organization \`${organization.name}\`${answer}: ` +
            "it expired, was replaced by a newer download, or was invalidated by its downloader's password change, so the MDM no longer receives devices. " +
            "Download a new token for the service in Apple's portal, install it in the MDM, and update `ref`, `downloadedAt` and `expiresAt`.",
        };
      }
    }
  },
};
