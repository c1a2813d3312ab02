import { liveOrganizations, serviceTokenLocation } from '../online.js';
import type { Rule } from '../types.js';

/** One finding per organization: the terms are the organization's, whichever token asked. */
export const appleTermsNotAccepted: Rule = {
  meta: {
    id: 'apple-terms-not-accepted',
    defaultSeverity: 'error',
    summary: "Apple's device enrollment API answers `T_C_NOT_SIGNED`: an administrator must accept Apple's new terms before devices sync.",
    sources: [],
    online: true,
  },
  *check({ model }) {
    for (const { organization, live } of liveOrganizations(model)) {
      const services = live.serverTokens
        .filter((token) => token.outcome === 'terms-not-accepted')
        .flatMap((token) => {
          const service = organization.servicesById.get(token.serviceId);
          return service ? [service] : [];
        });
      const first = services[0];
      if (!first) continue;
      const names = services.map((service) => `\`${service.value.id}\``).join(', ');
      yield {
        at: serviceTokenLocation(organization, first),
        message:
          `Apple has new terms and conditions that organization \`${organization.name}\` has not accepted (T_C_NOT_SIGNED for service${services.length === 1 ? '' : 's'} ${names}): ` +
          'until they are accepted, no device management service of the organization syncs devices. ' +
          "An administrator must sign in to Apple's portal and accept the terms.",
      };
    }
  },
};
