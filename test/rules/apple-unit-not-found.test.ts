import { describe, expect, it } from 'vitest';
import { agreeingLiveState, onlineFindings } from '../support/live.js';

const RULE = 'apple-unit-not-found';

describe(RULE, () => {
  it("fires at the unit's `name` when Apple has no unit of that name", async () => {
    const live = agreeingLiveState();
    live.business!.units = [{ name: 'Acme Corp' }, { name: 'Acme NYC' }];
    expect(await onlineFindings(RULE, live)).toEqual([
      {
        file: 'org.yml',
        line: 12,
        column: 7,
        severity: 'warning',
        message:
          "Apple has no organizational unit named `Acme New York` in organization `acme` (unit `nyc`): it was renamed or removed in Apple, so content tokens and services declared for it describe a unit that is not there. Set `name` to the unit's name in Apple's portal, or remove the unit and what refers to it.",
      },
    ]);
  });

  it('matches without regard to case and spacing', async () => {
    const live = agreeingLiveState();
    live.business!.units = [{ name: 'ACME corp' }, { name: 'Acme  New York ' }];
    expect(await onlineFindings(RULE, live)).toEqual([]);
  });
});
