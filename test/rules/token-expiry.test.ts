import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/base/dates.js';
import { runRules } from '../../src/rules/engine.js';
import { tokenExpiry } from '../../src/rules/catalog/token-expiry.js';
import { buildModel } from '../../src/validate.js';
import { findingsOf, organization, validateFiles, writeRepo } from '../support/repo.js';

/** One content token; its `expiresAt` is line 14, column 7. */
function contentTokenExpiring(expiresAt: string): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
  contentTokens:
    - id: hq-apps
      unit: hq
      expiresAt: ${expiresAt}
`,
  );
}

const CUSTOM_WINDOWS = `apiVersion: abm-gitops/v1
kind: Config
expiry:
  warnBefore: 60d
  errorBefore: 14d
`;

function expiryFindings(expiresAt: string, now = '2026-11-23', config?: string) {
  const files: Record<string, string> = { 'org.yml': contentTokenExpiring(expiresAt) };
  if (config) files['abm-gitops.yml'] = config;
  return findingsOf(validateFiles(files, now), 'token-expiry');
}

describe('token-expiry', () => {
  it('warns at `expiresAt` with exactly 30 days left, naming the token, the date and what breaks', () => {
    const [finding, ...rest] = expiryFindings('2026-12-23');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'org.yml', line: 14, column: 7, severity: 'warning' });
    expect(finding!.message).toBe(
      'The content token `hq-apps` in organization `acme` expires on 2026-12-23 (30 days left). Once it expires, app and book license communication between Apple and the device management service stops: download a new content token (Payments & Billing > Apps & Books), upload it to the service and update `expiresAt`.',
    );
  });

  it('is an error with exactly 7 days left', () => {
    expect(expiryFindings('2026-11-30')).toEqual([expect.objectContaining({ line: 14, column: 7, severity: 'error' })]);
    expect(expiryFindings('2026-11-30')[0]!.message).toContain('expires on 2026-11-30 (7 days left)');
  });

  it('is quiet with 31 days left, and the whole organization is clean', () => {
    const report = validateFiles({ 'org.yml': contentTokenExpiring('2026-12-24') });
    expect(report.findings).toEqual([]);
  });

  it('is an error, saying "expired", once the date has passed', () => {
    const [finding] = expiryFindings('2026-11-22');
    expect(finding).toMatchObject({ severity: 'error', line: 14 });
    expect(finding!.message).toContain('expired on 2026-11-22 (1 day ago). App and book license communication');
  });

  it('counts `expiresAt` equal to now as expired', () => {
    const [finding] = expiryFindings('2026-11-23T00:00:00Z', '2026-11-23T00:00:00Z');
    expect(finding).toMatchObject({ severity: 'error' });
    expect(finding!.message).toContain('expired on 2026-11-23 (today)');
  });

  it('compares instants, whatever the offset', () => {
    // 2026-12-22T23:00Z: 29 days 23 hours after now.
    const [inside] = expiryFindings('2026-12-23T01:00:00+02:00', '2026-11-23T00:00:00Z');
    expect(inside).toMatchObject({ severity: 'warning' });
    expect(inside!.message).toContain('expires on 2026-12-22 (29 days left)');
    // 2026-12-23T23:00Z: 30 days 23 hours, outside the 30-day window.
    expect(expiryFindings('2026-12-24T01:00:00+02:00', '2026-11-23T00:00:00Z')).toEqual([]);
    // 2026-11-29T23:00Z: 6 days 23 hours, inside the 7-day error window.
    expect(expiryFindings('2026-11-30T01:00:00+02:00', '2026-11-23T00:00:00Z')).toEqual([expect.objectContaining({ severity: 'error' })]);
  });

  it('says "less than a day left" in the last hours', () => {
    expect(expiryFindings('2026-11-23T05:00:00Z', '2026-11-23T00:00:00Z')[0]!.message).toContain('(less than a day left)');
  });

  it('uses the windows of abm-gitops.yml', () => {
    expect(expiryFindings('2027-01-22', '2026-11-23', CUSTOM_WINDOWS)).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(expiryFindings('2027-01-23', '2026-11-23', CUSTOM_WINDOWS)).toEqual([]);
    expect(expiryFindings('2026-12-07', '2026-11-23', CUSTOM_WINDOWS)).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(expiryFindings('2026-12-08', '2026-11-23', CUSTOM_WINDOWS)).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  it('takes a severity set in abm-gitops.yml over both levels', () => {
    const config = 'apiVersion: abm-gitops/v1\nkind: Config\nrules:\n  token-expiry: info\n';
    expect(expiryFindings('2026-11-01', '2026-11-23', config)).toEqual([expect.objectContaining({ severity: 'info' })]);
  });

  it('covers service tokens and APNs certificates, each with its own consequence', () => {
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
        expiresAt: 2026-11-25
      apnsCertificate:
        expiresAt: 2026-12-10
`,
      ),
    });
    const [serviceToken, apns, ...rest] = findingsOf(report, 'token-expiry');
    expect(rest).toEqual([]);
    expect(serviceToken).toMatchObject({ line: 17, column: 9, severity: 'error' });
    expect(serviceToken!.message).toBe(
      "The service token of service `jamf-prod` in organization `acme` expires on 2026-11-25 (2 days left). Once it expires, Apple stops talking to the device management service, so devices assigned to it no longer reach it: download a new service token for the service in Apple's portal, install it in the MDM and update `expiresAt` (`abm-gitops renew` opens the pull request).",
    );
    expect(apns).toMatchObject({ line: 19, column: 9, severity: 'warning' });
    expect(apns!.message).toContain('APNs certificate of service `jamf-prod` in organization `acme` expires on 2026-12-10 (17 days left)');
    expect(apns!.message).toContain("devices stop receiving the service's MDM commands");
    expect(apns!.message).toContain('Apple Push Certificates Portal with the same Apple Account');
  });

  describe('with the real expiry read from the token', () => {
    function runWithReading(declared: string, real: string) {
      const now = parseInstant('2026-11-23')!;
      const model = buildModel(writeRepo({ 'org.yml': contentTokenExpiring(declared) }), now);
      model.organizations[0]!.artifacts[0]!.reading = { source: 'file', expiresAt: parseInstant(real)! };
      return runRules(model, [tokenExpiry]);
    }

    it('judges the real date and says where it comes from', () => {
      const [finding, ...rest] = runWithReading('2027-06-01', '2026-12-01');
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ line: 14, column: 7, severity: 'warning' });
      expect(finding!.message).toContain('expires on 2026-12-01 (8 days left), as read from the referenced file (the declared `expiresAt` says 2027-06-01).');
    });

    it('is quiet when the real token lasts longer than declared', () => {
      expect(runWithReading('2026-11-20', '2027-11-20')).toEqual([]);
    });

    it('only says where the date comes from when both agree', () => {
      const [finding] = runWithReading('2026-11-20', '2026-11-20');
      expect(finding!.message).toContain('expired on 2026-11-20 (3 days ago), as read from the referenced file. App');
    });
  });
});
