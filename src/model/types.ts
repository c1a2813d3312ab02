import type { ArtifactKind } from '../findings.js';
import type { ResolvedConfig } from '../load/config.js';
import type { ParseProblem } from '../load/parse.js';
import type { DocPath, SourceDocument, SourceFile } from '../load/source.js';
import type { SchemaProblem } from '../schema/index.js';
import type {
  Account,
  ApnsCertificate,
  ContentToken,
  DeviceManagementService,
  Product,
  Role,
  ServiceToken,
  Unit,
} from './schema-types.js';

/** A value together with the path where it stands in its document. */
export interface Located<T> {
  value: T;
  path: DocPath;
}

/** What reading the file or secret behind a `ref` found (filled in by the artifacts stage). */
export interface ArtifactReading {
  source: 'file' | 'secret';
  /** The real expiry, when the artifact carries one and could be read. */
  expiresAt?: Date;
  /** SHA-256 of the token bytes, for spotting one token behind two references. */
  sha256?: string;
}

/** Every token or certificate with a declared expiry, whatever its kind. */
export interface DatedArtifact {
  kind: ArtifactKind;
  /** The content token's id, or the service's id for its service token and APNs certificate. */
  id: string;
  organization: Organization;
  /** Path of the token's own mapping (the content token entry, `serviceToken`, `apnsCertificate`). */
  path: DocPath;
  declaration: ServiceToken | ContentToken | ApnsCertificate;
  service?: Located<DeviceManagementService>;
  contentToken?: Located<ContentToken>;
  expiresAt: Date;
  downloadedAt?: Date;
  reading?: ArtifactReading;
}

export interface Organization {
  name: string;
  displayName?: string;
  product: Product;
  essentialsSubscription?: string;
  owners: string[];
  source: SourceDocument;
  units: Located<Unit>[];
  roles: Located<Role>[];
  accounts: Located<Account>[];
  services: Located<DeviceManagementService>[];
  contentTokens: Located<ContentToken>[];
  unitsById: ReadonlyMap<string, Located<Unit>>;
  rolesById: ReadonlyMap<string, Located<Role>>;
  accountsById: ReadonlyMap<string, Located<Account>>;
  servicesById: ReadonlyMap<string, Located<DeviceManagementService>>;
  /**
   * Ids declared in each list, including entries left out of the model
   * because the schema rejected them: a reference to them is not dangling.
   */
  declaredIds: Readonly<Record<EntityList, ReadonlySet<string>>>;
  artifacts: DatedArtifact[];
}

export type EntityList = 'units' | 'roles' | 'accounts' | 'deviceManagementServices' | 'contentTokens';
export const ENTITY_LISTS: readonly EntityList[] = ['units', 'roles', 'accounts', 'deviceManagementServices', 'contentTokens'];

/** Everything the rules look at. Built once per run; rules never mutate it. */
export interface RepositoryModel {
  /** Absolute path of the validated root. */
  root: string;
  config: ResolvedConfig;
  files: SourceFile[];
  /** Every organization document that declares `kind: Organization`, valid or not. */
  organizationDocuments: SourceDocument[];
  /** The organizations whose shape the schema accepted (entries it rejected are left out). */
  organizations: Organization[];
  /** Problems found while reading files (syntax, encoding, limits), for the rules that report them. */
  parseProblems: Array<{ file: SourceFile; problem: ParseProblem }>;
  schemaProblems: Array<{ document: SourceDocument; problem: SchemaProblem }>;
  now: Date;
}
