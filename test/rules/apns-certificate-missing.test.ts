import { organization } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

const SERVICES = `  units:
    - id: hq
      name: HQ
      primary: true
  deviceManagementServices:
    - id: built-in
      type: built-in
    - id: jamf
      type: external
      name: Jamf
      vendor: jamf
    - id: kandji
      type: external
      name: Kandji
      vendor: kandji
      apnsCertificate:
        expiresAt: 2027-08-20
`;

ruleTable('apns-certificate-missing', {
  valid: [],
  invalid: [
    {
      // The built-in service (line 12) has no certificate of its own; kandji (line 18) declares one.
      name: 'at an external service entry without `apnsCertificate`, only there',
      files: organization('acme', SERVICES),
      findings: [
        {
          path: 'spec.deviceManagementServices[1]',
          file: 'org.yml',
          line: 14,
          column: 7,
          severity: 'warning',
          messageContains: ['Service `jamf` of organization `acme` declares no `apnsCertificate`', 'cannot be renewed without one'],
        },
      ],
    },
  ],
});
