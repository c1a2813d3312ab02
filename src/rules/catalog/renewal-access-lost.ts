import type { Rule } from '../types.js';

export const renewalAccessLost: Rule = {
  meta: {
    id: 'renewal-access-lost',
    defaultSeverity: 'warning',
    summary: 'A service has `access: lost`: its token cannot be renewed in place.',
    sources: ['004'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      for (const service of organization.services) {
        if (service.value.access !== 'lost') continue;
        yield {
          at: { document: organization.source, path: [...service.path, 'access'] },
          message: `Service \`${service.value.id}\` of organization \`${organization.name}\` has \`access: lost\`: renewing a server token needs access to the MDM server behind the original token, so this one cannot be renewed in place. Link a new service, move its devices there and wipe them so they re-enroll with the new token, then remove this service.`,
        };
      }
    }
  },
};
