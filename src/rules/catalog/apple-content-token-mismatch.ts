import { DAY_MS, formatDay } from '../../base/dates.js';
import { nameKey } from '../../model/live.js';
import { appleText, entryKeyLocation, liveOrganizations } from '../online.js';
import type { Rule } from '../types.js';

export const appleContentTokenMismatch: Rule = {
  meta: {
    id: 'apple-content-token-mismatch',
    defaultSeverity: 'warning',
    summary: "Apple's client config for the content token names another location than the declared unit, or another expiry than declared.",
    sources: ['001', '003'],
    online: true,
  },
  *check({ model }) {
    for (const { organization, live } of liveOrganizations(model)) {
      for (const token of live.contentTokens) {
        if (token.outcome !== 'valid') continue;
        const entry = organization.contentTokens.find((candidate) => candidate.value.id === token.contentTokenId);
        if (!entry) continue;
        const label = `Content token \`${entry.value.id}\` of organization \`${organization.name}\``;
        const unit = organization.unitsById.get(entry.value.unit);
        if (token.locationName !== undefined && unit && nameKey(token.locationName) !== nameKey(unit.value.name)) {
          yield {
            at: entryKeyLocation(organization, entry, 'unit'),
            message:
              `${label} is, says Apple, the token of location ${appleText(token.locationName)}, not of unit \`${unit.value.id}\` (${appleText(unit.value.name)}): ` +
              "the licenses it assigns are another unit's. Set `unit` to the unit of that name, or point `ref` at this unit's token.",
          };
        }
        const declared = organization.artifacts.find((artifact) => artifact.kind === 'content-token' && artifact.id === entry.value.id)?.expiresAt;
        if (token.expiresAt !== undefined && declared !== undefined && Math.abs(token.expiresAt.getTime() - declared.getTime()) > DAY_MS) {
          yield {
            at: entryKeyLocation(organization, entry, 'expiresAt'),
            message:
              `${label} expires on ${formatDay(token.expiresAt)}, says Apple, but \`expiresAt\` says ${formatDay(declared)}: ` +
              'reminders and renewal pull requests go by the declared date. ' +
              `Set \`expiresAt: ${formatDay(token.expiresAt)}\`, or check that the secret holds the current token.`,
          };
        }
      }
    }
  },
};
