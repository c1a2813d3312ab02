import { type DocPath, regionOf, type SourceDocument } from '../load/index.js';
import { parseInstant } from '../base/dates.js';
import type { Region } from '../base/findings.js';
import type { ContentToken, DeviceManagementService, OrganizationDocument } from '../base/schema-types.js';
import { FirstById, IdSet, ModelArtifact, childPath, entryPath } from './compact.js';
import { ENTITY_LISTS, type DatedArtifact, type EntityList, type Located, type Organization } from './types.js';

/**
 * Builds the model of one organization from a document the schema has
 * checked. `rejected` holds the paths of the schema's problems: a list entry
 * with a problem is left out (its id still counts as declared, so nothing
 * that references it reads as dangling); a problem outside the lists means
 * the document cannot be modelled at all.
 */
export function buildOrganization(source: SourceDocument, rejected: readonly DocPath[], regionAt: RegionAt = regionOf): Organization | undefined {
  const rejectedEntries = new Set<string>();
  // Broken API credentials only cost the online checks that need them, not the organization's offline rules.
  let appleApiRejected = false;
  for (const path of rejected) {
    const [top, section, list, index] = path;
    const inEntry = top === 'spec' && typeof section === 'string' && isEntityList(section) && typeof list === 'number';
    if (inEntry) rejectedEntries.add(`${section}/${list}`);
    else if (top === 'spec' && section === 'appleApi') appleApiRejected = true;
    else if (!(top === 'metadata' && (section === 'displayName' || section === 'owners'))) return undefined;
    void index;
  }

  const document = source.value as OrganizationDocument;
  const spec = document.spec;
  const declaredIds = {} as Record<EntityList, IdSet>;
  const lists = {} as { [K in EntityList]: Located<NonNullable<OrganizationDocument['spec'][K]>[number]>[] };
  for (const list of ENTITY_LISTS) {
    const ids: string[] = [];
    const entries: Located<never>[] = [];
    (spec[list] ?? []).forEach((entry: { id?: unknown }, index: number) => {
      if (typeof entry?.id === 'string') ids.push(entry.id);
      if (rejectedEntries.size === 0 || !rejectedEntries.has(`${list}/${index}`)) entries.push({ value: entry as never, path: entryPath(list, index) });
    });
    declaredIds[list] = new IdSet(ids);
    (lists as Record<EntityList, Located<never>[]>)[list] = entries;
  }

  const organization: Organization = {
    name: document.metadata.name,
    ...(document.metadata.displayName !== undefined ? { displayName: document.metadata.displayName } : {}),
    product: spec.product,
    ...(spec.essentialsSubscription !== undefined ? { essentialsSubscription: spec.essentialsSubscription } : {}),
    owners: document.metadata.owners ?? [],
    ...(spec.appleApi !== undefined && !appleApiRejected ? { appleApi: spec.appleApi } : {}),
    source,
    units: lists.units,
    roles: lists.roles,
    accounts: lists.accounts,
    services: lists.deviceManagementServices,
    contentTokens: lists.contentTokens,
    unitsById: new FirstById(lists.units),
    rolesById: new FirstById(lists.roles),
    accountsById: new FirstById(lists.accounts),
    servicesById: new FirstById(lists.deviceManagementServices),
    declaredIds,
    artifacts: [],
  };
  organization.artifacts = collectArtifacts(organization, regionAt);
  return organization;
}

/** Where a path into the document sits: `regionOf`, or (for a document parsed on a worker thread) the regions the worker found. */
export type RegionAt = (source: SourceDocument, path: DocPath) => Region;

function isEntityList(name: string): name is EntityList {
  return (ENTITY_LISTS as readonly string[]).includes(name);
}

function collectArtifacts(organization: Organization, regionAt: RegionAt): DatedArtifact[] {
  const artifacts: DatedArtifact[] = [];
  const add = (
    kind: DatedArtifact['kind'],
    id: string,
    path: DocPath,
    declaration: DatedArtifact['declaration'],
    service: Located<DeviceManagementService> | undefined,
    contentToken: Located<ContentToken> | undefined,
  ) => {
    const expiresAt = parseInstant(declaration.expiresAt);
    if (!expiresAt) return;
    const downloadedText = 'downloadedAt' in declaration ? declaration.downloadedAt : undefined;
    const downloadedAt = downloadedText === undefined ? undefined : parseInstant(downloadedText);
    const region = regionAt(organization.source, [...path, 'expiresAt']);
    artifacts.push(new ModelArtifact(kind, id, organization, path, declaration, service, contentToken, expiresAt, downloadedAt, region));
  };
  for (const service of organization.services) {
    const { serviceToken, apnsCertificate } = service.value;
    if (serviceToken) add('service-token', service.value.id, childPath(service.path, 'serviceToken'), serviceToken, service, undefined);
    if (apnsCertificate) add('apns-certificate', service.value.id, childPath(service.path, 'apnsCertificate'), apnsCertificate, service, undefined);
  }
  for (const token of organization.contentTokens) {
    const service = token.value.service === undefined ? undefined : organization.servicesById.get(token.value.service);
    add('content-token', token.value.id, token.path, token.value, service, token);
  }
  return artifacts;
}
