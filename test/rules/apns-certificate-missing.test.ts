import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const RULE = 'apns-certificate-missing';

const SERVICES = `  units:
    - id: hq
      name: HQ
      primary: true
  deviceManagementServices:
    - id: built-in
      type: built-in
    - id: jamf
      type: external
      name: Jamf
      vendor: jamf
    - id: kandji
      type: external
      name: Kandji
      vendor: kandji
      apnsCertificate:
        expiresAt: 2027-08-20
`;

describe(RULE, () => {
  it('fires at an external service entry without `apnsCertificate`, only there', () => {
    const findings = findingsOf(validateFiles({ 'org.yml': organization('acme', SERVICES) }), RULE);
    // The built-in service (line 12) has no certificate of its own; kandji (line 18) declares one.
    expect(findings).toEqual([expect.objectContaining({ file: 'org.yml', line: 14, column: 7, severity: 'warning' })]);
    expect(findings[0]!.message).toContain('Service `jamf` of organization `acme` declares no `apnsCertificate`');
    expect(findings[0]!.message).toContain('cannot be renewed without one');
  });
});
