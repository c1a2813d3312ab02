import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

/** One content token; `expiresAt` is line 15, column 7 (line 14 without `downloadedAt`). */
function contentToken(dates: string): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
  contentTokens:
    - id: hq-apps
      unit: hq
${dates}`,
  );
}

const lifetimeFindings = (dates: string) => findingsOf(validateFiles({ 'org.yml': contentToken(dates) }), 'token-lifetime');

describe('token-lifetime', () => {
  it('fires at `expiresAt` when a token is declared to last 367 days', () => {
    const [finding, ...rest] = lifetimeFindings('      downloadedAt: 2027-01-01\n      expiresAt: 2028-01-03\n');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'org.yml', line: 15, column: 7, severity: 'error' });
    expect(finding!.message).toBe(
      "The content token `hq-apps` in organization `acme` is declared to last 367 days (`expiresAt` 2028-01-03, `downloadedAt` 2027-01-01), but Apple's tokens and certificates last one year from download: one of the dates is a typo. Copy both dates from Apple's portal.",
    );
  });

  it('accepts exactly 366 days (a year with a leap day), and the organization is clean', () => {
    const report = validateFiles({ 'org.yml': contentToken('      downloadedAt: 2027-02-28\n      expiresAt: 2028-02-29\n') });
    expect(report.findings).toEqual([]);
  });

  it('fires one second past 366 days with date-times', () => {
    expect(lifetimeFindings('      downloadedAt: 2027-01-01T00:00:00Z\n      expiresAt: 2028-01-02T00:00:01Z\n')).toEqual([
      expect.objectContaining({ line: 15, severity: 'error' }),
    ]);
  });

  it('fires when the token expires before it was downloaded', () => {
    const [finding] = lifetimeFindings('      downloadedAt: 2027-06-01\n      expiresAt: 2027-05-31\n');
    expect(finding).toMatchObject({ line: 15, column: 7, severity: 'error' });
    expect(finding!.message).toContain('expires before it was downloaded (`expiresAt` 2027-05-31, `downloadedAt` 2027-06-01)');
  });

  it('is quiet without `downloadedAt`', () => {
    expect(lifetimeFindings('      expiresAt: 2029-01-01\n')).toEqual([]);
  });

  it('checks service tokens and APNs certificates too', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `  units:
    - id: hq
      name: HQ
      primary: true
  deviceManagementServices:
    - id: jamf-prod
      type: external
      name: Jamf Pro
      vendor: jamf
      serviceToken:
        downloadedAt: 2026-09-02
        expiresAt: 2028-09-02
      apnsCertificate:
        downloadedAt: 2026-10-14
        expiresAt: 2026-10-13
`,
      ),
    });
    const findings = findingsOf(report, 'token-lifetime');
    expect(findings.map(({ line, column }) => [line, column])).toEqual([
      [18, 9],
      [21, 9],
    ]);
    expect(findings[0]!.message).toContain('The service token of service `jamf-prod` in organization `acme` is declared to last 731 days');
    expect(findings[1]!.message).toContain('The APNs certificate of service `jamf-prod` in organization `acme` expires before it was downloaded');
  });
});
