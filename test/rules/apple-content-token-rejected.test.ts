import { describe, expect, it } from 'vitest';
import { agreeingLiveState, onlineFindings } from '../support/live.js';

const RULE = 'apple-content-token-rejected';

describe(RULE, () => {
  it("fires at the token's `ref` when Apple refuses it, also when Apple said so with HTTP 200", async () => {
    const live = agreeingLiveState();
    live.contentTokens = [
      {
        contentTokenId: 'nyc-apps',
        outcome: 'rejected',
        failure: { api: 'apps-and-books-api', status: 200, code: '9625', message: 'Apps and Books API refused the credentials: HTTP 200 (9625)' },
      },
    ];
    expect(await onlineFindings(RULE, live)).toEqual([
      {
        file: 'org.yml',
        line: 38,
        column: 7,
        severity: 'error',
        message:
          'Apple refuses content token `nyc-apps` of organization `acme` (error 9625): it expired, was revoked by a newer download, or is not a content token, so app and book licenses stop being assigned. Download a new content token (Payments and Billing > Apps and Books), upload it to the service, and update the secret and `expiresAt`.',
      },
    ]);
  });

  it('is silent for a valid token and one Apple could not be asked about', async () => {
    const live = agreeingLiveState();
    expect(await onlineFindings(RULE, live)).toEqual([]);
    live.contentTokens = [{ contentTokenId: 'nyc-apps', outcome: 'unavailable' }];
    expect(await onlineFindings(RULE, live)).toEqual([]);
  });
});
