import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

const RULE = 'primary-content-token-with-built-in-service';

/** Units hq (primary) and nyc, an external `jamf` service, optional extra spec lines, and tokens of both units. */
function spec(options: { services?: string; hqService?: string; nycService?: string; top?: string }): string {
  return `${options.top ?? ''}  units:
    - id: hq
      name: HQ
      primary: true
    - id: nyc
      name: NYC
  deviceManagementServices:
${options.services ?? ''}    - id: jamf
      type: external
      name: Jamf
      vendor: jamf
  contentTokens:
    - id: hq-apps
      unit: hq
${options.hqService ? `      service: ${options.hqService}\n` : ''}      expiresAt: 2027-08-20
    - id: nyc-apps
      unit: nyc
${options.nycService ? `      service: ${options.nycService}\n` : ''}      expiresAt: 2027-08-20
`;
}

const BUILT_IN = `    - id: built-in
      type: built-in
`;

const acme = (options: Parameters<typeof spec>[0]) => organization('acme', spec(options));
const bloom = (options: Parameters<typeof spec>[0]) => organization('bloom', spec(options), 'apple-business-essentials');
const HQ_SERVICE = 'spec.contentTokens[0].service';

ruleTable(RULE, {
  valid: [
    { name: "only another unit's token goes to the external service", files: acme({ services: BUILT_IN, nycService: 'jamf' }) },
    { name: 'the primary token is uploaded to the built-in service itself', files: acme({ services: BUILT_IN, hqService: 'built-in' }) },
    { name: 'no built-in service', files: acme({ hqService: 'jamf', nycService: 'jamf' }) },
    { name: 'Apple Business Essentials on an annual plan without a built-in service', files: bloom({ top: '  essentialsSubscription: annual\n', hqService: 'jamf' }) },
  ],
  invalid: [
    {
      name: "at the primary unit's `service` when Apple Business uses the built-in service, never at other units",
      files: acme({ services: BUILT_IN, hqService: 'jamf', nycService: 'jamf' }),
      findings: [
        {
          path: HQ_SERVICE,
          file: 'org.yml',
          line: 23,
          column: 7,
          severity: 'error',
          messageContains: [
            'Organization `acme` uses the built-in device management service (`built-in`)',
            'content token `hq-apps` of its primary unit `hq` is uploaded to external service `jamf`',
            'inconsistencies in app license inventory and app assignment failures',
            'original organization only',
          ],
        },
      ],
    },
    {
      name: "Apple Business Essentials on a monthly subscription, citing the primary location's token",
      files: bloom({ top: '  essentialsSubscription: monthly\n', hqService: 'jamf', nycService: 'jamf' }),
      findings: [
        {
          path: HQ_SERVICE,
          file: 'org.yml',
          line: 22,
          column: 7,
          severity: 'error',
          messageContains: [
            'Organization `bloom` has a monthly Apple Business Essentials subscription',
            'primary location `hq`',
            "Apple Business Essentials itself uses the primary location's token",
          ],
        },
      ],
    },
    {
      name: 'Apple Business Essentials with a declared built-in service on an annual plan',
      files: bloom({ top: '  essentialsSubscription: annual\n', services: BUILT_IN, hqService: 'jamf' }),
      findings: [{ path: HQ_SERVICE, line: 24, column: 7, messageContains: ['uses the built-in device management service (`built-in`)'] }],
    },
  ],
});

describe(RULE, () => {
  it('leaves a built-in service declared in Apple Business Manager to built-in-service-unsupported', () => {
    const report = validateFiles({ 'org.yml': organization('contoso', spec({ services: BUILT_IN, hqService: 'jamf' }), 'apple-business-manager') });
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(findingsOf(report, 'built-in-service-unsupported')).toHaveLength(1);
  });
});
