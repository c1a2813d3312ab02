import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const RULE = 'release-devices-enabled';

function orgWithRelease(jamf: string, kandji: string): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
  deviceManagementServices:
    - id: jamf
      type: external
      name: Jamf
      vendor: jamf
${jamf}    - id: kandji
      type: external
      name: Kandji
      vendor: kandji
${kandji}`,
  );
}

describe(RULE, () => {
  it('fires at `releaseDevices: true`', () => {
    const findings = findingsOf(validateFiles({ 'org.yml': orgWithRelease('      releaseDevices: false\n', '      releaseDevices: true\n') }), RULE);
    expect(findings).toEqual([expect.objectContaining({ file: 'org.yml', line: 21, column: 7, severity: 'warning' })]);
    expect(findings[0]!.message).toContain('Service `kandji` of organization `acme` may release devices');
    expect(findings[0]!.message).toContain('set `releaseDevices: false`');
  });

  it('is quiet when the permission is off or not written (it defaults to false)', () => {
    expect(findingsOf(validateFiles({ 'org.yml': orgWithRelease('      releaseDevices: false\n', '') }), RULE)).toEqual([]);
  });
});
