import type { Rule } from '../types.js';

export const builtInServiceUnsupported: Rule = {
  meta: {
    id: 'built-in-service-unsupported',
    defaultSeverity: 'error',
    summary: 'A `type: built-in` device management service is declared for Apple Business Manager, which has none.',
    sources: ['000'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      if (organization.product !== 'apple-business-manager') continue;
      for (const service of organization.services) {
        if (service.value.type !== 'built-in') continue;
        yield {
          at: { document: organization.source, path: [...service.path, 'type'] },
          message: `Service \`${service.value.id}\` of organization \`${organization.name}\` is declared \`type: built-in\`, but Apple Business Manager has no built-in device management service (Apple Business and Apple Business Essentials do). Declare the MDM server as \`type: external\` with its name, vendor and tokens, or remove the entry.`,
        };
      }
    }
  },
};
