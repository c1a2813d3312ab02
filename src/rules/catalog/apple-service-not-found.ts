import { appleServerNamed, appleText, entryKeyLocation, isActive, liveOrganizations } from '../online.js';
import type { Rule } from '../types.js';

export const appleServiceNotFound: Rule = {
  meta: {
    id: 'apple-service-not-found',
    defaultSeverity: 'error',
    summary: 'A declared external device management service does not exist in Apple under its `name`, or Apple lists it as not active.',
    sources: ['000'],
    online: true,
  },
  *check({ model }) {
    for (const { organization, live } of liveOrganizations(model)) {
      if (!live.business) continue;
      for (const service of organization.services) {
        const { type, name, id } = service.value;
        if (type !== 'external' || name === undefined) continue;
        const server = appleServerNamed(live.business, name);
        const at = entryKeyLocation(organization, service, 'name');
        if (!server) {
          yield {
            at,
            message:
              `Apple has no device management service named ${appleText(name)} in organization \`${organization.name}\` (service \`${id}\`): ` +
              'devices cannot be assigned to a service Apple does not know, and its server token belongs to nothing. ' +
              "Set `name` to the service's name as Settings > Device Management Services shows it, or add the service there.",
          };
        } else if (!isActive(server.status)) {
          yield {
            at,
            message:
              `Apple lists the device management service ${appleText(server.serverName)} of organization \`${organization.name}\` as ${appleText(server.status)}, not active: ` +
              'it no longer manages devices. Re-link it in Settings > Device Management Services, or remove service ' +
              `\`${id}\` from the file and move its devices to an active service.`,
          };
        }
      }
    }
  },
};
