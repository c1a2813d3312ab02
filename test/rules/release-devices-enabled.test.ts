import { describe, expect, it } from 'vitest';
import { findingsOf, twoServiceOrganization, validateFiles } from '../support/repo.js';

const RULE = 'release-devices-enabled';

describe(RULE, () => {
  it('fires at `releaseDevices: true`', () => {
    const findings = findingsOf(validateFiles({ 'org.yml': twoServiceOrganization('      releaseDevices: false\n', '      releaseDevices: true\n') }), RULE);
    expect(findings).toEqual([expect.objectContaining({ file: 'org.yml', line: 21, column: 7, severity: 'warning' })]);
    expect(findings[0]!.message).toContain('Service `kandji` of organization `acme` may release devices');
    expect(findings[0]!.message).toContain('set `releaseDevices: false`');
  });

  it('is quiet when the permission is off or not written (it defaults to false)', () => {
    expect(findingsOf(validateFiles({ 'org.yml': twoServiceOrganization('      releaseDevices: false\n', '') }), RULE)).toEqual([]);
  });
});
