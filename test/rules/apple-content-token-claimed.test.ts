import { acmeSays, ONLINE_ORGANIZATION } from '../support/live.js';
import { ruleTable } from '../support/rule-tester.js';

/** Apple says content token `contentTokenId` (of `locationName`) is held by the MDM with mdmInfo `id`. */
function claimedBy(id: string, name?: string, contentTokenId = 'nyc-apps', locationName = 'Acme New York') {
  return acmeSays((live) => {
    live.contentTokens = [{ contentTokenId, outcome: 'valid', locationName, mdmInfo: { id, ...(name ? { name } : {}) } }];
  });
}

const KANDJI = '    - id: kandji\n      type: external\n      name: Kandji\n      vendor: kandji\n      mdmInfoId: kandji-mdm-id\n';
const WITH_KANDJI = ONLINE_ORGANIZATION.replace('  contentTokens:\n', `${KANDJI}  contentTokens:\n`);
const WITH_KANDJI_NO_JAMF_ID = WITH_KANDJI.replace('      mdmInfoId: jamf-mdm-id\n', '');
const BUILT_IN = ONLINE_ORGANIZATION.replace(
  '  deviceManagementServices:\n',
  '  deviceManagementServices:\n    - id: built-in\n      type: built-in\n      mdmInfoId: apple-built-in\n',
).replace('    - id: nyc-apps\n      unit: nyc\n      service: jamf\n', '    - id: nyc-apps\n      unit: hq\n');
const BUILT_IN_UNKNOWN_ID = BUILT_IN.replace('      mdmInfoId: apple-built-in\n', '');

ruleTable('apple-content-token-claimed', {
  valid: [
    { name: 'the declared service holds the token', files: ONLINE_ORGANIZATION, live: acmeSays() },
    {
      name: 'nobody holds the token',
      files: ONLINE_ORGANIZATION,
      live: acmeSays((live) => {
        delete live.contentTokens![0]!.mdmInfo;
      }),
    },
    { name: 'an unknown claim with no declared id to compare cannot be judged', files: WITH_KANDJI_NO_JAMF_ID, live: claimedBy('somebody') },
    { name: "the built-in service's own claim on the primary unit's token", files: BUILT_IN, live: claimedBy('apple-built-in', 'Apple', 'nyc-apps', 'Acme Corp') },
    {
      name: "without the built-in's id, a claim by no declared external service is not known to be external",
      files: BUILT_IN_UNKNOWN_ID,
      live: claimedBy('apple-built-in', 'Apple', 'nyc-apps', 'Acme Corp'),
    },
  ],
  invalid: [
    {
      name: 'at `service` when another MDM than the declared service holds the token',
      files: ONLINE_ORGANIZATION,
      live: claimedBy('other-mdm', 'Mosyle'),
      findings: [
        {
          path: 'spec.contentTokens[0].service',
          file: 'org.yml',
          line: 37,
          column: 7,
          severity: 'error',
          message:
            'Content token `nyc-apps` of organization `acme` is held by the MDM `Mosyle` with mdmInfo id `other-mdm`, says Apple, not by its declared service `jamf`. Apple lets one MDM hold a token, so the other loses its app and book licenses. Upload the token to `jamf` again (it takes the token back), or set `service` to the MDM that holds it.',
        },
      ],
    },
    {
      name: "names the declared service whose mdmInfoId the claim carries, also when the declared service's own id is not written",
      files: WITH_KANDJI_NO_JAMF_ID,
      live: claimedBy('kandji-mdm-id'),
      findings: [
        {
          path: 'spec.contentTokens[0].service',
          line: 41,
          column: 7,
          messageContains: ['is held by service `kandji` (mdmInfo id `kandji-mdm-id`), says Apple, not by its declared service `jamf`'],
        },
      ],
    },
    {
      name: 'at `ref` when any MDM holds a token declared uploaded nowhere',
      files: ONLINE_ORGANIZATION.replace('      service: jamf\n', ''),
      live: claimedBy('jamf-mdm-id', 'Jamf Pro'),
      findings: [
        {
          path: 'spec.contentTokens[0].ref',
          line: 37,
          column: 7,
          severity: 'error',
          messageContains: ['is held by service `jamf` (mdmInfo id `jamf-mdm-id`), says Apple, although the file declares it uploaded nowhere (no `service`)'],
        },
      ],
    },
    {
      name: "for the primary unit while the built-in service is on: an external MDM's claim",
      files: BUILT_IN,
      live: claimedBy('other-mdm', 'Mosyle', 'nyc-apps', 'Acme Corp'),
      findings: [
        {
          path: 'spec.contentTokens[0].ref',
          messageContains: ["held by the MDM `Mosyle` with mdmInfo id `other-mdm`, says Apple, while Apple's built-in device management service needs the primary unit's token"],
        },
      ],
    },
    {
      name: "without the built-in's id, a claim by a declared external service is known to be external",
      files: BUILT_IN_UNKNOWN_ID,
      live: claimedBy('jamf-mdm-id', 'Jamf Pro', 'nyc-apps', 'Acme Corp'),
      findings: [{ path: 'spec.contentTokens[0].ref' }],
    },
  ],
});
