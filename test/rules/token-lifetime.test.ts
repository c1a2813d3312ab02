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

const TODAY = '2026-11-23';
/** Late enough that every download date in the lifetime tests lies in the past. */
const AFTER_DOWNLOADS = '2027-07-01';

const lifetimeFindings = (dates: string, now = AFTER_DOWNLOADS) => findingsOf(validateFiles({ 'org.yml': contentToken(dates) }, now), 'token-lifetime');

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
    const report = validateFiles({ 'org.yml': contentToken('      downloadedAt: 2027-02-28\n      expiresAt: 2028-02-29\n') }, AFTER_DOWNLOADS);
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

  it('without `downloadedAt`, is quiet up to 366 days from today', () => {
    expect(lifetimeFindings('      expiresAt: 2027-11-24\n', TODAY)).toEqual([]);
  });

  it('without `downloadedAt`, fires at `expiresAt` more than 366 days from today (no token lasts that long)', () => {
    const [finding, ...rest] = lifetimeFindings('      expiresAt: 2027-11-25\n', TODAY);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'org.yml', line: 14, column: 7, severity: 'error' });
    expect(finding!.message).toBe(
      "The content token `hq-apps` in organization `acme` expires on 2027-11-25, 367 days from today, but Apple's tokens and certificates last one year from download, so no token downloaded by today can last that long: `expiresAt` has a typo (often the year). Copy the expiry from Apple's portal or read it with `abm-gitops inspect`, and add `downloadedAt`.",
    );
  });

  it('fires at `downloadedAt` when it is after today', () => {
    const [finding, ...rest] = lifetimeFindings('      downloadedAt: 2026-11-24\n      expiresAt: 2027-11-24\n', TODAY);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'org.yml', line: 14, column: 7, severity: 'error' });
    expect(finding!.message).toContain('is declared as downloaded on 2026-11-24, which is after today (2026-11-23): no token is downloaded in the future');
  });

  it('accepts a download earlier today', () => {
    expect(lifetimeFindings('      downloadedAt: 2026-11-23\n      expiresAt: 2027-11-23\n', TODAY)).toEqual([]);
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
