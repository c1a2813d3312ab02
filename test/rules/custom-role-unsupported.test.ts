import { organization } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

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

ruleTable('custom-role-unsupported', {
  valid: [{ name: 'custom roles in Apple Business', files: orgWithRoles('apple-business', role('token-manager')) }],
  invalid: [
    {
      name: "at a custom role's `id` in Apple Business Manager, not at an edited built-in role",
      files: orgWithRoles('apple-business-manager', role('content-manager') + role('token-manager')),
      findings: [
        {
          path: 'spec.roles[1].id',
          file: 'org.yml',
          line: 14,
          column: 7,
          severity: 'error',
          messageContains: ['Role `token-manager` of organization `acme` is a custom role, but Apple Business Manager has only its built-in roles'],
        },
      ],
    },
    {
      name: "another product's built-in role id counts as custom (organization-administrator is Apple Business only)",
      files: orgWithRoles('apple-business-essentials', role('organization-administrator')),
      findings: [{ path: 'spec.roles[0].id', line: 12, column: 7, messageContains: ['Apple Business Essentials has only its built-in roles'] }],
    },
  ],
});
