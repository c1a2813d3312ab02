import { acmeSays, ONLINE_ORGANIZATION } from '../support/live.js';
import { ruleTable } from '../support/rule-tester.js';

/** Apple's record of service `Jamf Pro`: its last connection and device count. */
function lastSeen(lastConnectedAt: string | null, deviceCount: number | 'unknown' = 120) {
  return acmeSays((live) => {
    live.business!.mdmServers = [{ serverName: 'Jamf Pro', ...(deviceCount !== 'unknown' ? { deviceCount } : {}), lastConnectedAt }];
  });
}

const NAME = 'spec.deviceManagementServices[0].name';

ruleTable('apple-service-silent', {
  valid: [
    { name: 'inside the window (exactly 7 days is inside)', files: ONLINE_ORGANIZATION, live: lastSeen('2026-11-16T00:00:00Z') },
    { name: 'without devices', files: ONLINE_ORGANIZATION, live: lastSeen('2026-11-01', 0) },
    { name: 'with an unknown device count', files: ONLINE_ORGANIZATION, live: lastSeen('2026-11-01', 'unknown') },
  ],
  invalid: [
    {
      name: "at the service's `name` when a service with devices has been silent longer than 7 days",
      files: ONLINE_ORGANIZATION,
      live: lastSeen('2026-11-10T08:00:00Z'),
      findings: [
        {
          path: NAME,
          file: 'org.yml',
          line: 23,
          column: 7,
          severity: 'warning',
          message:
            "Device management service `Jamf Pro` of organization `acme` has 120 devices but has not connected to Apple since 2026-11-10 (longer than 7 days): its server token has probably stopped working (expired, the downloader's password changed, or the downloader left), so new devices do not enroll. Check the token in the MDM behind service `jamf`; download and install a new one if Apple refuses it.",
        },
      ],
    },
    {
      name: 'a service that never connected counts as silent',
      files: ONLINE_ORGANIZATION,
      live: lastSeen(null, 1),
      findings: [{ path: NAME, messageContains: ['has 1 device but has never connected to Apple'] }],
    },
    {
      name: 'online.silentAfter from abm-gitops.yml',
      files: { 'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\nonline:\n  silentAfter: 12h\n', 'org.yml': ONLINE_ORGANIZATION },
      live: lastSeen('2026-11-22T06:00:00Z'),
      findings: [{ path: NAME, messageContains: ['(longer than 12 hours)'] }],
    },
  ],
});
