import { nameKey } from '../../model/live.js';
import { appleText, listLocation, liveOrganizations } from '../online.js';
import type { Rule } from '../types.js';

export const appleUnitUndeclared: Rule = {
  meta: {
    id: 'apple-unit-undeclared',
    defaultSeverity: 'info',
    summary: 'Apple has an organizational unit the file does not declare.',
    sources: ['001', '003'],
    online: true,
  },
  *check({ model }) {
    for (const { organization, live } of liveOrganizations(model)) {
      if (!live.business) continue;
      const declared = new Set(organization.units.map((unit) => nameKey(unit.value.name)));
      for (const unit of live.business.units) {
        if (declared.has(nameKey(unit.name))) continue;
        yield {
          at: listLocation(organization, 'units'),
          message:
            `Apple has the organizational unit ${appleText(unit.name)} in organization \`${organization.name}\`, which the file does not declare: ` +
            'its content token and services are not checked. Declare it under `units` with that `name`.',
        };
      }
    }
  },
};
