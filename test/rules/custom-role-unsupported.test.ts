import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const RULE = 'custom-role-unsupported';

/** One primary unit and the given role entries (from line 11). */
function orgWithRoles(product: string, roles: string): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
  roles:
${roles}`,
    product,
  );
}

function role(id: string): string {
  return [`    - id: ${id}`, '      permissions: [assign-licenses-for-apps-and-books]', ''].join('\n');
}

describe(RULE, () => {
  it("fires at a custom role's `id` in Apple Business Manager, not at an edited built-in role", () => {
    const findings = findingsOf(validateFiles({ 'org.yml': orgWithRoles('apple-business-manager', role('content-manager') + role('token-manager')) }), RULE);
    expect(findings).toEqual([expect.objectContaining({ file: 'org.yml', line: 14, column: 7, severity: 'error' })]);
    expect(findings[0]!.message).toContain('Role `token-manager` of organization `acme` is a custom role, but Apple Business Manager has only its built-in roles');
  });

  it("flags another product's built-in role id as custom (organization-administrator is Apple Business only)", () => {
    const findings = findingsOf(validateFiles({ 'org.yml': orgWithRoles('apple-business-essentials', role('organization-administrator')) }), RULE);
    expect(findings).toEqual([expect.objectContaining({ line: 12, column: 7 })]);
    expect(findings[0]!.message).toContain('Apple Business Essentials has only its built-in roles');
  });

  it('is quiet for custom roles in Apple Business', () => {
    expect(findingsOf(validateFiles({ 'org.yml': orgWithRoles('apple-business', role('token-manager')) }), RULE)).toEqual([]);
  });
});
