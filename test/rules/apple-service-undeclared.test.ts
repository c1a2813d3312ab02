import { acmeSays, ONLINE_ORGANIZATION } from '../support/live.js';
import { ruleTable } from '../support/rule-tester.js';

ruleTable('apple-service-undeclared', {
  valid: [
    {
      name: "inactive services, Apple Configurator and Apple's own service",
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.business!.mdmServers!.push(
          { serverName: 'Old MDM', status: 'INACTIVE' },
          { serverName: 'Deleted MDM', status: 'DELETED' },
          { serverName: 'Apple Configurator', serverType: 'APPLE_CONFIGURATOR' },
          { serverName: 'Apple Business', serverType: 'APPLE_MDM' },
        );
      }),
    },
  ],
  invalid: [
    {
      name: 'at `deviceManagementServices` for an active MDM service the file does not declare',
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.business!.mdmServers!.push({ serverName: 'Kandji Pilot', deviceCount: 4, lastConnectedAt: '2026-11-20' });
      }),
      findings: [
        {
          path: 'spec.deviceManagementServices',
          file: 'org.yml',
          line: 20,
          column: 3,
          severity: 'warning',
          message:
            'Apple lists the active device management service `Kandji Pilot` in organization `acme`, but the file does not declare it: its server token, public key and push certificate expire unwatched. Declare it under `deviceManagementServices` with that `name`, or remove it in Settings > Device Management Services if nothing uses it.',
        },
      ],
    },
  ],
});
