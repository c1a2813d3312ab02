import { describe, expect, it } from 'vitest';
import { agreeingLiveState, ONLINE_ORGANIZATION, onlineFindings } from '../support/live.js';

const RULE = 'apple-terms-not-accepted';
const TWO_SERVICES = ONLINE_ORGANIZATION.replace(
  '  contentTokens:\n',
  '    - id: kandji\n      type: external\n      name: Kandji\n      vendor: kandji\n      serviceToken:\n        ref: env:KANDJI_TOKEN\n        expiresAt: 2027-03-01\n  contentTokens:\n',
);

describe(RULE, () => {
  it('fires once per organization, at the first service whose token got T_C_NOT_SIGNED, naming every one', async () => {
    const live = agreeingLiveState();
    live.serverTokens = [
      { serviceId: 'jamf', outcome: 'terms-not-accepted' },
      { serviceId: 'kandji', outcome: 'terms-not-accepted' },
    ];
    expect(await onlineFindings(RULE, live, TWO_SERVICES)).toEqual([
      {
        file: 'org.yml',
        line: 27,
        column: 9,
        severity: 'error',
        message:
          "Apple has new terms and conditions that organization `acme` has not accepted (T_C_NOT_SIGNED for services `jamf`, `kandji`): until they are accepted, no device management service of the organization syncs devices. An administrator must sign in to Apple's portal and accept the terms.",
      },
    ]);
  });

  it('is silent when the token is accepted or refused for another reason', async () => {
    const live = agreeingLiveState();
    expect(await onlineFindings(RULE, live)).toEqual([]);
    live.serverTokens = [{ serviceId: 'jamf', outcome: 'rejected' }];
    expect(await onlineFindings(RULE, live)).toEqual([]);
  });
});
