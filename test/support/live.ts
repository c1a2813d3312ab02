// Live states built by hand, for the online rules' tests and the rule pages'
// examples: what Apple would have said, without any network.
import type { ValidationReport } from '../../src/base/findings.js';
import type { LiveState, OrganizationLiveState } from '../../src/model/live-state.js';
import { parseInstant } from '../../src/base/dates.js';
import { validateRepositoryOnline } from '../../src/validate.js';
import { findingsOf, writeRepo } from './repo.js';

/** One organization's live state as JSON: dates as ISO strings, every list optional. */
export interface LiveOrganizationJson {
  business?: {
    mdmServers?: Array<{ id?: string; serverName: string; serverType?: string; status?: string; deviceCount?: number; lastConnectedAt?: string | null }>;
    units?: Array<{ id?: string; name: string }>;
    users?: Array<{ id?: string; managedAppleAccount: string; status?: string; roles?: Array<{ roleName: string; unitId?: string }> }>;
  };
  serverTokens?: Array<Omit<OrganizationLiveState['serverTokens'][number], never>>;
  contentTokens?: Array<Omit<OrganizationLiveState['contentTokens'][number], 'expiresAt'> & { expiresAt?: string }>;
  failures?: OrganizationLiveState['failures'];
  skipped?: OrganizationLiveState['skipped'];
}

function instant(text: string): Date {
  const date = parseInstant(text);
  if (!date) throw new Error(`not a date in a live-state fixture: ${text}`);
  return date;
}

/** A `LiveState` from JSON keyed by organization name (the shape the rule pages use in their `json apple` blocks). */
export function liveStateFrom(organizations: Record<string, LiveOrganizationJson>, checkedAt = '2026-11-23'): LiveState {
  const map = new Map<string, OrganizationLiveState>();
  for (const [name, json] of Object.entries(organizations)) {
    const business = json.business;
    map.set(name, {
      organization: name,
      ...(business
        ? {
            business: {
              mdmServers: (business.mdmServers ?? []).map((server, index) => ({
                id: server.id ?? `SERVER${index + 1}`,
                serverName: server.serverName,
                serverType: server.serverType ?? 'MDM',
                status: server.status ?? 'ACTIVE',
                ...(server.deviceCount !== undefined ? { deviceCount: server.deviceCount } : {}),
                lastConnectedAt: server.lastConnectedAt ? instant(server.lastConnectedAt) : null,
              })),
              units: (business.units ?? []).map((unit, index) => ({ id: unit.id ?? `OU${index + 1}`, name: unit.name })),
              users: (business.users ?? []).map((user, index) => ({
                id: user.id ?? `${index + 1}`,
                managedAppleAccount: user.managedAppleAccount,
                status: user.status ?? 'ACTIVE',
                roles: user.roles ?? [],
              })),
            },
          }
        : {}),
      serverTokens: json.serverTokens ?? [],
      contentTokens: (json.contentTokens ?? []).map(({ expiresAt, ...token }) => ({ ...token, ...(expiresAt !== undefined ? { expiresAt: instant(expiresAt) } : {}) })),
      failures: json.failures ?? [],
      skipped: json.skipped ?? [],
    });
  }
  return { checkedAt: instant(checkedAt), organizations: map };
}

/** Validates a repo made of `files` with the live-state stage answering `live`, as of `now`. */
export async function validateFilesOnline(files: Record<string, string | Uint8Array>, live: Record<string, LiveOrganizationJson>, now = '2026-11-23'): Promise<ValidationReport> {
  const state = liveStateFrom(live, now);
  const run = await validateRepositoryOnline({ root: writeRepo(files), now: instant(now), liveState: async () => state });
  return run.report;
}

/**
 * Organization `acme` (Apple Business) for the online rules' tests: units
 * `hq` (primary) and `nyc`, a custom role, two accounts, service `jamf`
 * (mdmInfoId `jamf-mdm-id`) and content token `nyc-apps` uploaded to it.
 * Line numbers: `units` 7, unit names 9 and 12, account ids 16 and 18
 * (roles 17, 19), `deviceManagementServices` 20, service `name` 23,
 * `mdmInfoId` 25, server token `ref` 27, `downloadedBy` 29; content token
 * `unit` 36, `service` 37, `ref` 38, `expiresAt` 41.
 */
export const ONLINE_ORGANIZATION = `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: acme
spec:
  product: apple-business
  units:
    - id: hq
      name: Acme Corp
      primary: true
    - id: nyc
      name: Acme New York
  roles:
    - { id: token-manager, name: Token Manager, permissions: [assign-licenses-for-apps-and-books] }
  accounts:
    - id: admin@acme.example
      role: organization-administrator
    - id: vpp@acme.example
      role: token-manager
  deviceManagementServices:
    - id: jamf
      type: external
      name: Jamf Pro
      vendor: jamf
      mdmInfoId: jamf-mdm-id
      serviceToken:
        ref: env:JAMF_TOKEN
        privateKey: env:JAMF_KEY
        downloadedBy: admin@acme.example
        downloadedAt: 2026-01-10
        expiresAt: 2027-01-10
      apnsCertificate:
        expiresAt: 2027-02-01
  contentTokens:
    - id: nyc-apps
      unit: nyc
      service: jamf
      ref: env:VPP_NYC
      downloadedBy: vpp@acme.example
      downloadedAt: 2026-02-01
      expiresAt: 2027-02-01
`;

/** What Apple says when everything in ONLINE_ORGANIZATION is as declared. */
export function agreeingLiveState(): LiveOrganizationJson {
  return {
    business: {
      mdmServers: [{ serverName: 'Jamf Pro', deviceCount: 120, lastConnectedAt: '2026-11-22T09:00:00Z' }],
      units: [{ name: 'Acme Corp' }, { name: 'Acme New York' }],
      users: [
        { managedAppleAccount: 'admin@acme.example', roles: [{ roleName: 'Organization Administrator' }] },
        { managedAppleAccount: 'vpp@acme.example', roles: [{ roleName: 'Token Manager' }] },
      ],
    },
    serverTokens: [{ serviceId: 'jamf', outcome: 'accepted', account: { serverName: 'Jamf Pro', adminId: 'admin@acme.example', orgName: 'Acme Corp' } }],
    contentTokens: [
      { contentTokenId: 'nyc-apps', outcome: 'valid', locationName: 'Acme New York', expiresAt: '2027-02-01T10:00:00Z', mdmInfo: { id: 'jamf-mdm-id', name: 'Jamf Pro' } },
    ],
  };
}

/** The online fixture validated with `live` (a changed copy of `agreeingLiveState()`). */
export function validateAcmeOnline(live: LiveOrganizationJson, yaml = ONLINE_ORGANIZATION, now = '2026-11-23'): Promise<ValidationReport> {
  return validateFilesOnline({ 'org.yml': yaml }, { acme: live }, now);
}

/** The findings of one rule for the online fixture (or `yaml`) and `live`. */
export async function onlineFindings(ruleId: string, live: LiveOrganizationJson, yaml = ONLINE_ORGANIZATION, now = '2026-11-23') {
  return findingsOf(await validateAcmeOnline(live, yaml, now), ruleId);
}

/** The whole report for the online fixture, and a way to pick one rule's findings from it. */
export async function findingsOfAcme(live: LiveOrganizationJson) {
  const report = await validateAcmeOnline(live);
  return { report, of: (ruleId: string) => findingsOf(report, ruleId) };
}

/** What Apple says about the online fixture's `acme` for a rule table's `live`: `agreeingLiveState()`, changed by `change`. */
export function acmeSays(change: (live: LiveOrganizationJson) => LiveOrganizationJson | void = () => undefined): Record<string, LiveOrganizationJson> {
  const live = agreeingLiveState();
  return { acme: change(live) ?? live };
}
