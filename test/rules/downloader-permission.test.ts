import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

interface Setup {
  /** The downloader's role id. */
  role: string;
  /** A `roles:` list appended to the spec (after every line the tests point at). */
  roles?: string;
  serviceUnits?: string;
  tokenUnit?: string;
}

/**
 * One account that downloaded both Jamf's service token (`downloadedBy` at
 * line 23, column 9) and a content token (`downloadedBy` at line 31, column 7).
 */
function organizationWith({ role, roles = '', serviceUnits = '[hq, nyc]', tokenUnit = 'nyc' }: Setup): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
    - id: nyc
      name: New York
  accounts:
    - id: tokens@acme.example
      role: ${role}
  deviceManagementServices:
    - id: jamf-prod
      type: external
      name: Jamf Pro
      vendor: jamf
      units: ${serviceUnits}
      serviceToken:
        downloadedBy: tokens@acme.example
        downloadedAt: 2026-09-02
        expiresAt: 2027-09-02
      apnsCertificate:
        expiresAt: 2027-10-14
  contentTokens:
    - id: nyc-apps
      unit: ${tokenUnit}
      downloadedBy: tokens@acme.example
      downloadedAt: 2026-08-20
      expiresAt: 2027-08-20
${roles}`,
  );
}

const customRole = (permissions: string, units?: string) => `  roles:\n    - id: token-role\n      permissions: ${permissions}\n${units ? `      units: ${units}\n` : ''}`;

const run = (setup: Setup) => validateFiles({ 'org.yml': organizationWith(setup) });
const SERVICE_TOKEN = 'spec.deviceManagementServices[0].serviceToken.downloadedBy';
const CONTENT_TOKEN = 'spec.contentTokens[0].downloadedBy';
const SCOPED = customRole('[manage-device-management-services, assign-licenses-for-apps-and-books]', '[hq]');

ruleTable('downloader-permission', {
  valid: [
    { name: 'every unit of the token inside the scope', files: organizationWith({ role: 'token-role', roles: SCOPED, serviceUnits: '[hq]', tokenUnit: 'hq' }) },
    {
      name: 'service units are checked only when the service declares them',
      files: organizationWith({ role: 'token-role', roles: SCOPED, tokenUnit: 'hq' }).replace('      units: [hq, nyc]\n', ''),
    },
  ],
  invalid: [
    {
      name: 'at `downloadedBy` of both tokens for a role without either permission',
      files: organizationWith({ role: 'staff' }),
      findings: [
        {
          path: SERVICE_TOKEN,
          file: 'org.yml',
          line: 23,
          column: 9,
          severity: 'error',
          message:
            '`tokens@acme.example` downloaded the service token of service `jamf-prod` in organization `acme`, but its role `staff` cannot view, add, and delete device management services (`manage-device-management-services`), which Apple requires to download it. Record the account that really downloaded it, or download the token again with an account whose role allows it.',
        },
        {
          path: CONTENT_TOKEN,
          line: 31,
          column: 7,
          severity: 'error',
          messageContains: [
            'its role `staff` cannot Assign licenses for Apps and Books or get licenses for apps and books (`assign-licenses-for-apps-and-books`, `get-licenses-for-apps-and-books`)',
          ],
        },
      ],
    },
    {
      name: 'kinds told apart: a Device Enrollment Manager may download service tokens only',
      files: organizationWith({ role: 'device-enrollment-manager' }),
      findings: [{ path: CONTENT_TOKEN, line: 31, column: 7 }],
    },
    {
      name: 'either content permission is enough for content tokens',
      files: organizationWith({ role: 'token-role', roles: customRole('[get-licenses-for-apps-and-books]') }),
      findings: [{ path: SERVICE_TOKEN, line: 23 }],
    },
    {
      name: "a scoped role's units leave out the token's unit or one of the service's units",
      files: organizationWith({ role: 'token-role', roles: SCOPED }),
      findings: [
        { path: SERVICE_TOKEN, line: 23, column: 9, messageContains: ['its role `token-role` is limited to units `hq` and the token concerns `nyc`, outside that scope.'] },
        { path: CONTENT_TOKEN, line: 31, column: 7, messageContains: ['is limited to units `hq` and the token concerns `nyc`'] },
      ],
    },
    {
      name: 'the permissions an organization recorded for an edited built-in role are used',
      files: organizationWith({ role: 'it-administrator', roles: '  roles:\n    - id: it-administrator\n      permissions: [manage-accounts]\n' }),
      findings: [
        { path: SERVICE_TOKEN, line: 23 },
        { path: CONTENT_TOKEN, line: 31 },
      ],
    },
  ],
});

describe('downloader-permission', () => {
  it('is quiet for an IT Administrator, who may download both', () => {
    // An IT Administrator is not least privilege for content tokens: that is the only finding.
    expect(run({ role: 'it-administrator' }).findings.map((finding) => finding.ruleId)).toEqual(['content-token-downloader-role']);
  });

  it('leaves a role that resolves to nothing to unresolved-reference', () => {
    const report = run({ role: 'token-mangaer' });
    expect(findingsOf(report, 'downloader-permission')).toEqual([]);
    expect(findingsOf(report, 'unresolved-reference')).toEqual([expect.objectContaining({ line: 15, column: 7 })]);
  });
});
