import { acmeSays, ONLINE_ORGANIZATION } from '../support/live.js';
import { ruleTable } from '../support/rule-tester.js';

ruleTable('apple-unit-undeclared', {
  valid: [{ name: 'every Apple unit is declared', files: ONLINE_ORGANIZATION, live: acmeSays() }],
  invalid: [
    {
      name: 'at `units` for each unit Apple has that the file does not declare',
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.business!.units!.push({ name: 'Acme London' });
      }),
      findings: [
        {
          path: 'spec.units',
          file: 'org.yml',
          line: 7,
          column: 3,
          severity: 'info',
          message:
            'Apple has the organizational unit `Acme London` in organization `acme`, which the file does not declare: its content token and services are not checked. Declare it under `units` with that `name`.',
        },
      ],
    },
  ],
});
