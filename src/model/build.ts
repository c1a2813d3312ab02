import { type DocPath, regionOf, type SourceDocument } from '../load/index.js';
import { exactly } from '../base/arrays.js';
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
export function buildOrganization(source: SourceDocument, rejected: readonly DocPath[], read: ReadArtifact = readArtifact): Organization | undefined {
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
    declaredIds[list] = new IdSet(exactly(ids));
    (lists as Record<EntityList, Located<never>[]>)[list] = exactly(entries);
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
  organization.artifacts = collectArtifacts(organization, read);
  return organization;
}

/** What an artifact's declaration says, read: its instants and where its `expiresAt` sits. */
export interface ArtifactFacts {
  expiresAt: Date;
  downloadedAt: Date | undefined;
  region: Region;
}

/**
 * Reads an artifact's declaration; undefined when its `expiresAt` is no date
 * (the schema reports it; the model has no dated artifact for it). A document
 * modelled again after a worker thread read it takes the worker's facts
 * instead of parsing the dates and finding the positions a second time.
 */
export type ReadArtifact = (source: SourceDocument, path: DocPath, declaration: DatedArtifact['declaration']) => ArtifactFacts | undefined;

export const readArtifact: ReadArtifact = (source, path, declaration) => {
  const expiresAt = parseInstant(declaration.expiresAt);
  if (!expiresAt) return undefined;
  const downloadedText = 'downloadedAt' in declaration ? declaration.downloadedAt : undefined;
  const downloadedAt = downloadedText === undefined ? undefined : parseInstant(downloadedText);
  return { expiresAt, downloadedAt, region: regionOf(source, [...path, 'expiresAt']) };
};

function isEntityList(name: string): name is EntityList {
  return (ENTITY_LISTS as readonly string[]).includes(name);
}

function collectArtifacts(organization: Organization, read: ReadArtifact): DatedArtifact[] {
  const artifacts: DatedArtifact[] = [];
  const add = (
    kind: DatedArtifact['kind'],
    id: string,
    path: DocPath,
    declaration: DatedArtifact['declaration'],
    service: Located<DeviceManagementService> | undefined,
    contentToken: Located<ContentToken> | undefined,
  ) => {
    const facts = read(organization.source, path, declaration);
    if (!facts) return;
    artifacts.push(new ModelArtifact(kind, id, organization, path, declaration, service, contentToken, facts.expiresAt, facts.downloadedAt, facts.region));
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
  return exactly(artifacts);
}
