import { describe, expect, it } from 'vitest';
import { agreeingLiveState, onlineFindings } from '../support/live.js';

const RULE = 'apple-unit-undeclared';

describe(RULE, () => {
  it('fires at `units` for each unit Apple has that the file does not declare', async () => {
    const live = agreeingLiveState();
    live.business!.units!.push({ name: 'Acme London' });
    expect(await onlineFindings(RULE, live)).toEqual([
      {
        file: 'org.yml',
        line: 7,
        column: 3,
        severity: 'info',
        message:
          'Apple has the organizational unit `Acme London` in organization `acme`, which the file does not declare: its content token and services are not checked. Declare it under `units` with that `name`.',
      },
    ]);
  });

  it('is silent when every Apple unit is declared', async () => {
    expect(await onlineFindings(RULE, agreeingLiveState())).toEqual([]);
  });
});
