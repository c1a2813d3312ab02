import type { ArtifactKind, Region } from '../base/findings.js';
import type { ResolvedConfig } from '../config/index.js';
import { type DocPath, type ParseProblem, type SourceDocument, type SourceFile } from '../load/index.js';
import type { SchemaProblem } from '../schema/index.js';
import type { LiveState } from './live-state.js';
import type { DnAttribute, TokenRecipient } from './recipients.js';
import type { Account, AppleApiCredentials, ApnsCertificate, ContentToken, DeviceManagementService, Product, Role, ServiceToken, Unit } from '../base/schema-types.js';

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
  /**
   * SHA-256 of the token bytes without surrounding whitespace (Apple's files
   * have none; secret stores add a newline), for spotting one token behind two references.
   */
  sha256?: string;
  /** SHA-256 of the exact bytes, when surrounding whitespace makes it differ from `sha256`. */
  sha256Exact?: string;
  /** Service tokens: the certificates (issuer + serial) the token was encrypted to, read without the private key. */
  recipients?: readonly TokenRecipient[];
}

/** The public key certificate behind a service's `publicKey.ref`, as read. */
export interface PublicKeyReading {
  source: 'file' | 'secret';
  subject: string;
  issuer: string;
  issuerAttributes: readonly DnAttribute[];
  serialNumber: string;
  sha256: string;
  sha256Exact?: string;
}

/** A `ref` (or `privateKey`) that could not be followed or whose target could not be understood. */
export interface ReferenceProblem {
  /** `kind-mismatch`: the target was read and is another kind of artifact than the key expects. */
  kind: 'outside-repo' | 'unreadable' | 'kind-mismatch';
  organization: Organization;
  /** Path of the key holding the reference: `…ref`, or `…serviceToken.privateKey` for a key problem. */
  path: DocPath;
  /** The reference as written (`file:…` / `env:NAME`): never the secret behind it. */
  ref: string;
  /** What the reference was expected to lead to, e.g. "service token of service `jamf-prod`". */
  subject: string;
  /** One line, no secret material. */
  reason: string;
}

/** A file of the repository that holds a secret (found by the committed-secret scan). */
export interface SecretFile {
  /** Relative to the root, forward slashes. */
  path: string;
  /** `push-certificate-key`: an APNs push certificate together with its private key (.p12, combined PEM). */
  kind: 'private-key' | 'push-certificate-key' | 'decrypted-server-token' | 'content-token';
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
  /** Where `expiresAt` is written, for the `tokens` list's links. */
  expiresAtRegion: Region;
  downloadedAt?: Date;
  reading?: ArtifactReading;
  /** The expiry Apple gave during `--online` (the live-state stage); see `realExpiry`. */
  appleExpiresAt?: Date;
}

export interface Organization {
  name: string;
  displayName?: string;
  product: Product;
  essentialsSubscription?: string;
  owners: string[];
  /** `spec.appleApi`, when declared and well-formed: the Apple Business API account `--online` uses. */
  appleApi?: AppleApiCredentials;
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
  /** Every regular file below the root (relative, sorted): the committed-secret scan reads them. */
  repositoryFiles: string[];
  /** Every organization document that declares `kind: Organization`, valid or not. */
  organizationDocuments: SourceDocument[];
  /** The organizations whose shape the schema accepted (entries it rejected are left out). */
  organizations: Organization[];
  /** Problems found while reading files (syntax, encoding, limits), for the rules that report them. */
  parseProblems: Array<{ file: SourceFile; problem: ParseProblem }>;
  schemaProblems: Array<{ document: SourceDocument; problem: SchemaProblem }>;
  /** References that were refused or could not be read (filled in by the artifacts stage). */
  referenceProblems: ReferenceProblem[];
  /** The public key certificate read for each service whose `publicKey.ref` could be read. */
  publicKeys: Map<Located<DeviceManagementService>, PublicKeyReading>;
  /** Files holding a private key, a decrypted server token or a content token. */
  secretFiles: SecretFile[];
  /**
   * Set when abm-gitops.yml is invalid: the one line that says so. Then the
   * model holds only that file and its mistakes (as parse and schema
   * problems, so every format reports them), and the run exits 2.
   */
  invalidConfig?: string;
  /**
   * The committed-secret check of each loaded YAML file (by path), made while
   * its text was in memory; files judged here are not read again by the scan.
   */
  yamlSecretKinds?: ReadonlyMap<string, SecretFile['kind'] | undefined>;
  /** What Apple said during `validate --online` (the live-state stage); absent offline, so online rules stay silent. */
  liveState?: LiveState;
  now: Date;
}
