import { type DocPath, regionOf, type SourceDocument } from '../load/index.js';
import { parseInstant } from '../base/dates.js';
import type { ContentToken, OrganizationDocument } from '../base/schema-types.js';
import { ENTITY_LISTS, type DatedArtifact, type EntityList, type Located, type Organization } from './types.js';

/**
 * Builds the model of one organization from a document the schema has
 * checked. `rejected` holds the paths of the schema's problems: a list entry
 * with a problem is left out (its id still counts as declared, so nothing
 * that references it reads as dangling); a problem outside the lists means
 * the document cannot be modelled at all.
 */
export function buildOrganization(source: SourceDocument, rejected: readonly DocPath[]): Organization | undefined {
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
  const declaredIds = {} as Record<EntityList, Set<string>>;
  const lists = {} as { [K in EntityList]: Located<NonNullable<OrganizationDocument['spec'][K]>[number]>[] };
  for (const list of ENTITY_LISTS) {
    declaredIds[list] = new Set();
    const entries: Located<never>[] = [];
    (spec[list] ?? []).forEach((entry: { id?: unknown }, index: number) => {
      if (typeof entry?.id === 'string') declaredIds[list].add(entry.id);
      if (!rejectedEntries.has(`${list}/${index}`)) entries.push({ value: entry as never, path: ['spec', list, index] });
    });
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
    unitsById: firstById(lists.units),
    rolesById: firstById(lists.roles),
    accountsById: firstById(lists.accounts),
    servicesById: firstById(lists.deviceManagementServices),
    declaredIds,
    artifacts: [],
  };
  organization.artifacts = collectArtifacts(organization);
  return organization;
}

function isEntityList(name: string): name is EntityList {
  return (ENTITY_LISTS as readonly string[]).includes(name);
}

/** The first entry of each id wins; later duplicates are `duplicate-id` findings, not model entries. */
function firstById<T extends { id: string }>(entries: Located<T>[]): Map<string, Located<T>> {
  const map = new Map<string, Located<T>>();
  for (const entry of entries) if (!map.has(entry.value.id)) map.set(entry.value.id, entry);
  return map;
}

function collectArtifacts(organization: Organization): DatedArtifact[] {
  const artifacts: DatedArtifact[] = [];
  const add = (artifact: Omit<DatedArtifact, 'organization' | 'expiresAt' | 'expiresAtRegion' | 'downloadedAt'>) => {
    const expiresAt = parseInstant(artifact.declaration.expiresAt);
    if (!expiresAt) return;
    const downloadedText = 'downloadedAt' in artifact.declaration ? artifact.declaration.downloadedAt : undefined;
    const downloadedAt = downloadedText === undefined ? undefined : parseInstant(downloadedText);
    const expiresAtRegion = regionOf(organization.source, [...artifact.path, 'expiresAt']);
    artifacts.push({ ...artifact, organization, expiresAt, expiresAtRegion, ...(downloadedAt ? { downloadedAt } : {}) });
  };
  for (const service of organization.services) {
    const { serviceToken, apnsCertificate } = service.value;
    if (serviceToken) add({ kind: 'service-token', id: service.value.id, path: [...service.path, 'serviceToken'], declaration: serviceToken, service });
    if (apnsCertificate) add({ kind: 'apns-certificate', id: service.value.id, path: [...service.path, 'apnsCertificate'], declaration: apnsCertificate, service });
  }
  for (const token of organization.contentTokens) {
    const content: Located<ContentToken> = token;
    const service = token.value.service === undefined ? undefined : organization.servicesById.get(token.value.service);
    add({ kind: 'content-token', id: token.value.id, path: token.path, declaration: token.value, contentToken: content, ...(service ? { service } : {}) });
  }
  return artifacts;
}
