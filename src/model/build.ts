import { type DocPath, regionOf, type SourceDocument } from '../load/index.js';
import { exactly } from '../base/arrays.js';
import { parseInstant } from '../base/dates.js';
import type { Region } from '../base/findings.js';
import type { ContentToken, DeviceManagementService, OrganizationDocument } from '../base/schema-types.js';
import { DeclaredIds, FirstById, ModelArtifact, childPath, entryPath } from './compact.js';
import { ENTITY_LISTS, type DatedArtifact, type EntityList, type Located, type Organization } from './types.js';

/**
 * Builds the model of one organization from a document the schema has
 * checked. `rejected` holds the paths of the schema's problems: a list entry
 * with a problem is left out (its id still counts as declared, so nothing
 * that references it reads as dangling); a problem outside the lists means
 * the document cannot be modelled at all.
 */
export function buildOrganization(source: SourceDocument, rejected: readonly DocPath[], read: ReadArtifact = readArtifact): Organization | undefined {
  const modelled = modelledLists(source, rejected);
  if (!modelled) return undefined;
  const { lists, declaredIds, appleApiRejected } = modelled;
  const document = source.value as OrganizationDocument;
  const spec = document.spec;
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
  const artifacts: DatedArtifact[] = [];
  forEachDatedDeclaration(lists.deviceManagementServices, lists.contentTokens, (kind, id, path, declaration, service, contentToken) => {
    const facts = read(source, path, declaration);
    if (!facts) return;
    // A content token's service is the first service with its id, as `servicesById` finds it.
    const serviceOf = contentToken && contentToken.value.service !== undefined ? organization.servicesById.get(contentToken.value.service) : service;
    artifacts.push(new ModelArtifact(kind, id, organization, path, declaration, serviceOf, contentToken, facts.expiresAt, facts.downloadedAt, facts.region));
  });
  organization.artifacts = exactly(artifacts);
  return organization;
}

/**
 * Reads the artifacts' declarations of a document as `buildOrganization`
 * would, in the same order, without building the organization (a worker
 * thread only records what `read` returns; the main thread builds the model).
 */
export function readDeclaredArtifacts(source: SourceDocument, rejected: readonly DocPath[], read: ReadArtifact): void {
  const modelled = modelledLists(source, rejected);
  if (!modelled) return;
  forEachDatedDeclaration(modelled.lists.deviceManagementServices, modelled.lists.contentTokens, (_kind, _id, path, declaration) => void read(source, path, declaration));
}

type EntityLists = { [K in EntityList]: Located<NonNullable<OrganizationDocument['spec'][K]>[number]>[] };

/**
 * The entries of each list the model keeps and the ids each declares, or
 * undefined when the document cannot be modelled. `rejected` holds the paths
 * of the schema's problems: a list entry with a problem is left out (its id
 * still counts as declared, so nothing that references it reads as
 * dangling); a problem outside the lists means no model at all.
 */
function modelledLists(source: SourceDocument, rejected: readonly DocPath[]): { lists: EntityLists; declaredIds: DeclaredIds; appleApiRejected: boolean } | undefined {
  const rejectedEntries = new Set<string>();
  // Broken API credentials only cost the online checks that need them, not the organization's offline rules.
  let appleApiRejected = false;
  for (const path of rejected) {
    const [top, section, list] = path;
    const inEntry = top === 'spec' && typeof section === 'string' && isEntityList(section) && typeof list === 'number';
    if (inEntry) rejectedEntries.add(`${section}/${list}`);
    else if (top === 'spec' && section === 'appleApi') appleApiRejected = true;
    else if (!(top === 'metadata' && (section === 'displayName' || section === 'owners'))) return undefined;
  }

  const spec = (source.value as OrganizationDocument).spec;
  const lists = {} as EntityLists;
  for (const list of ENTITY_LISTS) {
    const entries: Located<never>[] = [];
    (spec[list] ?? []).forEach((entry: unknown, index: number) => {
      if (rejectedEntries.size === 0 || !rejectedEntries.has(`${list}/${index}`)) entries.push({ value: entry as never, path: entryPath(list, index) });
    });
    (lists as Record<EntityList, Located<never>[]>)[list] = exactly(entries);
  }
  // Read from the document's lists when asked, rejected entries included (see `DeclaredIds`).
  return { lists, declaredIds: new DeclaredIds(spec), appleApiRejected };
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

/** Every dated declaration, in the model's order: each service's server token and APNs certificate, then each content token. */
function forEachDatedDeclaration(
  services: readonly Located<DeviceManagementService>[],
  contentTokens: readonly Located<ContentToken>[],
  visit: (
    kind: DatedArtifact['kind'],
    id: string,
    path: DocPath,
    declaration: DatedArtifact['declaration'],
    service: Located<DeviceManagementService> | undefined,
    contentToken: Located<ContentToken> | undefined,
  ) => void,
): void {
  for (const service of services) {
    const { serviceToken, apnsCertificate } = service.value;
    if (serviceToken) visit('service-token', service.value.id, childPath(service.path, 'serviceToken'), serviceToken, service, undefined);
    if (apnsCertificate) visit('apns-certificate', service.value.id, childPath(service.path, 'apnsCertificate'), apnsCertificate, service, undefined);
  }
  for (const token of contentTokens) visit('content-token', token.value.id, token.path, token.value, undefined, token);
}
