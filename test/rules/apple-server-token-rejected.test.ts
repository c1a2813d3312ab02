import { acmeSays, ONLINE_ORGANIZATION } from '../support/live.js';
import { ruleTable } from '../support/rule-tester.js';

ruleTable('apple-server-token-rejected', {
  valid: [
    { name: 'Apple accepts the token', files: ONLINE_ORGANIZATION, live: acmeSays() },
    {
      name: 'Apple could not be asked',
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.serverTokens = [{ serviceId: 'jamf', outcome: 'unavailable' }];
      }),
    },
    {
      name: 'Apple wants its terms accepted (apple-terms-not-accepted says so)',
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.serverTokens = [{ serviceId: 'jamf', outcome: 'terms-not-accepted' }];
      }),
    },
  ],
  invalid: [
    {
      name: "at the server token's `ref` when Apple refuses the token",
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.serverTokens = [
          {
            serviceId: 'jamf',
            outcome: 'rejected',
            failure: {
              api: 'device-enrollment-api',
              status: 401,
              code: 'token_rejected',
              message: 'device enrollment (ADE) API refused the credentials: HTTP 401 (token_rejected)',
            },
          },
        ];
      }),
      findings: [
        {
          path: 'spec.deviceManagementServices[0].serviceToken.ref',
          file: 'org.yml',
          line: 27,
          column: 9,
          severity: 'error',
          message:
            "Apple refuses the server token of service `jamf` in organization `acme` (token_rejected): it expired, was replaced by a newer download, or was invalidated by its downloader's password change, so the MDM no longer receives devices. Download a new token for the service in Apple's portal, install it in the MDM, and update `ref`, `downloadedAt` and `expiresAt`.",
        },
      ],
    },
  ],
});
