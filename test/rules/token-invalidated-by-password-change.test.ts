import { describe, expect, it } from 'vitest';
import { organization, validateFiles } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

/**
 * An IT administrator who downloaded Jamf's service token and the New York
 * content token; the service token's `downloadedBy` is line 23, column 9, the
 * content token's line 31, column 7.
 */
function organizationWith(passwordChangedAt: string, downloadedAt: string): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
    - id: nyc
      name: New York
  accounts:
    - id: m.lopez@acme.example
      role: it-administrator
      passwordChangedAt: ${passwordChangedAt}
  deviceManagementServices:
    - id: jamf-prod
      type: external
      name: Jamf Pro
      vendor: jamf
      serviceToken:
        downloadedBy: m.lopez@acme.example
        downloadedAt: ${downloadedAt}
        expiresAt: 2027-09-02
      apnsCertificate:
        expiresAt: 2027-10-14
  contentTokens:
    - id: nyc-apps
      unit: nyc
      downloadedBy: m.lopez@acme.example
      downloadedAt: ${downloadedAt}
      expiresAt: 2027-09-02
`,
  );
}

const SERVICE_TOKEN = 'spec.deviceManagementServices[0].serviceToken.downloadedBy';
const CONTENT_TOKEN = 'spec.contentTokens[0].downloadedBy';

ruleTable('token-invalidated-by-password-change', {
  valid: [
    { name: 'a change and a download on the same day given as bare dates (both the start of that day)', files: organizationWith('2026-09-02', '2026-09-02') },
    { name: 'date-times: the change before the download that day', files: organizationWith('2026-09-02T08:00:00Z', '2026-09-02T09:00:00Z') },
    { name: 'offsets count: 10:00+02:00 is 08:00Z, before the 09:00Z download', files: organizationWith('2026-09-02T10:00:00+02:00', '2026-09-02T09:00:00Z') },
    { name: 'no `passwordChangedAt`', files: organizationWith('2026-09-10', '2026-09-02').replace('      passwordChangedAt: 2026-09-10\n', '') },
    { name: 'no `downloadedAt`', files: organizationWith('2026-09-10', '2026-09-02').replaceAll(/ *downloadedAt: 2026-09-02\n/g, '') },
  ],
  invalid: [
    {
      name: 'at `downloadedBy` of every token downloaded before the password change',
      files: organizationWith('2026-09-10', '2026-09-02'),
      findings: [
        {
          path: SERVICE_TOKEN,
          file: 'org.yml',
          line: 23,
          column: 9,
          severity: 'error',
          message:
            'The service token of service `jamf-prod` in organization `acme` was downloaded on 2026-09-02 by `m.lopez@acme.example`, whose password changed on 2026-09-10: Apple invalidates a token when the account that downloaded it changes its password. Download a new token and update `downloadedAt`.',
        },
        {
          path: CONTENT_TOKEN,
          line: 31,
          column: 7,
          severity: 'error',
          messageContains: ['The content token `nyc-apps` in organization `acme` was downloaded on 2026-09-02'],
        },
      ],
    },
    {
      name: 'date-times decide the same day: the change after the download',
      files: organizationWith('2026-09-02T15:30:00Z', '2026-09-02T09:00:00Z'),
      findings: [{ path: SERVICE_TOKEN }, { path: CONTENT_TOKEN }],
    },
    {
      name: 'with a hint, when a bare download date meets a date-time change that day',
      files: organizationWith('2026-09-02T15:30:00Z', '2026-09-02'),
      findings: [
        {
          path: SERVICE_TOKEN,
          messageContains: [
            'whose password changed on 2026-09-02 (`downloadedAt` is a bare date, read as the start of that day: if the download came after the password change, record both as date-times): Apple invalidates',
          ],
        },
        { path: CONTENT_TOKEN },
      ],
    },
  ],
});

describe('token-invalidated-by-password-change', () => {
  it('is quiet when the password changed before the download, and the organization is clean', () => {
    const report = validateFiles({ 'org.yml': organizationWith('2026-06-30', '2026-09-02') });
    // The content token on an IT administrator is a least-privilege warning, nothing else.
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['content-token-downloader-role']);
  });
});
