import type { Rule } from '../types.js';

export const releaseDevicesEnabled: Rule = {
  meta: {
    id: 'release-devices-enabled',
    defaultSeverity: 'warning',
    summary: 'An external device management service has the Release Devices permission.',
    sources: ['000'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      for (const service of organization.services) {
        if (service.value.type !== 'external' || service.value.releaseDevices !== true) continue;
        yield {
          at: { document: organization.source, path: [...service.path, 'releaseDevices'] },
          message: `Service \`${service.value.id}\` of organization \`${organization.name}\` may release devices: a released device leaves the organization for good, and Apple advises against selecting Release Devices unless the service really needs it. Turn it off in the service's settings and set \`releaseDevices: false\`, or waive this finding with the reason.`,
        };
      }
    }
  },
};
