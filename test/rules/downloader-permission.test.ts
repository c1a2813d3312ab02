import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

interface Setup {
  /** The downloader's role id. */
  role: string;
  /** A `roles:` list appended to the spec (after every line the tests point at). */
  roles?: string;
  serviceUnits?: string;
  tokenUnit?: string;
}

/**
 * One account that downloaded both Jamf's service token (`downloadedBy` at
 * line 23, column 9) and a content token (`downloadedBy` at line 31, column 7).
 */
function organizationWith({ role, roles = '', serviceUnits = '[hq, nyc]', tokenUnit = 'nyc' }: Setup): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
    - id: nyc
      name: New York
  accounts:
    - id: tokens@acme.example
      role: ${role}
  deviceManagementServices:
    - id: jamf-prod
      type: external
      name: Jamf Pro
      vendor: jamf
      units: ${serviceUnits}
      serviceToken:
        downloadedBy: tokens@acme.example
        downloadedAt: 2026-09-02
        expiresAt: 2027-09-02
      apnsCertificate:
        expiresAt: 2027-10-14
  contentTokens:
    - id: nyc-apps
      unit: ${tokenUnit}
      downloadedBy: tokens@acme.example
      downloadedAt: 2026-08-20
      expiresAt: 2027-08-20
${roles}`,
  );
}

const customRole = (permissions: string, units?: string) => `  roles:\n    - id: token-role\n      permissions: ${permissions}\n${units ? `      units: ${units}\n` : ''}`;

const run = (setup: Setup) => validateFiles({ 'org.yml': organizationWith(setup) });
const permissionFindings = (setup: Setup) => findingsOf(run(setup), 'downloader-permission');

describe('downloader-permission', () => {
  it('fires at `downloadedBy` of both tokens for a role without either permission', () => {
    const [serviceToken, contentToken, ...rest] = permissionFindings({ role: 'staff' });
    expect(rest).toEqual([]);
    expect(serviceToken).toMatchObject({ file: 'org.yml', line: 23, column: 9, severity: 'error' });
    expect(serviceToken!.message).toBe(
      '`tokens@acme.example` downloaded the service token of service `jamf-prod` in organization `acme`, but its role `staff` cannot view, add, and delete device management services (`manage-device-management-services`), which Apple requires to download it. Record the account that really downloaded it, or download the token again with an account whose role allows it.',
    );
    expect(contentToken).toMatchObject({ line: 31, column: 7, severity: 'error' });
    expect(contentToken!.message).toContain(
      'its role `staff` cannot Assign licenses for Apps and Books or get licenses for apps and books (`assign-licenses-for-apps-and-books`, `get-licenses-for-apps-and-books`)',
    );
  });

  it('is quiet for an IT Administrator, who may download both', () => {
    // An IT Administrator is not least privilege for content tokens: that is the only finding.
    expect(run({ role: 'it-administrator' }).findings.map((finding) => finding.ruleId)).toEqual(['content-token-downloader-role']);
  });

  it('tells the kinds apart: a Device Enrollment Manager may download service tokens only', () => {
    expect(permissionFindings({ role: 'device-enrollment-manager' })).toEqual([expect.objectContaining({ line: 31, column: 7 })]);
  });

  it('accepts either content permission for content tokens', () => {
    const findings = permissionFindings({ role: 'token-role', roles: customRole('[get-licenses-for-apps-and-books]') });
    expect(findings).toEqual([expect.objectContaining({ line: 23 })]);
  });

  it("fires when a scoped role's units leave out the token's unit or one of the service's units", () => {
    const roles = customRole('[manage-device-management-services, assign-licenses-for-apps-and-books]', '[hq]');
    const [serviceToken, contentToken, ...rest] = permissionFindings({ role: 'token-role', roles });
    expect(rest).toEqual([]);
    expect(serviceToken).toMatchObject({ line: 23, column: 9 });
    expect(serviceToken!.message).toContain('its role `token-role` is limited to units `hq` and the token concerns `nyc`, outside that scope.');
    expect(contentToken).toMatchObject({ line: 31, column: 7 });
    expect(contentToken!.message).toContain('is limited to units `hq` and the token concerns `nyc`');
  });

  it('is quiet when every unit of the token is inside the scope', () => {
    const roles = customRole('[manage-device-management-services, assign-licenses-for-apps-and-books]', '[hq]');
    expect(permissionFindings({ role: 'token-role', roles, serviceUnits: '[hq]', tokenUnit: 'hq' })).toEqual([]);
  });

  it('checks service units only when the service declares them', () => {
    const roles = customRole('[manage-device-management-services, assign-licenses-for-apps-and-books]', '[hq]');
    const allUnits = organizationWith({ role: 'token-role', roles, tokenUnit: 'hq' }).replace('      units: [hq, nyc]\n', '');
    expect(findingsOf(validateFiles({ 'org.yml': allUnits }), 'downloader-permission')).toEqual([]);
  });

  it('uses the permissions an organization recorded for an edited built-in role', () => {
    const roles = '  roles:\n    - id: it-administrator\n      permissions: [manage-accounts]\n';
    expect(permissionFindings({ role: 'it-administrator', roles }).map(({ line }) => line)).toEqual([23, 31]);
  });

  it('leaves a role that resolves to nothing to unresolved-reference', () => {
    const report = run({ role: 'token-mangaer' });
    expect(findingsOf(report, 'downloader-permission')).toEqual([]);
    expect(findingsOf(report, 'unresolved-reference')).toEqual([expect.objectContaining({ line: 15, column: 7 })]);
  });
});
