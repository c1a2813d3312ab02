import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

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

const DOWNLOADED_BY = 'spec.contentTokens[0].downloadedBy';

ruleTable('content-token-downloader-role', {
  valid: [
    {
      name: 'Apple Business, a role with exactly Assign licenses for Apps and Books: the organization is clean',
      files: organizationWith('token-manager', 'apple-business', ASSIGN_ONLY),
      noOtherFindings: true,
    },
    { name: 'Apple Business Manager, the built-in Content Manager: clean', files: organizationWith('content-manager', 'apple-business-manager'), noOtherFindings: true },
    { name: 'Apple Business Essentials, the built-in Content Manager: clean', files: organizationWith('content-manager', 'apple-business-essentials'), noOtherFindings: true },
  ],
  invalid: [
    {
      name: 'at `downloadedBy` when an Apple Business administrator downloads the token',
      files: organizationWith('organization-administrator'),
      findings: [
        {
          path: DOWNLOADED_BY,
          file: 'org.yml',
          line: 17,
          column: 7,
          severity: 'warning',
          message:
            "Content token `hq-apps` in organization `acme` was downloaded by `vpp-tokens@acme.example` on role `organization-administrator`, which is not a least-privilege role for content tokens: Apple recommends a dedicated Managed Apple Account on a custom role with only Assign licenses for Apps and Books, so that nobody's everyday sign-in or password change invalidates the token. Create that role (`permissions: [assign-licenses-for-apps-and-books]`) and account, and download the token with it.",
        },
      ],
    },
    {
      name: 'Apple Business, the predefined Content Manager, which also gets licenses and views apps',
      files: organizationWith('content-manager'),
      findings: [{ path: DOWNLOADED_BY, line: 17, severity: 'warning' }],
    },
    {
      name: 'a custom role with only get licenses for apps and books (allowed, but not what Apple recommends)',
      files: organizationWith('token-manager', 'apple-business', '  roles:\n    - id: token-manager\n      permissions: [get-licenses-for-apps-and-books]\n'),
      findings: [{ path: DOWNLOADED_BY, line: 17 }],
    },
    ...(['apple-business-manager', 'apple-business-essentials'] as const).map((product) => ({
      name: `${product}: asks for the built-in Content Manager`,
      files: organizationWith('administrator', product),
      findings: [
        {
          path: DOWNLOADED_BY,
          line: 17,
          column: 7,
          severity: 'warning' as const,
          messageContains: [
            'on role `administrator`, which is not a least-privilege role for content tokens',
            'has no custom roles, so the built-in Content Manager is the least privilege',
            `${product === 'apple-business-manager' ? 'Apple Business Manager' : 'Apple Business Essentials'} has no custom roles`,
          ],
        },
      ],
    })),
  ],
});

describe('content-token-downloader-role', () => {
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
