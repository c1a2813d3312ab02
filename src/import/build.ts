/**
 * Readings of files → one organization document. Pure: every choice made
 * where the files do not say (which unit is primary, which service an APNs
 * certificate belongs to, a server token's expiry without its key) is
 * written down as a note, so the person reviewing the pull request sees it.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { recipientMatchesCertificate } from '../model/recipients.js';
import type { ApnsCertificate, ContentToken, DeviceManagementService, OrganizationDocument, Product, ServiceToken, Unit } from '../base/schema-types.js';
import { envName, guessVendor, nameKey, stem, uniqueId } from './names.js';
import type { CertificateReading, ContentTokenReading, KeyCandidate, Reading, ServerTokenReading } from './readings.js';

export interface ImportOptions {
  /** `metadata.name`. */
  organization: string;
  product: Product;
  /** The organization's name in Apple, when already known (an existing file's `displayName`): tokens of another organization are refused. */
  knownOrgName?: string;
  /** Folder of the organization file: `file:` refs are relative to it. */
  documentFolder: string;
  /** Root of the config repository: a file outside it cannot be referenced. */
  repositoryRoot: string;
}

export interface Note {
  /** The file concerned, as the user sees it. */
  file?: string;
  message: string;
}

/** A secret that goes into the environment instead of the repository. */
export interface VariableToSet {
  name: string;
  /** The file (or `--private-key`) whose content the variable holds. */
  from: string;
  what: string;
  /** `base64`: the file is binary, so the variable holds its base64 text. */
  encoding?: 'base64';
  sha256?: string;
}

export interface ImportResult {
  document: OrganizationDocument;
  variables: VariableToSet[];
  /** Choices made where the files do not say. */
  notes: Note[];
  /** Files not imported, and why. */
  skipped: Note[];
  /** Secret files found: they must stay out of git. */
  secrets: Note[];
  /** Token and certificate objects whose `expiresAt` is an estimate, not read from the artifact. */
  estimated: WeakSet<object>;
  /** The file each imported entry was read from (as the user sees it), for conflict messages. */
  sources: WeakMap<object, string>;
  /** The primary unit when nothing said the organization's name: Apple's units replace it. */
  placeholderUnit?: Unit;
}

const YEAR_MS = 365 * 86_400_000;

export function isoInstant(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

export function buildImport(readings: readonly Reading[], options: ImportOptions): ImportResult {
  const result: ImportResult = {
    document: { apiVersion: 'abm-gitops/v1', kind: 'Organization', metadata: { name: options.organization }, spec: { product: options.product, units: [] } },
    variables: [],
    notes: [],
    skipped: [],
    secrets: [],
    estimated: new WeakSet(),
    sources: new WeakMap(),
  };
  const context = new Context(options, result);
  for (const reading of readings) {
    if (reading.kind === 'unreadable') result.skipped.push({ file: reading.file.shown, message: reading.reason });
    else if (reading.kind === 'private-key') {
      result.secrets.push({ file: reading.file.shown, message: 'a private key' });
      if (reading.locked !== undefined) result.skipped.push({ file: reading.file.shown, message: reading.locked });
    } else if (reading.kind === 'decrypted-server-token') result.secrets.push({ file: reading.file.shown, message: 'a decrypted server token' });
    else if (reading.kind === 'content-token') result.secrets.push({ file: reading.file.shown, message: 'a content token' });
    else if ((reading.kind === 'apns-certificate' || reading.kind === 'public-key') && reading.secret)
      result.secrets.push({ file: reading.file.shown, message: 'a certificate together with its private key' });
  }
  const orgName = context.decideOrgName(readings.filter((r): r is ContentTokenReading => r.kind === 'content-token'));
  if (orgName !== undefined) result.document.metadata.displayName = orgName;
  context.addPrimaryUnit(orgName);
  context.addServices(readings);
  context.addContentTokens(
    readings.filter((r): r is ContentTokenReading => r.kind === 'content-token'),
    orgName,
  );
  const spec = result.document.spec;
  if (spec.deviceManagementServices?.length === 0) delete spec.deviceManagementServices;
  if (spec.contentTokens?.length === 0) delete spec.contentTokens;
  return result;
}

class Context {
  private readonly unitIds = new Set<string>();
  private readonly serviceIds = new Set<string>();
  private readonly tokenIds = new Set<string>();
  private readonly unitsByName = new Map<string, Unit>();

  constructor(
    private readonly options: ImportOptions,
    private readonly result: ImportResult,
  ) {}

  private get spec() {
    return this.result.document.spec;
  }

  private note(file: string | undefined, message: string): void {
    this.result.notes.push(file === undefined ? { message } : { file, message });
  }

  private skip(file: string, message: string): void {
    this.result.skipped.push({ file, message });
  }

  /** `file:` + the path from the organization file, or undefined (and a note) when it lies outside the repository. */
  private fileRef(reading: { file: { absolute: string; shown: string } }): string | undefined {
    const fromRoot = relative(this.options.repositoryRoot, reading.file.absolute);
    if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) {
      this.note(
        reading.file.shown,
        'outside the repository, so the document cannot point at it (a `file:` ref must stay inside): copy it into the repository and import again to add its `ref`',
      );
      return undefined;
    }
    const path = relative(this.options.documentFolder, reading.file.absolute).split(sep).join('/');
    // eslint-disable-next-line no-control-regex -- a line break cannot be part of a `file:` reference
    if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(path)) {
      this.note(reading.file.shown, 'its name holds a line break or control character, which a `file:` reference cannot: rename the file and import again to add its `ref`');
      return undefined;
    }
    return `file:${path}`;
  }

  /** A certificate file is referenced where it lies; one that holds its private key too is a secret, taken from a variable. */
  private certificateRef(certificate: CertificateReading, service: DeviceManagementService, suffix: string, what: string): string | undefined {
    if (!certificate.secret) return this.fileRef(certificate);
    const name = envName(this.options.organization, service.id, suffix);
    this.result.variables.push({
      name,
      from: certificate.file.shown,
      what: `the ${what} with its private key for ${service.name ?? service.id}`,
      ...(certificate.binary ? { encoding: 'base64' as const } : {}),
      sha256: certificate.sha256,
    });
    return `env:${name}`;
  }

  /** The organization's name in Apple: the known one, else the one most content tokens carry. */
  decideOrgName(tokens: readonly ContentTokenReading[]): string | undefined {
    if (this.options.knownOrgName !== undefined) return this.options.knownOrgName;
    const counts = new Map<string, { name: string; count: number }>();
    for (const token of tokens) {
      const entry = counts.get(nameKey(token.orgName)) ?? { name: token.orgName, count: 0 };
      entry.count++;
      counts.set(nameKey(token.orgName), entry);
    }
    const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
    if (ranked.length > 1 && ranked[0]!.count === ranked[1]!.count) {
      this.note(
        undefined,
        `the content tokens belong to ${ranked.length} organizations (${ranked.map((entry) => JSON.stringify(entry.name)).join(', ')}) in equal numbers: import one customer's folder at a time`,
      );
      return undefined;
    }
    return ranked[0]?.name;
  }

  addPrimaryUnit(orgName: string | undefined): void {
    const name = orgName ?? this.options.organization;
    const unit: Unit = { id: uniqueId(name, 'main', this.unitIds), name, primary: true };
    if (orgName === undefined) {
      this.note(undefined, `the primary unit's name "${name}" is a placeholder: no content token says the organization's name; write the name Apple's portal shows`);
      this.result.placeholderUnit = unit;
    }
    this.spec.units.push(unit);
    this.unitsByName.set(nameKey(name), unit);
  }

  private unitFor(location: string): Unit {
    const known = this.unitsByName.get(nameKey(location));
    if (known) return known;
    const unit: Unit = { id: uniqueId(location, 'unit', this.unitIds), name: location };
    this.spec.units.push(unit);
    this.unitsByName.set(nameKey(location), unit);
    return unit;
  }

  addContentTokens(tokens: readonly ContentTokenReading[], orgName: string | undefined): void {
    const chosen = new Map<Unit, ContentTokenReading>();
    const seen = new Map<string, ContentTokenReading>();
    for (const token of tokens) {
      if (orgName === undefined || nameKey(token.orgName) !== nameKey(orgName)) {
        const whose = orgName === undefined ? '' : `, not ${JSON.stringify(orgName)}`;
        this.skip(token.file.shown, `a content token of another organization (${JSON.stringify(token.orgName)}${whose}): not imported`);
        continue;
      }
      const same = seen.get(token.sha256);
      if (same) {
        this.note(token.file.shown, `the same token as ${same.file.shown} (same sha256): imported once`);
        continue;
      }
      seen.set(token.sha256, token);
      if (!token.name.conventional)
        this.note(
          token.file.shown,
          `its name does not follow Apple's sToken_for_<location>.vpptoken, so its unit is named after the file ("${token.name.location}"): check the unit`,
        );
      const unit = this.unitFor(token.name.location);
      const other = chosen.get(unit);
      if (other === undefined) {
        chosen.set(unit, token);
        continue;
      }
      const [newer, older] = token.expiresAt > other.expiresAt ? [token, other] : [other, token];
      chosen.set(unit, newer);
      this.skip(older.file.shown, `an older content token for unit ${unit.id} than ${newer.file.shown} (expires ${isoInstant(older.expiresAt)}): not imported`);
    }
    const entries: ContentToken[] = [];
    for (const [unit, token] of chosen) {
      const variable = envName('VPP_TOKEN', this.options.organization, unit.id);
      const entry: ContentToken = {
        id: uniqueId(`${unit.id}-apps`, 'apps', this.tokenIds),
        unit: unit.id,
        ref: `env:${variable}`,
        sha256: token.sha256,
        expiresAt: isoInstant(token.expiresAt),
      };
      this.result.sources.set(entry, token.file.shown);
      if (!this.result.sources.has(unit)) this.result.sources.set(unit, token.file.shown);
      entries.push(entry);
      this.result.variables.push({ name: variable, from: token.file.shown, what: `the content token for ${unit.name}`, sha256: token.sha256 });
    }
    if (entries.length > 0) this.spec.contentTokens = entries;
  }

  addServices(readings: readonly Reading[]): void {
    const tokens = this.newestPerService(readings.filter((r): r is ServerTokenReading => r.kind === 'service-token'));
    const publicKeys = readings.filter((r): r is CertificateReading => r.kind === 'public-key');
    const apns = readings.filter((r): r is CertificateReading => r.kind === 'apns-certificate');
    const usedKeys = new Set<CertificateReading>();
    const services: Array<{ service: DeviceManagementService; token: ServerTokenReading }> = [];
    for (const token of tokens) {
      const service = this.serviceFor(token);
      const certificate = publicKeys.find((candidate) => recipientMatchesCertificate(token, candidate.certificate));
      if (certificate) {
        usedKeys.add(certificate);
        const ref = this.certificateRef(certificate, service, 'PUBLIC_KEY', 'public key certificate');
        if (ref !== undefined) service.publicKey = { ref, sha256: certificate.sha256 };
        if (service.publicKey) this.result.sources.set(service.publicKey, certificate.file.shown);
      } else {
        const recipient = token.recipients[0];
        this.note(
          token.file.shown,
          `no public key certificate here is its recipient (${recipient?.issuer ?? 'unknown'}, serial ${recipient?.serialNumber ?? '?'}): add the certificate you uploaded to Apple to check it`,
        );
      }
      services.push({ service, token });
    }
    for (const certificate of publicKeys) {
      if (usedKeys.has(certificate)) continue;
      const twin = [...usedKeys].find((used) => used.certificate.sha256Fingerprint === certificate.certificate.sha256Fingerprint);
      this.skip(
        certificate.file.shown,
        twin
          ? `the same certificate as ${twin.file.shown}: imported once`
          : 'a certificate that no server token here was made for: not imported (import it together with its service token)',
      );
    }
    this.attachApns(apns, services);
    if (services.length > 0) this.spec.deviceManagementServices = services.map((entry) => inSpecOrder(entry.service));
  }

  /** One token per service name: a second download of the same service replaced the first at Apple. */
  private newestPerService(tokens: readonly ServerTokenReading[]): ServerTokenReading[] {
    const byName = new Map<string, ServerTokenReading>();
    const when = (token: ServerTokenReading): number => token.expiresAt?.getTime() ?? (token.name.downloadedAt?.getTime() ?? 0) + YEAR_MS;
    for (const token of tokens) {
      const key = nameKey(token.name.service);
      const other = byName.get(key);
      if (other !== undefined && other.sha256 === token.sha256) {
        this.note(token.file.shown, `the same token as ${other.file.shown} (same sha256): imported once`);
        continue;
      }
      if (other === undefined || when(token) > when(other)) byName.set(key, token);
      if (other !== undefined) {
        const older = byName.get(key) === token ? other : token;
        this.skip(older.file.shown, `an older server token for service "${token.name.service}" than ${byName.get(key)!.file.shown}: not imported`);
      }
    }
    return [...byName.values()];
  }

  private serviceFor(token: ServerTokenReading): DeviceManagementService {
    const name = token.name.service;
    const { vendor, guessed } = guessVendor(name);
    const service: DeviceManagementService = { id: uniqueId(name, 'service', this.serviceIds), type: 'external', name, vendor };
    if (!token.name.conventional)
      this.note(
        token.file.shown,
        `its name does not follow Apple's <service>_Token_<date>_smime.p7m, so the service is named after the file ("${name}"): write the name Apple's portal shows`,
      );
    if (guessed) this.note(token.file.shown, `vendor of service "${name}" set to other: the name does not say which MDM it is; set vendor`);
    const serviceToken = this.serviceToken(token, service);
    if (serviceToken) service.serviceToken = serviceToken;
    this.result.sources.set(service, token.file.shown);
    if (serviceToken) this.result.sources.set(serviceToken, token.file.shown);
    return service;
  }

  private serviceToken(token: ServerTokenReading, service: DeviceManagementService): ServiceToken | undefined {
    const ref = this.fileRef(token);
    const downloadedAt = token.name.downloadedAt;
    let expiresAt = token.expiresAt;
    let estimated = false;
    if (expiresAt === undefined) {
      if (downloadedAt === undefined) {
        this.skip(
          token.file.shown,
          `its expiry is unknown: no private key decrypts it${token.undecrypted ? ` (${token.undecrypted})` : ''} and its name carries no download date; give --private-key`,
        );
        return undefined;
      }
      expiresAt = new Date(downloadedAt.getTime());
      expiresAt.setUTCFullYear(expiresAt.getUTCFullYear() + 1);
      estimated = true;
      this.note(
        token.file.shown,
        `expiresAt ${isoInstant(expiresAt)} is estimated (downloaded ${isoInstant(downloadedAt)} + one year): ${token.undecrypted ?? 'give --private-key to read the real expiry'}`,
      );
    }
    const entry: ServiceToken = {
      ...(ref !== undefined ? { ref } : {}),
      sha256: token.sha256,
      ...(token.decryptedWith ? { privateKey: `env:${token.decryptedWith.envName}` } : {}),
      ...(downloadedAt !== undefined ? { downloadedAt: isoInstant(downloadedAt) } : {}),
      expiresAt: isoInstant(expiresAt),
    };
    if (token.decryptedWith) this.keyVariable(token.decryptedWith, service);
    if (estimated) this.result.estimated.add(entry);
    return entry;
  }

  private keyVariable(key: KeyCandidate, service: DeviceManagementService): void {
    const known = this.result.variables.find((variable) => variable.name === key.envName);
    if (known) {
      known.what = `${known.what}, ${service.name}`;
      return;
    }
    this.result.variables.push({ name: key.envName, from: key.label, what: `the private key that decrypts the server token of ${service.name}` });
  }

  /** The variable `--passphrase` named, to set wherever validate runs (CI) as well. */
  private passphraseVariable(certificate: CertificateReading, service: DeviceManagementService): string {
    const name = certificate.passphraseEnv!;
    if (!this.result.variables.some((variable) => variable.name === name)) {
      this.result.variables.push({ name, from: `--passphrase env:${name}`, what: `the passphrase of the APNs push certificate for ${service.name ?? service.id}` });
    }
    return name;
  }

  /** An APNs certificate goes to the service its file name names, else the one whose token sits in the same folder, else the only one. */
  private attachApns(certificates: readonly CertificateReading[], services: ReadonlyArray<{ service: DeviceManagementService; token: ServerTokenReading }>): void {
    const chosen = new Map<DeviceManagementService, CertificateReading>();
    for (const certificate of certificates) {
      const target = this.apnsTarget(certificate, services);
      if (target === undefined) {
        const why = services.length === 0 ? 'there is no server token here to tie it to a service' : 'its name does not say which service it belongs to';
        this.skip(
          certificate.file.shown,
          `an APNs certificate (${certificate.certificate.apnsTopic ?? 'no topic'}) not imported: ${why}; name the file after the service (e.g. "<service>_apns.pem") or import it with that service's token`,
        );
        continue;
      }
      const other = chosen.get(target);
      if (other === undefined || certificate.certificate.notAfter > other.certificate.notAfter) chosen.set(target, certificate);
      if (other !== undefined) {
        const older = chosen.get(target) === certificate ? other : certificate;
        this.skip(older.file.shown, `an older APNs certificate for service "${target.name}" than ${chosen.get(target)!.file.shown}: not imported`);
      }
    }
    for (const [service, certificate] of chosen) {
      const ref = this.certificateRef(certificate, service, 'APNS', 'APNs push certificate');
      const entry: ApnsCertificate = {
        ...(ref !== undefined ? { ref } : {}),
        ...(certificate.passphraseEnv !== undefined ? { passphrase: `env:${this.passphraseVariable(certificate, service)}` } : {}),
        sha256: certificate.sha256,
        downloadedAt: isoInstant(certificate.certificate.notBefore),
        expiresAt: isoInstant(certificate.certificate.notAfter),
      };
      service.apnsCertificate = entry;
      this.result.sources.set(entry, certificate.file.shown);
    }
  }

  private apnsTarget(
    certificate: CertificateReading,
    services: ReadonlyArray<{ service: DeviceManagementService; token: ServerTokenReading }>,
  ): DeviceManagementService | undefined {
    const name = nameKey(stem(certificate.file.shown)).replace(/[\s_-]+/g, ' ');
    const named = services.filter(({ service }) => [service.name ?? '', service.id].some((label) => name.includes(nameKey(label).replace(/[\s_-]+/g, ' '))));
    if (named.length === 1) return named[0]!.service;
    const folder = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf(sep)));
    const beside = services.filter(({ token }) => folder(token.file.absolute) === folder(certificate.file.absolute));
    if (beside.length === 1) return beside[0]!.service;
    return services.length === 1 ? services[0]!.service : undefined;
  }
}

/** Keys in the order the documented examples show them, so the document reads like the format's own example. */
function inSpecOrder(service: DeviceManagementService): DeviceManagementService {
  const { publicKey, serviceToken, apnsCertificate, ...rest } = service;
  return { ...rest, ...(publicKey ? { publicKey } : {}), ...(serviceToken ? { serviceToken } : {}), ...(apnsCertificate ? { apnsCertificate } : {}) };
}
