// A real expiry from Apple feeds the offline expiry rules and the tokens list (source `apple`).
import { describe, expect, it } from 'vitest';
import { agreeingLiveState, findingsOfAcme } from '../support/live.js';

describe("Apple's content token expiry", () => {
  it('drives token-expiry and declared-expiry-mismatch, and the tokens list says source apple', async () => {
    const live = agreeingLiveState();
    live.contentTokens![0]!.expiresAt = '2026-11-28T10:00:00Z';
    const { report, of } = await findingsOfAcme(live);
    expect(of('token-expiry')).toEqual([
      {
        file: 'org.yml',
        line: 41,
        column: 7,
        severity: 'error',
        message:
          "The content token `nyc-apps` in organization `acme` expires on 2026-11-28 (5 days left), as Apple's Apps and Books API reports (the declared `expiresAt` says 2027-02-01). Once it expires, app and book license communication between Apple and the device management service stops: download a new content token (Payments & Billing > Apps & Books), upload it to the service and update `expiresAt`.",
      },
    ]);
    expect(of('declared-expiry-mismatch')).toEqual([
      expect.objectContaining({
        line: 41,
        message: expect.stringContaining(
          "The content token `nyc-apps` in organization `acme` really expires on 2026-11-28 (read from Apple's Apps and Books API, asked with the token), but `expiresAt` says 2027-02-01",
        ),
      }),
    ]);
    expect(report.tokens.find((token) => token.id === 'nyc-apps')).toMatchObject({ expiresAt: '2026-11-28T10:00:00.000Z', daysLeft: 5, source: 'apple' });
  });

  it('is not used when Apple refused the token', async () => {
    const live = agreeingLiveState();
    live.contentTokens = [{ contentTokenId: 'nyc-apps', outcome: 'rejected', expiresAt: '2026-11-28T10:00:00Z' }];
    const { report, of } = await findingsOfAcme(live);
    expect(of('token-expiry')).toEqual([]);
    expect(report.tokens.find((token) => token.id === 'nyc-apps')).toMatchObject({ source: 'declared' });
  });
});
