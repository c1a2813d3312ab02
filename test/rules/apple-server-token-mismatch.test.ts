import { acmeSays, ONLINE_ORGANIZATION } from '../support/live.js';
import { ruleTable } from '../support/rule-tester.js';

/** Apple's /account for service `jamf`: the service name and the admin it names. */
function account(serverName: string, adminId: string) {
  return acmeSays((live) => {
    live.serverTokens = [{ serviceId: 'jamf', outcome: 'accepted', account: { serverName, adminId } }];
  });
}

ruleTable('apple-server-token-mismatch', {
  valid: [
    { name: 'names and accounts compared without regard to case', files: ONLINE_ORGANIZATION, live: account('JAMF PRO', 'Admin@Acme.example') },
    {
      name: 'no `downloadedBy` declared: nothing to compare the admin with',
      files: ONLINE_ORGANIZATION.replace('        downloadedBy: admin@acme.example\n', ''),
      live: account('Jamf Pro', 'jane@acme.example'),
    },
  ],
  invalid: [
    {
      name: "at `name` when Apple's /account names another service",
      files: ONLINE_ORGANIZATION,
      live: account('Jamf Pro Staging', 'admin@acme.example'),
      findings: [
        {
          path: 'spec.deviceManagementServices[0].name',
          file: 'org.yml',
          line: 23,
          column: 7,
          severity: 'error',
          message:
            "The server token of service `jamf` in organization `acme` belongs, says Apple, to the device management service `Jamf Pro Staging`, not `Jamf Pro`: the token behind `ref` is another service's, so the MDM manages another service's devices. Point `serviceToken.ref` at the token downloaded for this service, or correct `name`.",
        },
      ],
    },
    {
      name: "at `downloadedBy` when Apple's admin_id is another account",
      files: ONLINE_ORGANIZATION,
      live: account('Jamf Pro', 'jane@acme.example'),
      findings: [
        {
          path: 'spec.deviceManagementServices[0].serviceToken.downloadedBy',
          file: 'org.yml',
          line: 29,
          column: 9,
          severity: 'error',
          message:
            'The server token of service `jamf` in organization `acme` was downloaded by `jane@acme.example`, says Apple, not by `admin@acme.example`: the password-change and departure checks watch the wrong account. Set `downloadedBy` to the account Apple names (and declare it under `accounts`).',
        },
      ],
    },
  ],
});
