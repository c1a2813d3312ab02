import { describe, expect, it } from 'vitest';
import { agreeingLiveState, onlineFindings } from '../support/live.js';

const RULE = 'apple-server-token-rejected';

describe(RULE, () => {
  it("fires at the server token's `ref` when Apple refuses the token", async () => {
    const live = agreeingLiveState();
    live.serverTokens = [
      {
        serviceId: 'jamf',
        outcome: 'rejected',
        failure: { api: 'device-enrollment-api', status: 401, code: 'token_rejected', message: 'device enrollment (ADE) API refused the credentials: HTTP 401 (token_rejected)' },
      },
    ];
    expect(await onlineFindings(RULE, live)).toEqual([
      {
        file: 'org.yml',
        line: 27,
        column: 9,
        severity: 'error',
        message:
          "Apple refuses the server token of service `jamf` in organization `acme` (token_rejected): it expired, was replaced by a newer download, or was invalidated by its downloader's password change, so the MDM no longer receives devices. Download a new token for the service in Apple's portal, install it in the MDM, and update `ref`, `downloadedAt` and `expiresAt`.",
      },
    ]);
  });

  it('is silent when Apple accepts the token, could not be asked, or wants its terms accepted', async () => {
    const live = agreeingLiveState();
    expect(await onlineFindings(RULE, live)).toEqual([]);
    live.serverTokens = [{ serviceId: 'jamf', outcome: 'unavailable' }];
    expect(await onlineFindings(RULE, live)).toEqual([]);
    live.serverTokens = [{ serviceId: 'jamf', outcome: 'terms-not-accepted' }];
    expect(await onlineFindings(RULE, live)).toEqual([]);
  });
});
