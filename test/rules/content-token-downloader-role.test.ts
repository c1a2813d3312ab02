import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

/**
 * A content token downloaded by an account on `role` (`downloadedBy` at
 * line 17, column 7); `roles` is appended after it.
 */
function organizationWith(role: string, product = 'apple-business', roles = ''): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
  accounts:
    - id: vpp-tokens@acme.example
      role: ${role}
  contentTokens:
    - id: hq-apps
      unit: hq
      downloadedBy: vpp-tokens@acme.example
      downloadedAt: 2026-08-20
      expiresAt: 2027-08-20
${roles}`,
    product,
  );
}

const ASSIGN_ONLY = '  roles:\n    - id: token-manager\n      permissions: [assign-licenses-for-apps-and-books]\n';

const run = (role: string, product?: string, roles?: string) => validateFiles({ 'org.yml': organizationWith(role, product, roles) });
const roleFindings = (role: string, product?: string, roles?: string) => findingsOf(run(role, product, roles), 'content-token-downloader-role');

describe('content-token-downloader-role', () => {
  it('warns at `downloadedBy` when an Apple Business administrator downloads the token', () => {
    const [finding, ...rest] = roleFindings('organization-administrator');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'org.yml', line: 17, column: 7, severity: 'warning' });
    expect(finding!.message).toBe(
      "Content token `hq-apps` in organization `acme` was downloaded by `vpp-tokens@acme.example` on role `organization-administrator`, which is not a least-privilege role for content tokens: Apple recommends a dedicated Managed Apple Account on a custom role with only Assign licenses for Apps and Books, so that nobody's everyday sign-in or password change invalidates the token. Create that role (`permissions: [assign-licenses-for-apps-and-books]`) and account, and download the token with it.",
    );
  });

  it('is quiet in Apple Business for a role with exactly Assign licenses for Apps and Books, and the organization is clean', () => {
    expect(run('token-manager', 'apple-business', ASSIGN_ONLY).findings).toEqual([]);
  });

  it('warns in Apple Business for the predefined Content Manager, which also gets licenses and views apps', () => {
    expect(roleFindings('content-manager')).toEqual([expect.objectContaining({ line: 17, severity: 'warning' })]);
  });

  it('warns for a custom role with only get licenses for apps and books (allowed, but not what Apple recommends)', () => {
    const roles = '  roles:\n    - id: token-manager\n      permissions: [get-licenses-for-apps-and-books]\n';
    expect(roleFindings('token-manager', 'apple-business', roles)).toEqual([expect.objectContaining({ line: 17 })]);
  });

  it('asks for the built-in Content Manager in Apple Business Manager and Essentials', () => {
    for (const product of ['apple-business-manager', 'apple-business-essentials']) {
      expect(run('content-manager', product).findings).toEqual([]);
      const [finding] = roleFindings('administrator', product);
      expect(finding).toMatchObject({ line: 17, column: 7, severity: 'warning' });
      expect(finding!.message).toContain('on role `administrator`, which is not a least-privilege role for content tokens');
      expect(finding!.message).toContain('has no custom roles, so the built-in Content Manager is the least privilege');
    }
    expect(roleFindings('administrator', 'apple-business-manager')[0]!.message).toContain('Apple Business Manager has no custom roles');
    expect(roleFindings('administrator', 'apple-business-essentials')[0]!.message).toContain('Apple Business Essentials has no custom roles');
  });

  it('leaves a downloader with no content permission at all to downloader-permission', () => {
    const report = run('staff');
    expect(findingsOf(report, 'content-token-downloader-role')).toEqual([]);
    expect(findingsOf(report, 'downloader-permission')).toEqual([expect.objectContaining({ line: 17, column: 7 })]);
  });

  it("leaves a token outside the role's unit scope to downloader-permission", () => {
    const scoped = '  roles:\n    - id: token-manager\n      permissions: [assign-licenses-for-apps-and-books, view-apps-and-books]\n      units: [nyc]\n';
    const withNewYork = organizationWith('token-manager', 'apple-business', scoped).replace('      primary: true\n', '      primary: true\n    - id: nyc\n      name: New York\n');
    const report = validateFiles({ 'org.yml': withNewYork });
    expect(findingsOf(report, 'content-token-downloader-role')).toEqual([]);
    expect(findingsOf(report, 'downloader-permission')).toEqual([expect.objectContaining({ line: 19, column: 7 })]);
  });
});
