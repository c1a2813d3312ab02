import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const UNITS = `  units:
    - id: hq
      name: HQ
      primary: true
    - id: nyc
      name: New York
`;

describe('unresolved-reference', () => {
  it('reports a content token unit, service and downloader that name nothing, each at its key', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `${UNITS}  contentTokens:
    - id: nyc-apps
      unit: nyk
      service: jamf
      downloadedBy: nobody@acme.example
      expiresAt: 2027-08-01
`,
      ),
    });
    expect(findingsOf(report, 'unresolved-reference')).toEqual([
      { file: 'org.yml', line: 15, column: 7, severity: 'error', message: 'No unit `nyk` in organization `acme`: did you mean `nyc`?' },
      {
        file: 'org.yml',
        line: 16,
        column: 7,
        severity: 'error',
        message: 'No device management service `jamf` in organization `acme`: declare it under `spec.deviceManagementServices` or fix the name.',
      },
      {
        file: 'org.yml',
        line: 17,
        column: 7,
        severity: 'error',
        message: 'No account `nobody@acme.example` in organization `acme`: declare it under `spec.accounts` or fix the name.',
      },
    ]);
  });

  it('accepts the built-in roles of the product and suggests them for typos', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `${UNITS}  accounts:
    - id: admin@acme.example
      role: administrator
    - id: apps@acme.example
      role: content-manger
`,
        'apple-business-manager',
      ),
    });
    expect(findingsOf(report, 'unresolved-reference')).toEqual([
      expect.objectContaining({ line: 17, column: 7, message: 'No role `content-manger` in organization `acme`: did you mean `content-manager`?' }),
    ]);
  });

  it('reports a role or service `units` entry at the entry, and a service token downloader', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `${UNITS}  roles:
    - id: auditor
      name: Auditor
      permissions: [view-apps-and-books]
      units: [hq, losangeles]
  deviceManagementServices:
    - id: built-in
      type: built-in
      units:
        - boston
    - id: jamf
      type: external
      name: Jamf Pro
      vendor: jamf
      publicKey:
        ref: env:JAMF_PUBLIC_KEY
      serviceToken:
        downloadedBy: ghost@acme.example
        expiresAt: 2027-08-01
`,
      ),
    });
    expect(findingsOf(report, 'unresolved-reference').map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      { line: 17, column: 19, message: 'No unit `losangeles` in organization `acme`: declare it under `spec.units` or fix the name.' },
      { line: 22, column: 11, message: 'No unit `boston` in organization `acme`: declare it under `spec.units` or fix the name.' },
      { line: 30, column: 9, message: 'No account `ghost@acme.example` in organization `acme`: declare it under `spec.accounts` or fix the name.' },
    ]);
  });

  it('never resolves a reference in another organization', () => {
    const report = validateFiles({
      'a.yml': organization(
        'acme',
        `${UNITS}  accounts:
    - id: admin@acme.example
      role: organization-administrator
`,
      ),
      'b.yml': organization(
        'beta',
        `  units:
    - id: hq
      name: HQ
      primary: true
  contentTokens:
    - id: hq-apps
      unit: nyc
      downloadedBy: admin@acme.example
      expiresAt: 2027-08-01
`,
      ),
    });
    expect(findingsOf(report, 'unresolved-reference').map(({ file, line }) => [file, line])).toEqual([
      ['b.yml', 13],
      ['b.yml', 14],
    ]);
  });

  it('is quiet when every reference resolves', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `${UNITS}  roles:
    - id: auditor
      name: Auditor
      permissions: [view-apps-and-books]
      units: [hq, nyc]
  accounts:
    - id: audit@acme.example
      role: auditor
`,
      ),
    });
    expect(findingsOf(report, 'unresolved-reference')).toEqual([]);
  });
});
