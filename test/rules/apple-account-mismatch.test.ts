import { describe, expect, it } from 'vitest';
import { agreeingLiveState, ONLINE_ORGANIZATION, onlineFindings } from '../support/live.js';

const RULE = 'apple-account-mismatch';

describe(RULE, () => {
  it("fires at the account's `id` when Apple has no such account", async () => {
    const live = agreeingLiveState();
    live.business!.users = live.business!.users!.filter((user) => user.managedAppleAccount !== 'vpp@acme.example');
    expect(await onlineFindings(RULE, live)).toEqual([
      {
        file: 'org.yml',
        line: 18,
        column: 7,
        severity: 'error',
        message:
          'Account `vpp@acme.example` of organization `acme` downloaded a token but Apple has no Managed Apple Account of that name: it was deleted or renamed, and Apple invalidates the tokens it downloaded when it leaves. Download the tokens again with an active account and record it in `downloadedBy`, or correct `id`.',
      },
    ]);
  });

  it('fires when an account declared active is not active in Apple (at `status` when written, else at `id`)', async () => {
    const live = agreeingLiveState();
    live.business!.users![0]!.status = 'DEACTIVATED';
    const findings = await onlineFindings(RULE, live);
    expect(findings).toEqual([expect.objectContaining({ line: 16, column: 7, severity: 'error' })]);
    expect(findings[0]!.message).toContain('Account `admin@acme.example` of organization `acme` is declared active, but Apple lists it as `DEACTIVATED`');
    const withStatus = ONLINE_ORGANIZATION.replace('      role: organization-administrator\n', '      role: organization-administrator\n      status: active\n');
    expect(await onlineFindings(RULE, live, withStatus)).toEqual([expect.objectContaining({ line: 18, column: 7 })]);
    const declaredGone = ONLINE_ORGANIZATION.replace('      role: organization-administrator\n', '      role: organization-administrator\n      status: departed\n');
    expect(await onlineFindings(RULE, live, declaredGone)).toEqual([]);
  });

  it("fires at `role` when the account holds none of its declared role in Apple, naming Apple's roles", async () => {
    const live = agreeingLiveState();
    live.business!.users![1]!.roles = [{ roleName: 'Content Manager' }, { roleName: 'Staff' }];
    expect(await onlineFindings(RULE, live)).toEqual([
      {
        file: 'org.yml',
        line: 19,
        column: 7,
        severity: 'error',
        message:
          "Account `vpp@acme.example` of organization `acme` is declared with role `token-manager`, but in Apple it holds `Content Manager`, `Staff`: the permission checks on its tokens rest on the declared role. Set `role` to what Apple shows, or give the account that role in Apple's portal.",
      },
    ]);
    live.business!.users![1]!.roles = [];
    expect((await onlineFindings(RULE, live))[0]!.message).toContain('in Apple it holds no role');
  });

  it("maps Apple's display names to the catalogue case- and space-insensitively, and Apple's example `Administrator` in Apple Business", async () => {
    const live = agreeingLiveState();
    live.business!.users = [
      { managedAppleAccount: 'ADMIN@acme.example', roles: [{ roleName: 'Administrator' }] },
      { managedAppleAccount: 'vpp@acme.example', roles: [{ roleName: 'staff' }, { roleName: 'token  manager' }] },
    ];
    expect(await onlineFindings(RULE, live)).toEqual([]);
  });

  it('only looks at accounts that downloaded a token', async () => {
    const live = agreeingLiveState();
    const yaml = ONLINE_ORGANIZATION.replace('        downloadedBy: admin@acme.example\n', '');
    live.business!.users = live.business!.users!.filter((user) => user.managedAppleAccount !== 'admin@acme.example');
    expect(await onlineFindings(RULE, live, yaml)).toEqual([]);
  });
});
