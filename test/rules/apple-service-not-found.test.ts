import { describe, expect, it } from 'vitest';
import { agreeingLiveState, onlineFindings } from '../support/live.js';

const RULE = 'apple-service-not-found';

describe(RULE, () => {
  it("fires at the service's `name` when Apple has no service of that name", async () => {
    const live = agreeingLiveState();
    live.business!.mdmServers = [{ serverName: 'Jamf Pro (old)', deviceCount: 3, lastConnectedAt: '2026-11-22' }];
    expect(await onlineFindings(RULE, live)).toEqual([
      {
        file: 'org.yml',
        line: 23,
        column: 7,
        severity: 'error',
        message:
          "Apple has no device management service named `Jamf Pro` in organization `acme` (service `jamf`): devices cannot be assigned to a service Apple does not know, and its server token belongs to nothing. Set `name` to the service's name as Settings > Device Management Services shows it, or add the service there.",
      },
    ]);
  });

  it('fires when Apple lists the service as not active', async () => {
    const live = agreeingLiveState();
    live.business!.mdmServers![0]!.status = 'DELETED';
    const findings = await onlineFindings(RULE, live);
    expect(findings).toEqual([expect.objectContaining({ line: 23, column: 7, severity: 'error' })]);
    expect(findings[0]!.message).toContain('Apple lists the device management service `Jamf Pro` of organization `acme` as `DELETED`, not active');
  });

  it('matches names without regard to case or spacing, and prefers the active one of two namesakes', async () => {
    const live = agreeingLiveState();
    live.business!.mdmServers = [
      { serverName: 'JAMF  pro', status: 'DELETED' },
      { serverName: ' jamf pro ', deviceCount: 1, lastConnectedAt: '2026-11-22' },
    ];
    expect(await onlineFindings(RULE, live)).toEqual([]);
  });

  it('is silent when the Apple Business API gave no answer', async () => {
    const { business: _skipped, ...live } = agreeingLiveState();
    expect(await onlineFindings(RULE, live)).toEqual([]);
  });
});
