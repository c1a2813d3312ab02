import { describe, expect, it } from 'vitest';
import { agreeingLiveState, ONLINE_ORGANIZATION, onlineFindings } from '../support/live.js';

const RULE = 'apple-server-token-mismatch';

function account(serverName: string, adminId: string) {
  const live = agreeingLiveState();
  live.serverTokens = [{ serviceId: 'jamf', outcome: 'accepted', account: { serverName, adminId } }];
  return live;
}

describe(RULE, () => {
  it("fires at `name` when Apple's /account names another service", async () => {
    expect(await onlineFindings(RULE, account('Jamf Pro Staging', 'admin@acme.example'))).toEqual([
      {
        file: 'org.yml',
        line: 23,
        column: 7,
        severity: 'error',
        message:
          "The server token of service `jamf` in organization `acme` belongs, says Apple, to the device management service `Jamf Pro Staging`, not `Jamf Pro`: the token behind `ref` is another service's, so the MDM manages another service's devices. Point `serviceToken.ref` at the token downloaded for this service, or correct `name`.",
      },
    ]);
  });

  it("fires at `downloadedBy` when Apple's admin_id is another account", async () => {
    expect(await onlineFindings(RULE, account('Jamf Pro', 'jane@acme.example'))).toEqual([
      {
        file: 'org.yml',
        line: 29,
        column: 9,
        severity: 'error',
        message:
          'The server token of service `jamf` in organization `acme` was downloaded by `jane@acme.example`, says Apple, not by `admin@acme.example`: the password-change and departure checks watch the wrong account. Set `downloadedBy` to the account Apple names (and declare it under `accounts`).',
      },
    ]);
  });

  it('compares without regard to case, and skips what is not declared', async () => {
    expect(await onlineFindings(RULE, account('JAMF PRO', 'Admin@Acme.example'))).toEqual([]);
    const noDownloader = ONLINE_ORGANIZATION.replace('        downloadedBy: admin@acme.example\n', '');
    expect(await onlineFindings(RULE, account('Jamf Pro', 'jane@acme.example'), noDownloader)).toEqual([]);
  });
});
