import { describe, expect, it } from 'vitest';
import { agreeingLiveState, onlineFindings } from '../support/live.js';

const RULE = 'apple-content-token-mismatch';

describe(RULE, () => {
  it("fires at `unit` when Apple's client config names another location", async () => {
    const live = agreeingLiveState();
    live.contentTokens![0]!.locationName = 'Acme Corp';
    expect(await onlineFindings(RULE, live)).toEqual([
      {
        file: 'org.yml',
        line: 36,
        column: 7,
        severity: 'warning',
        message:
          "Content token `nyc-apps` of organization `acme` is, says Apple, the token of location `Acme Corp`, not of unit `nyc` (`Acme New York`): the licenses it assigns are another unit's. Set `unit` to the unit of that name, or point `ref` at this unit's token.",
      },
    ]);
  });

  it('fires at `expiresAt` when Apple gives an expiry more than a day from the declared one', async () => {
    const live = agreeingLiveState();
    live.contentTokens![0]!.expiresAt = '2027-03-15T10:00:00Z';
    expect(await onlineFindings(RULE, live)).toEqual([
      {
        file: 'org.yml',
        line: 41,
        column: 7,
        severity: 'warning',
        message:
          'Content token `nyc-apps` of organization `acme` expires on 2027-03-15, says Apple, but `expiresAt` says 2027-02-01: reminders and renewal pull requests go by the declared date. Set `expiresAt: 2027-03-15`, or check that the secret holds the current token.',
      },
    ]);
  });

  it('tolerates a day, and case and spacing in the location name', async () => {
    const live = agreeingLiveState();
    live.contentTokens![0]!.expiresAt = '2027-02-02T00:00:00Z';
    live.contentTokens![0]!.locationName = 'ACME new  york';
    expect(await onlineFindings(RULE, live)).toEqual([]);
  });
});
