import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

/**
 * A Device Enrollment Manager who downloaded Jamf's service token and a
 * Content Manager who downloaded the New York content token. The service
 * token's `downloadedBy` is line 26, column 9; the content token's line 34, column 7.
 */
function organizationWith(enrollmentStatus: string, appsStatus: string): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
    - id: nyc
      name: New York
  accounts:
    - id: enrollment@acme.example
      role: device-enrollment-manager
      status: ${enrollmentStatus}
    - id: apps@acme.example
      role: content-manager
      status: ${appsStatus}
  deviceManagementServices:
    - id: intune
      type: external
      name: Microsoft Intune
      vendor: intune
      serviceToken:
        downloadedBy: enrollment@acme.example
        downloadedAt: 2026-10-05
        expiresAt: 2027-10-05
      apnsCertificate:
        expiresAt: 2027-09-18
  contentTokens:
    - id: nyc-apps
      unit: nyc
      downloadedBy: apps@acme.example
      downloadedAt: 2026-08-11
      expiresAt: 2027-08-11
`,
    'apple-business-manager',
  );
}

ruleTable('downloader-departed', {
  valid: [{ name: 'both downloaders are active, and the organization is clean', files: organizationWith('active', 'active'), noOtherFindings: true }],
  invalid: [
    {
      name: 'at `downloadedBy` when the downloader has left the organization',
      files: organizationWith('departed', 'active'),
      findings: [
        {
          path: 'spec.deviceManagementServices[0].serviceToken.downloadedBy',
          file: 'org.yml',
          line: 26,
          column: 9,
          severity: 'error',
          message:
            'The service token of service `intune` in organization `acme` was downloaded by `enrollment@acme.example`, who has left the organization (`status: departed`): Apple asks for the token to be replaced when the user who downloaded it leaves. Download a new token with an active account and update `downloadedBy`.',
        },
      ],
    },
    {
      name: 'a disabled account, and content tokens',
      files: organizationWith('active', 'disabled'),
      findings: [
        {
          path: 'spec.contentTokens[0].downloadedBy',
          line: 34,
          column: 7,
          severity: 'error',
          messageContains: ['The content token `nyc-apps` in organization `acme` was downloaded by `apps@acme.example`, who is disabled (`status: disabled`)'],
        },
      ],
    },
  ],
});

describe('downloader-departed', () => {
  it('leaves a downloader that names no account to unresolved-reference', () => {
    const text = organizationWith('departed', 'active').replace('downloadedBy: enrollment@acme.example', 'downloadedBy: enrolment@acme.example');
    const report = validateFiles({ 'org.yml': text });
    expect(findingsOf(report, 'downloader-departed')).toEqual([]);
    expect(findingsOf(report, 'unresolved-reference')).toEqual([expect.objectContaining({ line: 26, column: 9 })]);
  });
});
