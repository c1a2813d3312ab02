import { acmeSays, ONLINE_ORGANIZATION } from '../support/live.js';
import { ruleTable } from '../support/rule-tester.js';

const WITHOUT_VPP = acmeSays((live) => {
  live.business!.users = live.business!.users!.filter((user) => user.managedAppleAccount !== 'vpp@acme.example');
});
const ADMIN_DEACTIVATED = acmeSays((live) => {
  live.business!.users![0]!.status = 'DEACTIVATED';
});
const adminDeclared = (status: string) =>
  ONLINE_ORGANIZATION.replace('      role: organization-administrator\n', `      role: organization-administrator\n      status: ${status}\n`);
const vppHolds = (roles: string[]) =>
  acmeSays((live) => {
    live.business!.users![1]!.roles = roles.map((roleName) => ({ roleName }));
  });

ruleTable('apple-account-mismatch', {
  valid: [
    {
      name: "Apple's display names mapped to the catalogue case- and space-insensitively, and Apple's example `Administrator` in Apple Business",
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        live.business!.users = [
          { managedAppleAccount: 'ADMIN@acme.example', roles: [{ roleName: 'Administrator' }] },
          { managedAppleAccount: 'vpp@acme.example', roles: [{ roleName: 'staff' }, { roleName: 'token  manager' }] },
        ];
      }),
    },
    {
      name: 'only accounts that downloaded a token are looked at',
      files: ONLINE_ORGANIZATION.replace('        downloadedBy: admin@acme.example\n', ''),
      live: acmeSays((live) => {
        live.business!.users = live.business!.users!.filter((user) => user.managedAppleAccount !== 'admin@acme.example');
      }),
    },
    { name: 'an account declared departed that Apple lists as not active', files: adminDeclared('departed'), live: ADMIN_DEACTIVATED },
  ],
  invalid: [
    {
      name: "at the account's `id` when Apple has no such account",
      files: ONLINE_ORGANIZATION,
      live: WITHOUT_VPP,
      findings: [
        {
          path: 'spec.accounts[1].id',
          file: 'org.yml',
          line: 18,
          column: 7,
          severity: 'error',
          message:
            'Account `vpp@acme.example` of organization `acme` downloaded a token but Apple has no Managed Apple Account of that name: it was deleted or renamed, and Apple invalidates the tokens it downloaded when it leaves. Download the tokens again with an active account and record it in `downloadedBy`, or correct `id`.',
        },
      ],
    },
    {
      name: 'at the entry (its first line, `id`) when an account declared active by default is not active in Apple',
      files: ONLINE_ORGANIZATION,
      live: ADMIN_DEACTIVATED,
      findings: [
        {
          path: 'spec.accounts[0]',
          line: 16,
          column: 7,
          severity: 'error',
          messageContains: ['Account `admin@acme.example` of organization `acme` is declared active, but Apple lists it as `DEACTIVATED`'],
        },
      ],
    },
    {
      name: 'at `status` when the account declared active says so',
      files: adminDeclared('active'),
      live: ADMIN_DEACTIVATED,
      findings: [{ path: 'spec.accounts[0].status', line: 18, column: 7 }],
    },
    {
      name: "at `role` when the account holds none of its declared role in Apple, naming Apple's roles",
      files: ONLINE_ORGANIZATION,
      live: vppHolds(['Content Manager', 'Staff']),
      findings: [
        {
          path: 'spec.accounts[1].role',
          file: 'org.yml',
          line: 19,
          column: 7,
          severity: 'error',
          message:
            "Account `vpp@acme.example` of organization `acme` is declared with role `token-manager`, but in Apple it holds `Content Manager`, `Staff`: the permission checks on its tokens rest on the declared role. Set `role` to what Apple shows, or give the account that role in Apple's portal.",
        },
      ],
    },
    {
      name: 'an account that holds no role in Apple',
      files: ONLINE_ORGANIZATION,
      live: vppHolds([]),
      findings: [{ path: 'spec.accounts[1].role', messageContains: ['in Apple it holds no role'] }],
    },
  ],
});
