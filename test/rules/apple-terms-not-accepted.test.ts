import { acmeSays, ONLINE_ORGANIZATION } from '../support/live.js';
import { ruleTable } from '../support/rule-tester.js';

const TWO_SERVICES = ONLINE_ORGANIZATION.replace(
  '  contentTokens:\n',
  '    - id: kandji\n      type: external\n      name: Kandji\n      vendor: kandji\n      serviceToken:\n        ref: env:KANDJI_TOKEN\n        expiresAt: 2027-03-01\n  contentTokens:\n',
);

ruleTable('apple-terms-not-accepted', {
  valid: [
    { name: 'the token is accepted', files: ONLINE_ORGANIZATION, live: acmeSays() },
    {
      name: 'the token is refused for another reason',
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.serverTokens = [{ serviceId: 'jamf', outcome: 'rejected' }];
      }),
    },
  ],
  invalid: [
    {
      name: 'once per organization, at the first service whose token got T_C_NOT_SIGNED, naming every one',
      files: TWO_SERVICES,
      live: acmeSays((live) => {
        live.serverTokens = [
          { serviceId: 'jamf', outcome: 'terms-not-accepted' },
          { serviceId: 'kandji', outcome: 'terms-not-accepted' },
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
            "Apple has new terms and conditions that organization `acme` has not accepted (T_C_NOT_SIGNED for services `jamf`, `kandji`): until they are accepted, no device management service of the organization syncs devices. An administrator must sign in to Apple's portal and accept the terms.",
        },
      ],
    },
  ],
});
