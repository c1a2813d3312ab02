import { nameKey } from '../../model/live.js';
import { appleText, entryKeyLocation, liveOrganizations } from '../online.js';
import type { Rule } from '../types.js';

export const appleServerTokenMismatch: Rule = {
  meta: {
    id: 'apple-server-token-mismatch',
    defaultSeverity: 'error',
    summary: "Apple's `/account` for the server token names another service (`server_name`) or another downloader (`admin_id`) than declared.",
    sources: ['000'],
    online: true,
  },
  *check({ model }) {
    for (const { organization, live } of liveOrganizations(model)) {
      for (const token of live.serverTokens) {
        if (token.outcome !== 'accepted' || !token.account) continue;
        const service = organization.servicesById.get(token.serviceId);
        if (!service) continue;
        const { serverName, adminId } = token.account;
        const { name, id, serviceToken } = service.value;
        const label = `The server token of service \`${id}\` in organization \`${organization.name}\``;
        if (serverName !== undefined && name !== undefined && nameKey(serverName) !== nameKey(name)) {
          yield {
            at: entryKeyLocation(organization, service, 'name'),
            message:
              `${label} belongs, says Apple, to the device management service ${appleText(serverName)}, not ${appleText(name)}: ` +
              "the token behind `ref` is another service's, so the MDM manages another service's devices. " +
              'Point `serviceToken.ref` at the token downloaded for this service, or correct `name`.',
          };
        }
        const declaredBy = serviceToken?.downloadedBy;
        if (adminId !== undefined && declaredBy !== undefined && adminId.toLowerCase() !== declaredBy.toLowerCase()) {
          yield {
            at: entryKeyLocation(organization, service, 'serviceToken', 'downloadedBy'),
            message:
              `${label} was downloaded by ${appleText(adminId)}, says Apple, not by \`${declaredBy}\`: ` +
              'the password-change and departure checks watch the wrong account. Set `downloadedBy` to the account Apple names (and declare it under `accounts`).',
          };
        }
      }
    }
  },
};
