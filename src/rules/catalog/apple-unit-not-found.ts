import { nameKey } from '../../model/live.js';
import { appleText, entryKeyLocation, liveOrganizations } from '../online.js';
import type { Rule } from '../types.js';

export const appleUnitNotFound: Rule = {
  meta: {
    id: 'apple-unit-not-found',
    defaultSeverity: 'warning',
    summary: 'A declared unit has no organizational unit of that `name` in Apple.',
    sources: ['001', '003'],
    online: true,
  },
  *check({ model }) {
    for (const { organization, live } of liveOrganizations(model)) {
      if (!live.business) continue;
      const appleNames = new Set(live.business.units.map((unit) => nameKey(unit.name)));
      for (const unit of organization.units) {
        if (appleNames.has(nameKey(unit.value.name))) continue;
        yield {
          at: entryKeyLocation(organization, unit, 'name'),
          message:
            `Apple has no organizational unit named ${appleText(unit.value.name)} in organization \`${organization.name}\` (unit \`${unit.value.id}\`): ` +
            'it was renamed or removed in Apple, so content tokens and services declared for it describe a unit that is not there. ' +
            "Set `name` to the unit's name in Apple's portal, or remove the unit and what refers to it.",
        };
      }
    }
  },
};
