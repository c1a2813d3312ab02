import { organization } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

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

const EXPIRES = 'spec.contentTokens[0].expiresAt';

ruleTable('token-lifetime', {
  valid: [
    {
      name: 'exactly 366 days (a year with a leap day), and the organization is clean',
      files: contentToken('      downloadedAt: 2027-02-28\n      expiresAt: 2028-02-29\n'),
      now: AFTER_DOWNLOADS,
      noOtherFindings: true,
    },
    { name: 'without `downloadedAt`, up to 366 days from today', files: contentToken('      expiresAt: 2027-11-24\n'), now: TODAY },
    { name: 'a download earlier today', files: contentToken('      downloadedAt: 2026-11-23\n      expiresAt: 2027-11-23\n'), now: TODAY },
  ],
  invalid: [
    {
      name: 'at `expiresAt` when a token is declared to last 367 days',
      files: contentToken('      downloadedAt: 2027-01-01\n      expiresAt: 2028-01-03\n'),
      now: AFTER_DOWNLOADS,
      findings: [
        {
          path: EXPIRES,
          file: 'org.yml',
          line: 15,
          column: 7,
          severity: 'error',
          message:
            "The content token `hq-apps` in organization `acme` is declared to last 367 days (`expiresAt` 2028-01-03, `downloadedAt` 2027-01-01), but Apple's tokens and certificates last one year from download: one of the dates is a typo. Copy both dates from Apple's portal.",
        },
      ],
    },
    {
      name: 'one second past 366 days with date-times',
      files: contentToken('      downloadedAt: 2027-01-01T00:00:00Z\n      expiresAt: 2028-01-02T00:00:01Z\n'),
      now: AFTER_DOWNLOADS,
      findings: [{ path: EXPIRES, line: 15, severity: 'error' }],
    },
    {
      name: 'the token expires before it was downloaded',
      files: contentToken('      downloadedAt: 2027-06-01\n      expiresAt: 2027-05-31\n'),
      now: AFTER_DOWNLOADS,
      findings: [
        { path: EXPIRES, line: 15, column: 7, severity: 'error', messageContains: ['expires before it was downloaded (`expiresAt` 2027-05-31, `downloadedAt` 2027-06-01)'] },
      ],
    },
    {
      name: 'without `downloadedAt`, at `expiresAt` more than 366 days from today (no token lasts that long)',
      files: contentToken('      expiresAt: 2027-11-25\n'),
      now: TODAY,
      findings: [
        {
          path: EXPIRES,
          file: 'org.yml',
          line: 14,
          column: 7,
          severity: 'error',
          message:
            "The content token `hq-apps` in organization `acme` expires on 2027-11-25, 367 days from today, but Apple's tokens and certificates last one year from download, so no token downloaded by today can last that long: `expiresAt` has a typo (often the year). Copy the expiry from Apple's portal or read it with `abm-gitops inspect`, and add `downloadedAt`.",
        },
      ],
    },
    {
      name: 'at `downloadedAt` when it is after today',
      files: contentToken('      downloadedAt: 2026-11-24\n      expiresAt: 2027-11-24\n'),
      now: TODAY,
      findings: [
        {
          path: 'spec.contentTokens[0].downloadedAt',
          file: 'org.yml',
          line: 14,
          column: 7,
          severity: 'error',
          messageContains: ['is declared as downloaded on 2026-11-24, which is after today (2026-11-23): no token is downloaded in the future'],
        },
      ],
    },
    {
      name: 'service tokens and APNs certificates too',
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
        downloadedAt: 2026-09-02
        expiresAt: 2028-09-02
      apnsCertificate:
        downloadedAt: 2026-10-14
        expiresAt: 2026-10-13
`,
      ),
      findings: [
        {
          path: 'spec.deviceManagementServices[0].serviceToken.expiresAt',
          line: 18,
          column: 9,
          messageContains: ['The service token of service `jamf-prod` in organization `acme` is declared to last 731 days'],
        },
        {
          path: 'spec.deviceManagementServices[0].apnsCertificate.expiresAt',
          line: 21,
          column: 9,
          messageContains: ['The APNs certificate of service `jamf-prod` in organization `acme` expires before it was downloaded'],
        },
      ],
    },
  ],
});
