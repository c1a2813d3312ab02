import { DAY_MS, formatDay, HOUR_MS } from '../../base/dates.js';
import { appleServerNamed, appleText, entryKeyLocation, isActive, liveOrganizations } from '../online.js';
import type { Rule } from '../types.js';

export const appleServiceSilent: Rule = {
  meta: {
    id: 'apple-service-silent',
    defaultSeverity: 'warning',
    summary: 'A device management service that has devices has not connected to Apple for longer than `online.silentAfter`.',
    sources: ['000', '004'],
    online: true,
  },
  *check({ model }) {
    const { config, now } = model;
    const silentAfterMs = config.online.silentAfterMs;
    for (const { organization, live } of liveOrganizations(model)) {
      if (!live.business) continue;
      for (const service of organization.services) {
        const { type, name, id } = service.value;
        if (type !== 'external' || name === undefined) continue;
        const server = appleServerNamed(live.business, name);
        // A missing or inactive service is apple-service-not-found's; without devices, silence harms nobody.
        if (!server || !isActive(server.status) || !(server.deviceCount !== undefined && server.deviceCount > 0)) continue;
        const last = server.lastConnectedAt;
        if (last && now.getTime() - last.getTime() <= silentAfterMs) continue;
        const since = last ? `has not connected to Apple since ${formatDay(last)}` : 'has never connected to Apple';
        yield {
          at: entryKeyLocation(organization, service, 'name'),
          message:
            `Device management service ${appleText(server.serverName)} of organization \`${organization.name}\` has ${server.deviceCount} ` +
            `device${server.deviceCount === 1 ? '' : 's'} but ${since} (longer than ${duration(silentAfterMs)}): its server token has probably stopped working ` +
            "(expired, the downloader's password changed, or the downloader left), so new devices do not enroll. " +
            `Check the token in the MDM behind service \`${id}\`; download and install a new one if Apple refuses it.`,
        };
      }
    }
  },
};

function duration(ms: number): string {
  if (ms % DAY_MS === 0) return `${ms / DAY_MS} day${ms === DAY_MS ? '' : 's'}`;
  return `${Math.round(ms / HOUR_MS)} hours`;
}
