import { nameKey } from '../../model/live.js';
import { appleText, isActive, listLocation, liveOrganizations } from '../online.js';
import type { Rule } from '../types.js';

export const appleServiceUndeclared: Rule = {
  meta: {
    id: 'apple-service-undeclared',
    defaultSeverity: 'warning',
    summary: 'Apple lists an active third-party device management service that the organization does not declare.',
    sources: ['000'],
    online: true,
  },
  *check({ model }) {
    for (const { organization, live } of liveOrganizations(model)) {
      if (!live.business) continue;
      const declared = new Set(organization.services.flatMap((service) => (service.value.name !== undefined ? [nameKey(service.value.name)] : [])));
      for (const server of live.business.mdmServers) {
        // Apple Configurator and Apple's own service are not MDM servers anyone links with a token.
        if (server.serverType.toUpperCase() !== 'MDM' || !isActive(server.status) || declared.has(nameKey(server.serverName))) continue;
        yield {
          at: listLocation(organization, 'deviceManagementServices'),
          message:
            `Apple lists the active device management service ${appleText(server.serverName)} in organization \`${organization.name}\`, but the file does not declare it: ` +
            'its server token, public key and push certificate expire unwatched. ' +
            'Declare it under `deviceManagementServices` with that `name`, or remove it in Settings > Device Management Services if nothing uses it.',
        };
      }
    }
  },
};
