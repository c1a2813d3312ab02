import { describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/validate.js';
import { agreeingLiveState, ONLINE_ORGANIZATION, validateAcmeOnline } from '../support/live.js';
import { writeRepo } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';
import { parseInstant } from '../../src/base/dates.js';
import { describeFailure } from '../../src/apple/failure.js';

const RULE = 'apple-api-unavailable';
const WITH_API = ONLINE_ORGANIZATION.replace(
  '  units:\n',
  '  appleApi:\n    clientId: BUSINESSAPI.3bb3a62b-6ba9-4cbb-8a7d-7b9c7a6e3e11\n    keyId: d136aa66-0c3b-4bd4-9892-c20e8db024ab\n    privateKey: env:ACME_API_KEY\n  units:\n',
);

/** Apple Business API refused the credentials, the ADE API timed out (also for the service token); the content token answer still counts. */
const refusedAndTimedOut = () => {
  const { business: _business, ...rest } = agreeingLiveState();
  const timeout = { api: 'device-enrollment-api' as const, code: 'timeout', message: describeFailure('device-enrollment-api', 'unreachable', 'timeout') };
  return {
    ...rest,
    serverTokens: [{ serviceId: 'jamf', outcome: 'unavailable' as const, failure: timeout }],
    failures: [
      { api: 'apple-business-api' as const, status: 401, code: 'invalid_client', message: describeFailure('apple-business-api', 'refused', 'invalid_client', 401) },
      timeout,
    ],
  };
};

ruleTable(RULE, {
  valid: [
    { name: 'Apple answered', files: ONLINE_ORGANIZATION, live: { acme: agreeingLiveState() } },
    { name: 'offline, and the organization is clean', files: WITH_API, noOtherFindings: true },
  ],
  invalid: [
    {
      name: 'one finding per API that failed, at the credential it was asked with',
      files: WITH_API,
      live: { acme: refusedAndTimedOut() },
      findings: [
        {
          path: 'spec.appleApi',
          file: 'org.yml',
          line: 7,
          column: 3,
          severity: 'warning',
          message:
            "The Apple Business API could not be used for organization `acme`: it refused the credentials: HTTP 401 (invalid_client). What only it can tell was not checked; the other checks went on. Check `spec.appleApi`: the client ID and key ID must be the API account's, the key must be the one uploaded for it, and the account must still exist in Apple's portal.",
        },
        {
          path: 'spec.deviceManagementServices[0].serviceToken.ref',
          file: 'org.yml',
          line: 31,
          column: 9,
          severity: 'warning',
          message:
            "The device enrollment (ADE) API could not be used for organization `acme`: it did not answer in time (timeout). What only it can tell was not checked; the other checks went on. Run again later; if it persists, check Apple's system status and that this machine can reach Apple.",
        },
      ],
    },
    {
      name: 'at the list when no token names the failure',
      files: ONLINE_ORGANIZATION,
      live: { acme: { failures: [{ api: 'apps-and-books-api', status: 503, code: '9729', message: describeFailure('apps-and-books-api', 'unexpected', '9729', 503) }] } },
      findings: [
        {
          path: 'spec.contentTokens',
          line: 34,
          column: 3,
          messageContains: ['Run again later'],
          messageMatches: /^The Apps and Books API could not be used for organization `acme`: it answered: HTTP 503 \(9729\)\. /,
        },
      ],
    },
    {
      name: 'at `spec` when the list is not written',
      files: ONLINE_ORGANIZATION,
      live: { acme: { failures: [{ api: 'apple-business-api', code: 'ECONNRESET', message: '' }] } },
      findings: [{ path: 'spec', line: 5, column: 1, messageContains: ['could not be used for organization `acme`: no answer (ECONNRESET).'] }],
    },
  ],
});

// What the report says besides the findings.
describe(RULE, () => {
  it('the other checks go on: the content token answer still counts', async () => {
    const report = await validateAcmeOnline(refusedAndTimedOut(), WITH_API);
    expect(report.online?.checked).toEqual({ 'apple-business-api': 0, 'device-enrollment-api': 0, 'apps-and-books-api': 1 });
  });

  it('offline, the report has no online part', () => {
    const offline = validateRepository({ root: writeRepo({ 'org.yml': WITH_API }), now: parseInstant('2026-11-23')! });
    expect(offline.report.online).toBeUndefined();
  });
});
