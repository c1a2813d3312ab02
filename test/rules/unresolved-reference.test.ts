import { describe, expect, it } from 'vitest';
import { organization, validateFiles } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

const UNITS = `  units:
    - id: hq
      name: HQ
      primary: true
    - id: nyc
      name: New York
`;

ruleTable('unresolved-reference', {
  valid: [
    {
      name: 'every reference resolves',
      files: organization(
        'acme',
        `${UNITS}  roles:
    - id: auditor
      name: Auditor
      permissions: [view-apps-and-books]
      units: [hq, nyc]
  accounts:
    - id: audit@acme.example
      role: auditor
`,
      ),
    },
  ],
  invalid: [
    {
      name: 'a content token unit, service and downloader that name nothing, each at its key',
      files: organization(
        'acme',
        `${UNITS}  contentTokens:
    - id: nyc-apps
      unit: nyk
      service: jamf
      downloadedBy: nobody@acme.example
      expiresAt: 2027-08-01
`,
      ),
      findings: [
        { path: 'spec.contentTokens[0].unit', file: 'org.yml', line: 15, column: 7, severity: 'error', message: 'No unit `nyk` in organization `acme`: did you mean `nyc`?' },
        {
          path: 'spec.contentTokens[0].service',
          file: 'org.yml',
          line: 16,
          column: 7,
          severity: 'error',
          message: 'No device management service `jamf` in organization `acme`: declare it under `spec.deviceManagementServices` or fix the name.',
        },
        {
          path: 'spec.contentTokens[0].downloadedBy',
          file: 'org.yml',
          line: 17,
          column: 7,
          severity: 'error',
          message: 'No account `nobody@acme.example` in organization `acme`: declare it under `spec.accounts` or fix the name.',
        },
      ],
    },
    {
      name: "the product's built-in roles are accepted and suggested for typos",
      files: organization(
        'acme',
        `${UNITS}  accounts:
    - id: admin@acme.example
      role: administrator
    - id: apps@acme.example
      role: content-manger
`,
        'apple-business-manager',
      ),
      findings: [{ path: 'spec.accounts[1].role', line: 17, column: 7, message: 'No role `content-manger` in organization `acme`: did you mean `content-manager`?' }],
    },
    {
      name: 'a role or service `units` entry at the entry, and a service token downloader',
      files: organization(
        'acme',
        `${UNITS}  roles:
    - id: auditor
      name: Auditor
      permissions: [view-apps-and-books]
      units: [hq, losangeles]
  deviceManagementServices:
    - id: built-in
      type: built-in
      units:
        - boston
    - id: jamf
      type: external
      name: Jamf Pro
      vendor: jamf
      publicKey:
        ref: env:JAMF_PUBLIC_KEY
      serviceToken:
        downloadedBy: ghost@acme.example
        expiresAt: 2027-08-01
`,
      ),
      findings: [
        {
          path: 'spec.roles[0].units[1]',
          line: 17,
          column: 19,
          message: 'No unit `losangeles` in organization `acme`: declare it under `spec.units` or fix the name (declared: `hq`, `nyc`).',
        },
        {
          path: 'spec.deviceManagementServices[0].units[0]',
          line: 22,
          column: 11,
          message: 'No unit `boston` in organization `acme`: declare it under `spec.units` or fix the name (declared: `hq`, `nyc`).',
        },
        {
          path: 'spec.deviceManagementServices[1].serviceToken.downloadedBy',
          line: 30,
          column: 9,
          message: 'No account `ghost@acme.example` in organization `acme`: declare it under `spec.accounts` or fix the name.',
        },
      ],
    },
    {
      name: 'no suggestion when a shortened id fits two entries',
      files: organization(
        'acme',
        `${UNITS}  deviceManagementServices:
    - { id: jamf-prod, type: external, name: Jamf Prod, vendor: jamf, publicKey: { ref: env:A } }
    - { id: jamf-test, type: external, name: Jamf Test, vendor: jamf, publicKey: { ref: env:B } }
  contentTokens:
    - { id: nyc-apps, unit: nyc, service: jamf, expiresAt: 2027-08-01 }
`,
      ),
      findings: [
        {
          path: 'spec.contentTokens[0].service',
          message:
            'No device management service `jamf` in organization `acme`: declare it under `spec.deviceManagementServices` or fix the name (declared: `jamf-prod`, `jamf-test`).',
        },
      ],
    },
    {
      name: 'a reference never resolves in another organization',
      files: {
        'a.yml': organization(
          'acme',
          `${UNITS}  accounts:
    - id: admin@acme.example
      role: organization-administrator
`,
        ),
        'b.yml': organization(
          'beta',
          `  units:
    - id: hq
      name: HQ
      primary: true
  contentTokens:
    - id: hq-apps
      unit: nyc
      downloadedBy: admin@acme.example
      expiresAt: 2027-08-01
`,
        ),
      },
      findings: [
        { path: 'spec.contentTokens[0].unit', file: 'b.yml', line: 13 },
        { path: 'spec.contentTokens[0].downloadedBy', file: 'b.yml', line: 14 },
      ],
    },
  ],
});

describe('unresolved-reference', () => {
  it('suggests for every reference kind: a shortened id, a display name written for the id', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `${UNITS}  roles:
    - id: token-manager
      name: Token Manager
      permissions: [assign-licenses-for-apps-and-books]
      units: [New York]
  accounts:
    - id: apps@acme.example
      role: token
  deviceManagementServices:
    - id: jamf-prod
      type: external
      name: Jamf Pro Production
      vendor: jamf
      publicKey:
        ref: env:JAMF_PUBLIC_KEY
      serviceToken:
        downloadedBy: apps
        expiresAt: 2027-08-01
    - id: intune
      type: external
      name: Intune
      vendor: intune
      units: [nyk]
      publicKey:
        ref: env:INTUNE_PUBLIC_KEY
  contentTokens:
    - id: nyc-apps
      unit: nyc
      service: jamf
      expiresAt: 2027-08-01
    - id: hq-apps
      unit: hq
      service: Jamf Pro Production
      expiresAt: 2027-08-01
`,
      ),
    });
    // Written in a shape no id has, a reference is a schema finding; in an id's shape, an unresolved one: both suggest.
    const hints = report.findings.filter(({ ruleId }) => ruleId === 'schema' || ruleId === 'unresolved-reference');
    expect(hints.map(({ ruleId, line, message }) => [ruleId, line, message.replace(/^.*?: /, '')])).toEqual([
      ['schema', 17, 'did you mean `nyc`? (expected an id: letters, digits, `.`, `_` and `-`, starting with a letter or digit)'],
      ['unresolved-reference', 20, 'did you mean `token-manager`?'],
      ['schema', 29, "did you mean `apps@acme.example`? (expected a Managed Apple Account's email address such as `it@acme.example`)"],
      ['unresolved-reference', 35, 'did you mean `nyc`?'],
      ['unresolved-reference', 41, 'did you mean `jamf-prod`?'],
      ['schema', 45, 'did you mean `jamf-prod`? (expected an id: letters, digits, `.`, `_` and `-`, starting with a letter or digit)'],
    ]);
    expect(report.findings[0]!.message).toMatch(/^`New York` is not a valid entry of `units`: /);
  });
});
