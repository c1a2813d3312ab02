import { twoServiceOrganization } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

ruleTable('release-devices-enabled', {
  valid: [{ name: 'the permission is off or not written (it defaults to false)', files: twoServiceOrganization('      releaseDevices: false\n', '') }],
  invalid: [
    {
      name: 'at `releaseDevices: true`',
      files: twoServiceOrganization('      releaseDevices: false\n', '      releaseDevices: true\n'),
      findings: [
        {
          path: 'spec.deviceManagementServices[1].releaseDevices',
          file: 'org.yml',
          line: 21,
          column: 7,
          severity: 'warning',
          messageContains: ['Service `kandji` of organization `acme` may release devices', 'set `releaseDevices: false`'],
        },
      ],
    },
  ],
});
