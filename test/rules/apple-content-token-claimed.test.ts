import { describe, expect, it } from 'vitest';
import { agreeingLiveState, ONLINE_ORGANIZATION, onlineFindings } from '../support/live.js';

const RULE = 'apple-content-token-claimed';

function claimedBy(id: string, name?: string, contentTokenId = 'nyc-apps', locationName = 'Acme New York') {
  const live = agreeingLiveState();
  live.contentTokens = [{ contentTokenId, outcome: 'valid', locationName, mdmInfo: { id, ...(name ? { name } : {}) } }];
  return live;
}

const KANDJI = '    - id: kandji\n      type: external\n      name: Kandji\n      vendor: kandji\n      mdmInfoId: kandji-mdm-id\n';
const WITH_KANDJI = ONLINE_ORGANIZATION.replace('  contentTokens:\n', `${KANDJI}  contentTokens:\n`);

describe(RULE, () => {
  it('fires at `service` when another MDM than the declared service holds the token', async () => {
    expect(await onlineFindings(RULE, claimedBy('other-mdm', 'Mosyle'))).toEqual([
      {
        file: 'org.yml',
        line: 37,
        column: 7,
        severity: 'error',
        message:
          'Content token `nyc-apps` of organization `acme` is held by the MDM `Mosyle` with mdmInfo id `other-mdm`, says Apple, not by its declared service `jamf`. Apple lets one MDM hold a token, so the other loses its app and book licenses. Upload the token to `jamf` again (it takes the token back), or set `service` to the MDM that holds it.',
      },
    ]);
  });

  it("names the declared service whose mdmInfoId the claim carries, also when the declared service's own id is not written", async () => {
    const [finding] = await onlineFindings(RULE, claimedBy('kandji-mdm-id'), WITH_KANDJI.replace('      mdmInfoId: jamf-mdm-id\n', ''));
    expect(finding).toMatchObject({ line: 41, column: 7 });
    expect(finding!.message).toContain('is held by service `kandji` (mdmInfo id `kandji-mdm-id`), says Apple, not by its declared service `jamf`');
    // Without any declared id to compare, an unknown claim cannot be judged.
    expect(await onlineFindings(RULE, claimedBy('somebody'), WITH_KANDJI.replace('      mdmInfoId: jamf-mdm-id\n', ''))).toEqual([]);
  });

  it('fires at `ref` when any MDM holds a token declared uploaded nowhere', async () => {
    const yaml = ONLINE_ORGANIZATION.replace('      service: jamf\n', '');
    const [finding] = await onlineFindings(RULE, claimedBy('jamf-mdm-id', 'Jamf Pro'), yaml);
    expect(finding).toMatchObject({ line: 37, column: 7, severity: 'error' });
    expect(finding!.message).toContain('is held by service `jamf` (mdmInfo id `jamf-mdm-id`), says Apple, although the file declares it uploaded nowhere (no `service`)');
  });

  it("for the primary unit while the built-in service is on: fires for an external MDM's claim, not for the built-in's own", async () => {
    const builtIn = ONLINE_ORGANIZATION.replace(
      '  deviceManagementServices:\n',
      '  deviceManagementServices:\n    - id: built-in\n      type: built-in\n      mdmInfoId: apple-built-in\n',
    ).replace('    - id: nyc-apps\n      unit: nyc\n      service: jamf\n', '    - id: nyc-apps\n      unit: hq\n');
    const [finding] = await onlineFindings(RULE, claimedBy('other-mdm', 'Mosyle', 'nyc-apps', 'Acme Corp'), builtIn);
    expect(finding?.message).toContain(
      "held by the MDM `Mosyle` with mdmInfo id `other-mdm`, says Apple, while Apple's built-in device management service needs the primary unit's token",
    );
    expect(await onlineFindings(RULE, claimedBy('apple-built-in', 'Apple', 'nyc-apps', 'Acme Corp'), builtIn)).toEqual([]);
    // Without the built-in's id, only a claim by a declared external service is known to be external.
    const unknownBuiltIn = builtIn.replace('      mdmInfoId: apple-built-in\n', '');
    expect(await onlineFindings(RULE, claimedBy('apple-built-in', 'Apple', 'nyc-apps', 'Acme Corp'), unknownBuiltIn)).toEqual([]);
    expect(await onlineFindings(RULE, claimedBy('jamf-mdm-id', 'Jamf Pro', 'nyc-apps', 'Acme Corp'), unknownBuiltIn)).toHaveLength(1);
  });

  it('is silent when the declared service holds the token, or nobody does', async () => {
    expect(await onlineFindings(RULE, agreeingLiveState())).toEqual([]);
    const unclaimed = agreeingLiveState();
    delete unclaimed.contentTokens![0]!.mdmInfo;
    expect(await onlineFindings(RULE, unclaimed)).toEqual([]);
  });
});
