import { describe, expect, it } from 'vitest';
import { findingsOf, twoServiceOrganization, validateFiles } from '../support/repo.js';

const RULE = 'renewal-access-lost';

describe(RULE, () => {
  it('fires at `access: lost`', () => {
    const findings = findingsOf(validateFiles({ 'org.yml': twoServiceOrganization('      access: lost\n', '      access: available\n') }), RULE);
    expect(findings).toEqual([expect.objectContaining({ file: 'org.yml', line: 16, column: 7, severity: 'warning' })]);
    expect(findings[0]!.message).toContain('Service `jamf` of organization `acme` has `access: lost`');
    expect(findings[0]!.message).toContain('move its devices there and wipe them');
  });

  it('is quiet when access is available or not written (the default)', () => {
    expect(findingsOf(validateFiles({ 'org.yml': twoServiceOrganization('      access: available\n', '') }), RULE)).toEqual([]);
  });
});
