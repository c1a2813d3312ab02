import { organization } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

const BUILT_IN_SERVICE = `  units:
    - id: hq
      name: HQ
      primary: true
  deviceManagementServices:
    - id: built-in
      type: built-in
`;

ruleTable('built-in-service-unsupported', {
  valid: [
    { name: 'Apple Business has one', files: organization('acme', BUILT_IN_SERVICE, 'apple-business') },
    { name: 'Apple Business Essentials has one', files: organization('acme', BUILT_IN_SERVICE, 'apple-business-essentials') },
  ],
  invalid: [
    {
      name: 'at `type: built-in` in Apple Business Manager',
      files: organization('contoso', BUILT_IN_SERVICE, 'apple-business-manager'),
      findings: [
        {
          path: 'spec.deviceManagementServices[0].type',
          file: 'org.yml',
          line: 13,
          column: 7,
          severity: 'error',
          messageContains: ['Service `built-in` of organization `contoso` is declared `type: built-in`, but Apple Business Manager has no built-in device management service'],
        },
      ],
    },
  ],
});
