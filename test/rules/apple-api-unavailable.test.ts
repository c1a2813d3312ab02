import { describe, expect, it } from 'vitest';
import { validateRepository } from '../../src/validate.js';
import { agreeingLiveState, ONLINE_ORGANIZATION, onlineFindings, validateAcmeOnline } from '../support/live.js';
import { findingsOf, writeRepo } from '../support/repo.js';
import { parseInstant } from '../../src/base/dates.js';
import { describeFailure } from '../../src/apple/failure.js';

const RULE = 'apple-api-unavailable';
const WITH_API = ONLINE_ORGANIZATION.replace(
  '  units:\n',
  '  appleApi:\n    clientId: BUSINESSAPI.3bb3a62b-6ba9-4cbb-8a7d-7b9c7a6e3e11\n    keyId: d136aa66-0c3b-4bd4-9892-c20e8db024ab\n    privateKey: env:ACME_API_KEY\n  units:\n',
);

describe(RULE, () => {
  it('reports one finding per API that failed, at the credential it was asked with, and the other checks go on', async () => {
    const { business: _business, ...rest } = agreeingLiveState();
    const report = await validateAcmeOnline(
      {
        ...rest,
        serverTokens: [
          {
            serviceId: 'jamf',
            outcome: 'unavailable',
            failure: { api: 'device-enrollment-api', code: 'timeout', message: describeFailure('device-enrollment-api', 'unreachable', 'timeout') },
          },
        ],
        failures: [
          { api: 'apple-business-api', status: 401, code: 'invalid_client', message: describeFailure('apple-business-api', 'refused', 'invalid_client', 401) },
          { api: 'device-enrollment-api', code: 'timeout', message: describeFailure('device-enrollment-api', 'unreachable', 'timeout') },
        ],
      },
      WITH_API,
    );
    expect(findingsOf(report, RULE)).toEqual([
      {
        file: 'org.yml',
        line: 7,
        column: 3,
        severity: 'warning',
        message:
          "The Apple Business API could not be used for organization `acme`: it refused the credentials: HTTP 401 (invalid_client). What only it can tell was not checked; the other checks went on. Check `spec.appleApi`: the client ID and key ID must be the API account's, the key must be the one uploaded for it, and the account must still exist in Apple's portal.",
      },
      {
        file: 'org.yml',
        line: 31,
        column: 9,
        severity: 'warning',
        message:
          "The device enrollment (ADE) API could not be used for organization `acme`: it did not answer in time (timeout). What only it can tell was not checked; the other checks went on. Run again later; if it persists, check Apple's system status and that this machine can reach Apple.",
      },
    ]);
    const flagged = report.findings.find((finding) => finding.ruleId === RULE && finding.line === 31);
    expect(flagged?.path).toBe('spec.deviceManagementServices[0].serviceToken.ref');
    // The content token answer still counts.
    expect(report.online?.checked).toEqual({ 'apple-business-api': 0, 'device-enrollment-api': 0, 'apps-and-books-api': 1 });
  });

  it('points at the list when no token names the failure, and at `spec` when the list is not written', async () => {
    const findings = await onlineFindings(RULE, {
      failures: [{ api: 'apps-and-books-api', status: 503, code: '9729', message: describeFailure('apps-and-books-api', 'unexpected', '9729', 503) }],
    });
    expect(findings).toEqual([expect.objectContaining({ line: 34, column: 3 })]);
    expect(findings[0]!.message).toContain('Run again later');
    expect(findings[0]!.message).toMatch(/^The Apps and Books API could not be used for organization `acme`: it answered: HTTP 503 \(9729\)\. /);
    const bare = await onlineFindings(RULE, { failures: [{ api: 'apple-business-api', code: 'ECONNRESET', message: '' }] });
    expect(bare).toEqual([expect.objectContaining({ line: 5, column: 1 })]);
    expect(bare[0]!.message).toContain('could not be used for organization `acme`: no answer (ECONNRESET).');
  });

  it('is silent when Apple answered, and offline', async () => {
    expect(await onlineFindings(RULE, agreeingLiveState())).toEqual([]);
    const offline = validateRepository({ root: writeRepo({ 'org.yml': WITH_API }), now: parseInstant('2026-11-23')! });
    expect(offline.report.findings).toEqual([]);
    expect(offline.report.online).toBeUndefined();
  });
});
