import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

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

const findingsFor = (passwordChangedAt: string, downloadedAt: string) =>
  findingsOf(validateFiles({ 'org.yml': organizationWith(passwordChangedAt, downloadedAt) }), 'token-invalidated-by-password-change');

describe('token-invalidated-by-password-change', () => {
  it('fires at `downloadedBy` of every token downloaded before the password change', () => {
    const [serviceToken, contentToken, ...rest] = findingsFor('2026-09-10', '2026-09-02');
    expect(rest).toEqual([]);
    expect(serviceToken).toMatchObject({ file: 'org.yml', line: 23, column: 9, severity: 'error' });
    expect(serviceToken!.message).toBe(
      'The service token of service `jamf-prod` in organization `acme` was downloaded on 2026-09-02 by `m.lopez@acme.example`, whose password changed on 2026-09-10: Apple invalidates a token when the account that downloaded it changes its password. Download a new token and update `downloadedAt`.',
    );
    expect(contentToken).toMatchObject({ line: 31, column: 7, severity: 'error' });
    expect(contentToken!.message).toContain('The content token `nyc-apps` in organization `acme` was downloaded on 2026-09-02');
  });

  it('is quiet when the password changed before the download, and the organization is clean', () => {
    const report = validateFiles({ 'org.yml': organizationWith('2026-06-30', '2026-09-02') });
    // The content token on an IT administrator is a least-privilege warning, nothing else.
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['content-token-downloader-role']);
  });

  it('is quiet for a change and a download on the same day given as bare dates (both the start of that day)', () => {
    expect(findingsFor('2026-09-02', '2026-09-02')).toEqual([]);
  });

  it('decides the same day with date-times', () => {
    expect(findingsFor('2026-09-02T15:30:00Z', '2026-09-02T09:00:00Z')).toHaveLength(2);
    expect(findingsFor('2026-09-02T08:00:00Z', '2026-09-02T09:00:00Z')).toEqual([]);
    // Offsets count: 10:00+02:00 is 08:00Z, before the 09:00Z download.
    expect(findingsFor('2026-09-02T10:00:00+02:00', '2026-09-02T09:00:00Z')).toEqual([]);
  });

  it('fires, with a hint, when a bare download date meets a date-time change that day', () => {
    const [finding] = findingsFor('2026-09-02T15:30:00Z', '2026-09-02');
    expect(finding!.message).toContain(
      'whose password changed on 2026-09-02 (`downloadedAt` is a bare date, read as the start of that day: if the download came after the password change, record both as date-times): Apple invalidates',
    );
  });

  it('is quiet without `passwordChangedAt` or without `downloadedAt`', () => {
    const noPasswordChange = organizationWith('2026-09-10', '2026-09-02').replace('      passwordChangedAt: 2026-09-10\n', '');
    expect(findingsOf(validateFiles({ 'org.yml': noPasswordChange }), 'token-invalidated-by-password-change')).toEqual([]);
    const noDownloadDate = organizationWith('2026-09-10', '2026-09-02').replaceAll(/ *downloadedAt: 2026-09-02\n/g, '');
    expect(findingsOf(validateFiles({ 'org.yml': noDownloadDate }), 'token-invalidated-by-password-change')).toEqual([]);
  });
});
