import { describe, expect, it } from 'vitest';
import { agreeingLiveState, ONLINE_ORGANIZATION, onlineFindings, validateFilesOnline } from '../support/live.js';
import { findingsOf } from '../support/repo.js';

const RULE = 'apple-service-silent';

function lastSeen(lastConnectedAt: string | null, deviceCount: number | 'unknown' = 120) {
  const live = agreeingLiveState();
  live.business!.mdmServers = [{ serverName: 'Jamf Pro', ...(deviceCount !== 'unknown' ? { deviceCount } : {}), lastConnectedAt }];
  return live;
}

describe(RULE, () => {
  it("fires at the service's `name` when a service with devices has been silent longer than 7 days", async () => {
    expect(await onlineFindings(RULE, lastSeen('2026-11-10T08:00:00Z'))).toEqual([
      {
        file: 'org.yml',
        line: 23,
        column: 7,
        severity: 'warning',
        message:
          "Device management service `Jamf Pro` of organization `acme` has 120 devices but has not connected to Apple since 2026-11-10 (longer than 7 days): its server token has probably stopped working (expired, the downloader's password changed, or the downloader left), so new devices do not enroll. Check the token in the MDM behind service `jamf`; download and install a new one if Apple refuses it.",
      },
    ]);
  });

  it('counts a service that never connected as silent', async () => {
    const [finding] = await onlineFindings(RULE, lastSeen(null, 1));
    expect(finding?.message).toContain('has 1 device but has never connected to Apple');
  });

  it('is silent inside the window (exactly 7 days is inside), without devices, or with an unknown device count', async () => {
    expect(await onlineFindings(RULE, lastSeen('2026-11-16T00:00:00Z'))).toEqual([]);
    expect(await onlineFindings(RULE, lastSeen('2026-11-01', 0))).toEqual([]);
    expect(await onlineFindings(RULE, lastSeen('2026-11-01', 'unknown'))).toEqual([]);
  });

  it('follows online.silentAfter from abm-gitops.yml', async () => {
    const config = 'apiVersion: abm-gitops/v1\nkind: Config\nonline:\n  silentAfter: 12h\n';
    const report = await validateFilesOnline({ 'abm-gitops.yml': config, 'org.yml': ONLINE_ORGANIZATION }, { acme: lastSeen('2026-11-22T06:00:00Z') }, '2026-11-23');
    const findings = findingsOf(report, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('(longer than 12 hours)');
  });
});
