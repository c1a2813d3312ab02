import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

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

const departedFindings = (enrollmentStatus: string, appsStatus: string) =>
  findingsOf(validateFiles({ 'org.yml': organizationWith(enrollmentStatus, appsStatus) }), 'downloader-departed');

describe('downloader-departed', () => {
  it('fires at `downloadedBy` when the downloader has left the organization', () => {
    const [finding, ...rest] = departedFindings('departed', 'active');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'org.yml', line: 26, column: 9, severity: 'error' });
    expect(finding!.message).toBe(
      'The service token of service `intune` in organization `acme` was downloaded by `enrollment@acme.example`, who has left the organization (`status: departed`): Apple asks for the token to be replaced when the user who downloaded it leaves. Download a new token with an active account and update `downloadedBy`.',
    );
  });

  it('fires for a disabled account, and for content tokens', () => {
    const [finding, ...rest] = departedFindings('active', 'disabled');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ line: 34, column: 7, severity: 'error' });
    expect(finding!.message).toContain('The content token `nyc-apps` in organization `acme` was downloaded by `apps@acme.example`, who is disabled (`status: disabled`)');
  });

  it('is quiet when both downloaders are active, and the organization is clean', () => {
    expect(validateFiles({ 'org.yml': organizationWith('active', 'active') }).findings).toEqual([]);
  });

  it('leaves a downloader that names no account to unresolved-reference', () => {
    const text = organizationWith('departed', 'active').replace('downloadedBy: enrollment@acme.example', 'downloadedBy: enrolment@acme.example');
    const report = validateFiles({ 'org.yml': text });
    expect(findingsOf(report, 'downloader-departed')).toEqual([]);
    expect(findingsOf(report, 'unresolved-reference')).toEqual([expect.objectContaining({ line: 26, column: 9 })]);
  });
});
