import { organization } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

/** One content token; `legacyUserBased` (when given) is line 15, column 7. */
function contentToken(legacyLine: string): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
  contentTokens:
    - id: hq-apps
      unit: hq
      expiresAt: 2027-08-11
${legacyLine}`,
  );
}

ruleTable('legacy-content-token', {
  valid: [
    { name: '`legacyUserBased: false`, and the organization is clean', files: contentToken('      legacyUserBased: false\n'), noOtherFindings: true },
    { name: 'without the key (the default is false)', files: contentToken('') },
  ],
  invalid: [
    {
      name: 'at `legacyUserBased: true`',
      files: contentToken('      legacyUserBased: true\n'),
      findings: [
        {
          path: 'spec.contentTokens[0].legacyUserBased',
          file: 'org.yml',
          line: 15,
          column: 7,
          severity: 'warning',
          message:
            'Content token `hq-apps` in organization `acme` is a legacy user-based token: Apple asks organizations to migrate legacy user-based tokens (Manage content tokens > Migrate content tokens). Migrate it, upload the new token to the service, and remove `legacyUserBased`.',
        },
      ],
    },
  ],
});
