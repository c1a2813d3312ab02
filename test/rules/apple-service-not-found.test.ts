import { acmeSays, ONLINE_ORGANIZATION } from '../support/live.js';
import { ruleTable } from '../support/rule-tester.js';

ruleTable('apple-service-not-found', {
  valid: [
    {
      name: 'names matched without regard to case or spacing, the active one of two namesakes preferred',
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.business!.mdmServers = [
          { serverName: 'JAMF  pro', status: 'DELETED' },
          { serverName: ' jamf pro ', deviceCount: 1, lastConnectedAt: '2026-11-22' },
        ];
      }),
    },
    {
      name: 'the Apple Business API gave no answer',
      files: ONLINE_ORGANIZATION,
      live: acmeSays(({ business: _skipped, ...live }) => live),
    },
  ],
  invalid: [
    {
      name: "at the service's `name` when Apple has no service of that name",
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.business!.mdmServers = [{ serverName: 'Jamf Pro (old)', deviceCount: 3, lastConnectedAt: '2026-11-22' }];
      }),
      findings: [
        {
          path: 'spec.deviceManagementServices[0].name',
          file: 'org.yml',
          line: 23,
          column: 7,
          severity: 'error',
          message:
            "Apple has no device management service named `Jamf Pro` in organization `acme` (service `jamf`): devices cannot be assigned to a service Apple does not know, and its server token belongs to nothing. Set `name` to the service's name as Settings > Device Management Services shows it, or add the service there.",
        },
      ],
    },
    {
      name: 'Apple lists the service as not active',
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.business!.mdmServers![0]!.status = 'DELETED';
      }),
      findings: [
        {
          path: 'spec.deviceManagementServices[0].name',
          line: 23,
          column: 7,
          severity: 'error',
          messageContains: ['Apple lists the device management service `Jamf Pro` of organization `acme` as `DELETED`, not active'],
        },
      ],
    },
  ],
});
