import { acmeSays, ONLINE_ORGANIZATION } from '../support/live.js';
import { ruleTable } from '../support/rule-tester.js';

ruleTable('apple-content-token-rejected', {
  valid: [
    { name: 'a valid token', files: ONLINE_ORGANIZATION, live: acmeSays() },
    {
      name: 'a token Apple could not be asked about',
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.contentTokens = [{ contentTokenId: 'nyc-apps', outcome: 'unavailable' }];
      }),
    },
  ],
  invalid: [
    {
      name: "at the token's `ref` when Apple refuses it, also when Apple said so with HTTP 200",
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.contentTokens = [
          {
            contentTokenId: 'nyc-apps',
            outcome: 'rejected',
            failure: { api: 'apps-and-books-api', status: 200, code: '9625', message: 'Apps and Books API refused the credentials: HTTP 200 (9625)' },
          },
        ];
      }),
      findings: [
        {
          path: 'spec.contentTokens[0].ref',
          file: 'org.yml',
          line: 38,
          column: 7,
          severity: 'error',
          message:
            'Apple refuses content token `nyc-apps` of organization `acme` (error 9625): it expired, was revoked by a newer download, or is not a content token, so app and book licenses stop being assigned. Download a new content token (Payments and Billing > Apps and Books), upload it to the service, and update the secret and `expiresAt`.',
        },
      ],
    },
  ],
});
