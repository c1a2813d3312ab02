import { acmeSays, ONLINE_ORGANIZATION } from '../support/live.js';
import { ruleTable } from '../support/rule-tester.js';

ruleTable('apple-content-token-mismatch', {
  valid: [
    {
      name: 'a day of difference, and case and spacing in the location name, are tolerated',
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.contentTokens![0]!.expiresAt = '2027-02-02T00:00:00Z';
        live.contentTokens![0]!.locationName = 'ACME new  york';
      }),
    },
  ],
  invalid: [
    {
      name: "at `unit` when Apple's client config names another location",
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.contentTokens![0]!.locationName = 'Acme Corp';
      }),
      findings: [
        {
          path: 'spec.contentTokens[0].unit',
          file: 'org.yml',
          line: 36,
          column: 7,
          severity: 'warning',
          message:
            "Content token `nyc-apps` of organization `acme` is, says Apple, the token of location `Acme Corp`, not of unit `nyc` (`Acme New York`): the licenses it assigns are another unit's. Set `unit` to the unit of that name, or point `ref` at this unit's token.",
        },
      ],
    },
    {
      name: 'at `expiresAt` when Apple gives an expiry more than a day from the declared one',
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.contentTokens![0]!.expiresAt = '2027-03-15T10:00:00Z';
      }),
      findings: [
        {
          path: 'spec.contentTokens[0].expiresAt',
          file: 'org.yml',
          line: 41,
          column: 7,
          severity: 'warning',
          message:
            'Content token `nyc-apps` of organization `acme` expires on 2027-03-15, says Apple, but `expiresAt` says 2027-02-01: reminders and renewal pull requests go by the declared date. Set `expiresAt: 2027-03-15`, or check that the secret holds the current token.',
        },
      ],
    },
  ],
});
