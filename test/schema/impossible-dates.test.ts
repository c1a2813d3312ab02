import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

describe('dates no calendar has', () => {
  it('are schema findings at the key, not tokens silently left unchecked', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `  units: [{ id: hq, name: HQ, primary: true }]
  accounts:
    - { id: a@acme.example, role: organization-administrator, passwordChangedAt: 2026-02-30 }
  deviceManagementServices:
    - id: jamf
      type: external
      name: Jamf
      vendor: jamf
      serviceToken: { expiresAt: 2026-11-31 }
      apnsCertificate: { expiresAt: 2027-06-01 }
`,
      ),
    });
    expect(findingsOf(report, 'schema')).toEqual([
      {
        file: 'org.yml',
        line: 9,
        column: 63,
        severity: 'error',
        message: '`2026-02-30` is not a real date: check the day and month (`passwordChangedAt` is ISO 8601, such as `2027-01-10`).',
      },
      {
        file: 'org.yml',
        line: 15,
        column: 23,
        severity: 'error',
        message: '`2026-11-31` is not a real date: check the day and month (`expiresAt` is ISO 8601, such as `2027-01-10`).',
      },
    ]);
  });

  it('leave real dates alone, leap days included', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `  units: [{ id: hq, name: HQ, primary: true }]
  deviceManagementServices:
    - id: jamf
      type: external
      name: Jamf
      vendor: jamf
      serviceToken: { downloadedAt: 2027-02-28, expiresAt: 2028-02-29 }
      apnsCertificate: { expiresAt: 2028-02-29T23:59:59Z }
`,
      ),
    });
    expect(findingsOf(report, 'schema')).toEqual([]);
  });
});
