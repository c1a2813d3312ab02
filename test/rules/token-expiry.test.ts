import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/base/dates.js';
import { runRules } from '../../src/rules/engine.js';
import { tokenExpiry } from '../../src/rules/catalog/token-expiry.js';
import { buildModel } from '../../src/validate.js';
import { organization, writeRepo } from '../support/repo.js';
import { ruleTable, type CaseFiles } from '../support/rule-tester.js';

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

const EXPIRES = 'spec.contentTokens[0].expiresAt';

/** The content token expiring at `expiresAt`, with `abm-gitops.yml` when `config` is given. */
function expiring(expiresAt: string, config?: string): CaseFiles {
  return { 'org.yml': contentTokenExpiring(expiresAt), ...(config ? { 'abm-gitops.yml': config } : {}) };
}

ruleTable('token-expiry', {
  valid: [
    { name: '31 days left, and the whole organization is clean', files: expiring('2026-12-24'), noOtherFindings: true },
    // 2026-12-23T23:00Z: 30 days 23 hours, outside the 30-day window.
    { name: 'instants compared whatever the offset: just outside the window', files: expiring('2026-12-24T01:00:00+02:00'), now: '2026-11-23T00:00:00Z' },
    { name: 'the warning window of abm-gitops.yml: one day outside', files: expiring('2027-01-23', CUSTOM_WINDOWS) },
  ],
  invalid: [
    {
      name: 'a warning at `expiresAt` with exactly 30 days left, naming the token, the date and what breaks',
      files: expiring('2026-12-23'),
      findings: [
        {
          path: EXPIRES,
          file: 'org.yml',
          line: 14,
          column: 7,
          severity: 'warning',
          message:
            'The content token `hq-apps` in organization `acme` expires on 2026-12-23 (30 days left). Once it expires, app and book license communication between Apple and the device management service stops: download a new content token (Payments & Billing > Apps & Books), upload it to the service and update `expiresAt`.',
        },
      ],
    },
    {
      name: 'an error with exactly 7 days left',
      files: expiring('2026-11-30'),
      findings: [{ path: EXPIRES, line: 14, column: 7, severity: 'error', messageContains: ['expires on 2026-11-30 (7 days left)'] }],
    },
    {
      name: 'an error, saying "expired", once the date has passed',
      files: expiring('2026-11-22'),
      findings: [{ path: EXPIRES, severity: 'error', line: 14, messageContains: ['expired on 2026-11-22 (1 day ago). App and book license communication'] }],
    },
    {
      name: '`expiresAt` equal to now counts as expired',
      files: expiring('2026-11-23T00:00:00Z'),
      now: '2026-11-23T00:00:00Z',
      findings: [{ path: EXPIRES, severity: 'error', messageContains: ['expired on 2026-11-23 (today)'] }],
    },
    {
      // 2026-12-22T23:00Z: 29 days 23 hours after now.
      name: 'instants compared whatever the offset: just inside the warning window',
      files: expiring('2026-12-23T01:00:00+02:00'),
      now: '2026-11-23T00:00:00Z',
      findings: [{ path: EXPIRES, severity: 'warning', messageContains: ['expires on 2026-12-22 (29 days left)'] }],
    },
    {
      // 2026-11-29T23:00Z: 6 days 23 hours, inside the 7-day error window.
      name: 'instants compared whatever the offset: just inside the error window',
      files: expiring('2026-11-30T01:00:00+02:00'),
      now: '2026-11-23T00:00:00Z',
      findings: [{ path: EXPIRES, severity: 'error' }],
    },
    {
      name: '"less than a day left" in the last hours',
      files: expiring('2026-11-23T05:00:00Z'),
      now: '2026-11-23T00:00:00Z',
      findings: [{ path: EXPIRES, messageContains: ['(less than a day left)'] }],
    },
    { name: 'the warning window of abm-gitops.yml: its last day', files: expiring('2027-01-22', CUSTOM_WINDOWS), findings: [{ path: EXPIRES, severity: 'warning' }] },
    { name: 'the error window of abm-gitops.yml: its last day', files: expiring('2026-12-07', CUSTOM_WINDOWS), findings: [{ path: EXPIRES, severity: 'error' }] },
    { name: 'the error window of abm-gitops.yml: one day outside', files: expiring('2026-12-08', CUSTOM_WINDOWS), findings: [{ path: EXPIRES, severity: 'warning' }] },
    {
      name: 'a severity set in abm-gitops.yml over both levels',
      files: expiring('2026-11-01', 'apiVersion: abm-gitops/v1\nkind: Config\nrules:\n  token-expiry: info\n'),
      findings: [{ path: EXPIRES, severity: 'info' }],
    },
    {
      name: 'service tokens and APNs certificates, each with its own consequence',
      files: organization(
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
      findings: [
        {
          path: 'spec.deviceManagementServices[0].serviceToken.expiresAt',
          line: 17,
          column: 9,
          severity: 'error',
          message:
            "The service token of service `jamf-prod` in organization `acme` expires on 2026-11-25 (2 days left). Once it expires, Apple stops talking to the device management service, so devices assigned to it no longer reach it: download a new service token for the service in Apple's portal, install it in the MDM and update `expiresAt` (`abm-gitops renew` opens the pull request).",
        },
        {
          path: 'spec.deviceManagementServices[0].apnsCertificate.expiresAt',
          line: 19,
          column: 9,
          severity: 'warning',
          messageContains: [
            'APNs certificate of service `jamf-prod` in organization `acme` expires on 2026-12-10 (17 days left)',
            "devices stop receiving the service's MDM commands",
            'Apple Push Certificates Portal with the same Apple Account',
          ],
        },
      ],
    },
  ],
});

describe('token-expiry', () => {
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
