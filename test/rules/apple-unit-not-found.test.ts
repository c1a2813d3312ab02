import { acmeSays, ONLINE_ORGANIZATION } from '../support/live.js';
import { ruleTable } from '../support/rule-tester.js';

ruleTable('apple-unit-not-found', {
  valid: [
    {
      name: 'names matched without regard to case and spacing',
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.business!.units = [{ name: 'ACME corp' }, { name: 'Acme  New York ' }];
      }),
    },
  ],
  invalid: [
    {
      name: "at the unit's `name` when Apple has no unit of that name",
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.business!.units = [{ name: 'Acme Corp' }, { name: 'Acme NYC' }];
      }),
      findings: [
        {
          path: 'spec.units[1].name',
          file: 'org.yml',
          line: 12,
          column: 7,
          severity: 'warning',
          message:
            "Apple has no organizational unit named `Acme New York` in organization `acme` (unit `nyc`): it was renamed or removed in Apple, so content tokens and services declared for it describe a unit that is not there. Set `name` to the unit's name in Apple's portal, or remove the unit and what refers to it.",
        },
      ],
    },
  ],
});
