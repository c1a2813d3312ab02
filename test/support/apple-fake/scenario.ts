/**
 * Organizations for end-to-end runs against the fake, built as pairs: the
 * YAML a person keeps in git and what the fake Apple holds for it, with the
 * credentials as environment variables. A clean organization agrees with
 * Apple on everything; each `problem` makes them disagree in one way, so
 * tests can show every online rule firing and staying silent.
 */
import { makeAppleApiKey, makeContentTokenFixture, makeServerTokenFixture } from './fixtures.js';
import type { FakeOrganization, FakeUser } from './types.js';

export type Problem =
  | 'service-not-found'
  | 'service-undeclared'
  | 'service-silent'
  | 'unit-not-found'
  | 'unit-undeclared'
  | 'account-departed'
  | 'server-token-rejected'
  | 'terms-not-accepted'
  | 'server-token-mismatch'
  | 'content-token-rejected'
  | 'content-token-claimed'
  | 'content-token-mismatch'
  | 'api-key-unknown';

export interface OrganizationPlan {
  name: string;
  /** Which credentials the run gets (default all three). */
  credentials?: { appleApi?: boolean; serverToken?: boolean; contentToken?: boolean };
  problem?: Problem;
}

export interface ScenarioOrganization {
  name: string;
  yaml: string;
  env: Record<string, string>;
  fake: FakeOrganization;
  /** Every credential value of this organization, for secrecy scans. */
  secrets: string[];
}

const DAY = 86_400_000;

/** `acme-3` → `ACME_3`. */
function envPrefix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function scenarioOrganization(plan: OrganizationPlan, now: Date): ScenarioOrganization {
  const { name, problem } = plan;
  const use = { appleApi: true, serverToken: true, contentToken: true, ...plan.credentials };
  const prefix = envPrefix(name);
  const title = name.replace(/(^|-)(\w)/g, (_, dash: string, letter: string) => `${dash === '' ? '' : ' '}${letter.toUpperCase()}`);
  const serviceName = `${title} Jamf Pro`;
  const unitName = `${title} HQ`;
  const admin = `admin@${name}.example`;
  const tokens = `vpp@${name}.example`;
  const downloadedAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 60 * DAY);
  const expiresAt = new Date(downloadedAt.getTime() + 365 * DAY);

  const key = makeAppleApiKey();
  const server = makeServerTokenFixture({
    serverName: problem === 'server-token-mismatch' ? `${title} Old Jamf` : serviceName,
    adminId: admin,
    orgName: title,
    expiry: expiresAt,
    mode: problem === 'server-token-rejected' ? 'token_rejected' : problem === 'terms-not-accepted' ? 'T_C_NOT_SIGNED' : 'accepted',
  });
  const content = makeContentTokenFixture({
    orgName: title,
    locationName: problem === 'content-token-mismatch' ? `${title} Annex` : unitName,
    expiresAt,
    mode: problem === 'content-token-rejected' ? 'expired-200' : 'valid',
    mdmInfo: problem === 'content-token-claimed' ? { id: 'someone-elses-mdm', name: 'Other MDM' } : { id: `${name}-jamf`, name: 'Jamf Pro' },
  });

  const users: FakeUser[] = [
    {
      id: `${name}-1`,
      managedAppleAccount: admin,
      status: problem === 'account-departed' ? 'DEACTIVATED' : 'ACTIVE',
      roleOuList: [{ roleName: 'Organization Administrator', ouId: 'OU1' }],
    },
    { id: `${name}-2`, managedAppleAccount: tokens, status: 'ACTIVE', roleOuList: [{ roleName: 'Token Manager', ouId: 'OU1' }] },
  ];
  const lastConnected = new Date(now.getTime() - (problem === 'service-silent' ? 30 : 1) * DAY);
  const fake: FakeOrganization = {
    name,
    business: {
      clientId: key.clientId,
      keyId: key.keyId,
      publicKey: problem === 'api-key-unknown' ? makeAppleApiKey().publicKey : key.publicKey,
      mdmServers: [
        {
          id: `${prefix}S1`,
          serverName: problem === 'service-not-found' ? `${title} Jamf (old)` : serviceName,
          serverType: 'MDM',
          status: 'ACTIVE',
          deviceCount: 12,
          lastConnectedDateTime: lastConnected.toISOString(),
        },
        ...(problem === 'service-undeclared'
          ? [
              {
                id: `${prefix}S2`,
                serverName: `${title} Kandji`,
                serverType: 'MDM' as const,
                status: 'ACTIVE' as const,
                deviceCount: 3,
                lastConnectedDateTime: lastConnected.toISOString(),
              },
            ]
          : []),
      ],
      units: [
        { id: 'OU1', name: problem === 'unit-not-found' ? `${title} Headquarters` : unitName },
        ...(problem === 'unit-undeclared' ? [{ id: 'OU2', name: `${title} Lab` }] : []),
      ],
      users,
    },
    serverTokens: [server.fake],
    contentTokens: [content.fake],
  };

  const env: Record<string, string> = {};
  if (use.appleApi) env[`${prefix}_APPLE_KEY`] = key.privateKeyPem;
  if (use.serverToken) {
    env[`${prefix}_SERVER_TOKEN`] = server.file;
    env[`${prefix}_MDM_KEY`] = server.privateKeyPem;
  }
  if (use.contentToken) env[`${prefix}_CONTENT_TOKEN`] = content.sToken;

  const yaml = `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: ${name}
  displayName: ${title}
spec:
  product: apple-business
  appleApi:
    clientId: ${key.clientId}
    keyId: ${key.keyId}
    privateKey: env:${prefix}_APPLE_KEY
  units:
    - id: hq
      name: ${unitName}
      primary: true
  roles:
    - id: token-manager
      name: Token Manager
      permissions: [assign-licenses-for-apps-and-books]
  accounts:
    - id: ${admin}
      role: organization-administrator
    - id: ${tokens}
      role: token-manager
  deviceManagementServices:
    - id: jamf
      type: external
      name: ${serviceName}
      vendor: jamf
      mdmInfoId: ${name}-jamf
      serviceToken:
        ref: env:${prefix}_SERVER_TOKEN
        privateKey: env:${prefix}_MDM_KEY
        downloadedBy: ${admin}
        downloadedAt: ${isoDay(downloadedAt)}
        expiresAt: ${isoDay(expiresAt)}
      apnsCertificate:
        expiresAt: ${isoDay(expiresAt)}
  contentTokens:
    - id: hq-apps
      unit: hq
      service: jamf
      ref: env:${prefix}_CONTENT_TOKEN
      downloadedBy: ${tokens}
      downloadedAt: ${isoDay(downloadedAt)}
      expiresAt: ${isoDay(expiresAt)}
`;
  const secrets = [
    key.privateKeyPem,
    server.secrets.consumer_key,
    server.secrets.consumer_secret,
    server.secrets.access_token,
    server.secrets.access_secret,
    server.privateKeyPem,
    content.sToken,
  ];
  return { name, yaml, env, fake, secrets };
}

export interface Scenario {
  /** Repository files: `abm-gitops.yml` and one file per organization. */
  files: Record<string, string>;
  env: Record<string, string>;
  organizations: ScenarioOrganization[];
  secrets: string[];
}

export function scenario(plans: OrganizationPlan[], now: Date): Scenario {
  const organizations = plans.map((plan) => scenarioOrganization(plan, now));
  const files: Record<string, string> = { 'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\ninclude: ["customers/**/*.yml"]\n' };
  for (const organization of organizations) files[`customers/${organization.name}/organization.yml`] = organization.yaml;
  return {
    files,
    env: Object.assign({}, ...organizations.map((organization) => organization.env)) as Record<string, string>,
    organizations,
    secrets: organizations.flatMap((organization) => organization.secrets),
  };
}

/**
 * An MSP of `count` organizations with a mix of credentials: a fifth give
 * none, a fifth only the Apple Business API key, a fifth only the content
 * token, the rest everything. All agree with Apple.
 */
export function mspPlans(count: number): OrganizationPlan[] {
  const mixes: Array<OrganizationPlan['credentials']> = [
    { appleApi: false, serverToken: false, contentToken: false },
    { appleApi: true, serverToken: false, contentToken: false },
    { appleApi: false, serverToken: false, contentToken: true },
    {},
    {},
  ];
  return Array.from({ length: count }, (_, index) => ({ name: `customer-${String(index + 1).padStart(3, '0')}`, credentials: mixes[index % mixes.length] }));
}
