import type { DocPath, SourceDocument } from '../load/index.js';
import { liveStateOf, nameKey } from '../model/live.js';
import type { LiveBusinessState, LiveMdmServer, OrganizationLiveState } from '../model/live-state.js';
import type { DeviceManagementService } from '../base/schema-types.js';
import type { Located, Organization, RepositoryModel } from '../model/types.js';

/**
 * What the online rules share: the organizations Apple was asked about, and
 * where a finding goes when it concerns something the file does not declare.
 * Offline (no live state) every online rule yields nothing.
 */
export function* liveOrganizations(model: RepositoryModel): Iterable<{ organization: Organization; live: OrganizationLiveState }> {
  for (const organization of model.organizations) {
    const live = liveStateOf(model, organization);
    if (live) yield { organization, live };
  }
}

type DocumentLocation = { document: SourceDocument; path: DocPath };

/** The organization's list key (`spec.deviceManagementServices`), else `spec` itself when the list is not written. */
export function listLocation(organization: Organization, list: string): DocumentLocation {
  const spec = (organization.source.value as { spec?: Record<string, unknown> }).spec;
  const path: DocPath = spec && list in spec ? ['spec', list] : ['spec'];
  return { document: organization.source, path };
}

/** A key of a list entry, or the entry itself when that key is not written. */
export function entryKeyLocation(organization: Organization, entry: Located<object>, ...keys: string[]): DocumentLocation {
  let node: unknown = entry.value;
  for (const key of keys) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (node === undefined) return { document: organization.source, path: entry.path };
  }
  return { document: organization.source, path: [...entry.path, ...keys] };
}

/** The service's server token `ref` (what the ADE check used), else the `serviceToken` mapping. */
export function serviceTokenLocation(organization: Organization, service: Located<DeviceManagementService>): DocumentLocation {
  const ref = entryKeyLocation(organization, service, 'serviceToken', 'ref');
  return ref.path === service.path ? entryKeyLocation(organization, service, 'serviceToken') : ref;
}

/** Apple's device management service of that name (an active one first: a deleted namesake may linger). */
export function appleServerNamed(business: LiveBusinessState, name: string): LiveMdmServer | undefined {
  const key = nameKey(name);
  const named = business.mdmServers.filter((server) => nameKey(server.serverName) === key);
  return named.find((server) => isActive(server.status)) ?? named[0];
}

export function isActive(status: string): boolean {
  return status.toUpperCase() === 'ACTIVE';
}

/** Apple's text as it may appear in a message: short, on one line, quoted. */
export function appleText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `\`${flat.length > 80 ? `${flat.slice(0, 77)}…` : flat}\``;
}
