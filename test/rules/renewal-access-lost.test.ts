import { twoServiceOrganization } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

ruleTable('renewal-access-lost', {
  valid: [{ name: 'access is available or not written (the default)', files: twoServiceOrganization('      access: available\n', '') }],
  invalid: [
    {
      name: 'at `access: lost`',
      files: twoServiceOrganization('      access: lost\n', '      access: available\n'),
      findings: [
        {
          path: 'spec.deviceManagementServices[0].access',
          file: 'org.yml',
          line: 16,
          column: 7,
          severity: 'warning',
          messageContains: ['Service `jamf` of organization `acme` has `access: lost`', 'move its devices there and wipe them'],
        },
      ],
    },
  ],
});
