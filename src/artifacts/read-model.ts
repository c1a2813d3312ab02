/**
 * The artifacts stage of the pipeline: after the model is built and before
 * the rules run, read the real file or secret behind every `ref` (tokens,
 * APNs certificates, public key certificates), attach what was read, record
 * references that were refused or unreadable, and scan the repository for
 * committed secrets. Declarations without a `ref` cost nothing.
 */
import type { DocPath } from '../load/index.js';
import type { ArtifactReading, DatedArtifact, Organization, PublicKeyReading, ReferenceProblem, RepositoryModel, SecretFile } from '../model/types.js';
import { decodeBase64Strict, sha256Hex, toBuffer, type Bytes } from './bytes.js';
import { readCertificate } from './certificate.js';
import { PASSPHRASE_NEEDED_REASON, WRONG_PASSPHRASE_REASON } from './pkcs12.js';
import { readContentToken } from './content-token.js';
import { describeKind, detectArtifact, type DetectedKind } from './detect.js';
import { createReferenceReader, type Environment, type ReferenceReader } from './references.js';
import { scanForSecrets } from './secrets-scan.js';
import { artifactLabel } from '../model/labels.js';
import { decryptServerToken, readServerToken } from './server-token.js';

type ReadOutcome = { source: 'file' | 'secret'; bytes: Bytes; location: string };

/** An MDM push certificate's topic (apple-artifacts.md): what tells it from any other certificate. */
const APNS_TOPIC_PREFIX = 'com.apple.mgmt.External.';

/** Fills `reading` of each dated artifact, `publicKeys`, `referenceProblems` and `secretFiles`. */
export function readModelArtifacts(model: RepositoryModel, env: Environment): void {
  const stage = new ArtifactsStage(model, env);
  for (const organization of model.organizations) stage.readOrganization(organization);
  stage.finish(model);
}

/**
 * `readModelArtifacts` in steps, with the same result: each organization as
 * soon as it is modelled (`readOrganization`, in model order), then the
 * committed-secret scan once every file is loaded (`finish`).
 */
export class ArtifactsStage {
  /** Filled as organizations are read; `finish` hands it to the model. */
  readonly publicKeys: RepositoryModel['publicKeys'] = new Map();
  private readonly referenceProblems: ReferenceProblem[] = [];
  private readonly reader: ReferenceReader;
  private readonly keyBundles = new Map<string, SecretFile['kind']>();

  constructor(basis: Pick<RepositoryModel, 'root' | 'config'>, env: Environment) {
    this.reader = createReferenceReader({ root: basis.root, env, maxFileBytes: basis.config.limits.maxFileBytes });
  }

  readOrganization(organization: Organization): void {
    const stage = new OrganizationReader(organization, this.reader, this.referenceProblems, this.keyBundles);
    for (const artifact of organization.artifacts) stage.readArtifact(artifact);
    for (const service of organization.services) {
      const ref = service.value.publicKey?.ref;
      if (ref === undefined) continue;
      const reading = stage.readPublicKey(ref, [...service.path, 'publicKey', 'ref'], `public key certificate of service \`${service.value.id}\``);
      if (reading) this.publicKeys.set(service, reading);
    }
  }

  /** After every organization of the model: its reference problems and public keys, and the committed-secret scan. */
  finish(model: RepositoryModel): void {
    for (const problem of this.referenceProblems) model.referenceProblems.push(problem);
    for (const [service, reading] of this.publicKeys) model.publicKeys.set(service, reading);
    const judged = model.yamlSecretKinds ?? new Map<string, undefined>();
    const loadedTexts = new Map(model.files.filter((file) => !judged.has(file.path) && file.text !== '').map((file) => [file.path, file.text]));
    const scanned = scanForSecrets(model.root, model.repositoryFiles, loadedTexts, model.config.limits.maxFileBytes, judged);
    // A .p12 whose key hides in an encrypted safe is a secret the scan cannot see without its passphrase.
    const opened = [...this.keyBundles].filter(([path]) => !scanned.some((secret) => secret.path === path)).map(([path, kind]) => ({ path, kind }));
    model.secretFiles = [...scanned, ...opened];
  }
}

/** Whole-file hash and the hash without surrounding whitespace (what `shasum` gives for Apple's own file). */
function hashesOf(bytes: Bytes): { sha256: string; sha256Exact?: string } {
  const buffer = toBuffer(bytes);
  const exact = sha256Hex(buffer);
  const trimmed = sha256Hex(Buffer.from(buffer.toString('latin1').replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ''), 'latin1'));
  return trimmed === exact ? { sha256: exact } : { sha256: trimmed, sha256Exact: exact };
}

/**
 * A binary .p12 kept as base64 text (in a CI secret, as import asks) is
 * identified by the hash of the file it encodes, as import writes it and
 * `shasum` prints it; the hash of the text itself matches too.
 */
function certificateHashes(bytes: Bytes, encoding: string): { sha256: string; sha256Exact?: string } {
  const buffer = toBuffer(bytes);
  if (encoding !== 'pkcs12' || buffer[0] === 0x30) return hashesOf(bytes);
  const decoded = decodeBase64Strict(buffer.toString('latin1'));
  return decoded.ok && decoded.complete ? { sha256: sha256Hex(decoded.bytes), sha256Exact: hashesOf(bytes).sha256 } : hashesOf(bytes);
}

class OrganizationReader {
  constructor(
    private readonly organization: Organization,
    private readonly reader: ReferenceReader,
    private readonly problems: ReferenceProblem[],
    /** Repository files that turned out to hold a private key once opened (a .p12 with its passphrase). */
    private readonly keyBundles: Map<string, SecretFile['kind']>,
  ) {}

  readArtifact(artifact: DatedArtifact): void {
    const ref = artifact.declaration.ref;
    if (ref === undefined) return;
    const refPath = [...artifact.path, 'ref'];
    const subject = artifactLabel(artifact);
    const read = this.follow(ref, refPath, subject);
    if (!read) return;
    const fail = (reason: string, expected: DetectedKind) => this.unreadableOrMismatch(read.bytes, expected, refPath, ref, subject, reason);
    if (artifact.kind === 'content-token') {
      const token = readContentToken(read.bytes);
      if (!token.ok) {
        fail(token.reason, 'content-token');
        return;
      }
      const sha256Exact = token.sha256 !== token.sha256Trimmed ? { sha256Exact: token.sha256 } : {};
      artifact.reading = { source: read.source, expiresAt: token.expiresAt, sha256: token.sha256Trimmed, ...sha256Exact };
    } else if (artifact.kind === 'apns-certificate') {
      const passphrase = this.passphraseOf(artifact, subject);
      if (passphrase === null) return;
      const certificate = readCertificate(read.bytes, passphrase === undefined ? {} : { passphrase });
      if (!certificate.ok) {
        const passphraseRef = 'passphrase' in artifact.declaration ? artifact.declaration.passphrase : undefined;
        if (passphraseRef !== undefined && (certificate.reason === PASSPHRASE_NEEDED_REASON || certificate.reason === WRONG_PASSPHRASE_REASON)) {
          // Its passphrase's variable unset: an offline run for this certificate, as for any unset env: secret (the declared dates stand).
          if (passphrase === undefined) return;
          // The .p12 is fine; its passphrase is wrong: said at `passphrase`, where it is fixed.
          this.report('unreadable', [...artifact.path, 'passphrase'], passphraseRef, `passphrase of the ${subject}`, WRONG_PASSPHRASE_REASON);
          return;
        }
        fail(certificate.reason, 'certificate');
        return;
      }
      // Whatever certificate it is, a committed file with its private key is a secret.
      if (read.source === 'file' && certificate.holdsPrivateKey) this.keyBundles.set(read.location, certificate.isApnsCertificate ? 'push-certificate-key' : 'private-key');
      // Another certificate's dates say nothing about the push certificate: never use them.
      if (certificate.apnsTopic?.startsWith(APNS_TOPIC_PREFIX) !== true) {
        const topic = certificate.apnsTopic === undefined ? 'no push topic (subject UID)' : `the topic ${certificate.apnsTopic}`;
        this.report('kind-mismatch', refPath, ref, subject, `a certificate with ${topic}, not an APNs push certificate (topic ${APNS_TOPIC_PREFIX}…)`);
        return;
      }
      artifact.reading = { source: read.source, expiresAt: certificate.notAfter, ...certificateHashes(read.bytes, certificate.encoding) };
    } else {
      const token = readServerToken(read.bytes);
      if (!token.ok) {
        fail(token.reason, 'service-token');
        return;
      }
      artifact.reading = { source: read.source, recipients: token.recipients, ...hashesOf(read.bytes) };
      this.decrypt(artifact, artifact.reading, read.bytes, subject);
    }
  }

  readPublicKey(ref: string, refPath: DocPath, subject: string): PublicKeyReading | undefined {
    const read = this.follow(ref, refPath, subject);
    if (!read) return undefined;
    const certificate = readCertificate(read.bytes);
    if (!certificate.ok) {
      this.unreadableOrMismatch(read.bytes, 'certificate', refPath, ref, subject, certificate.reason);
      return undefined;
    }
    const { subject: name, issuer, issuerAttributes, serialNumber } = certificate;
    return { source: read.source, subject: name, issuer, issuerAttributes, serialNumber, ...hashesOf(read.bytes) };
  }

  /** The real expiry of a service token needs its private key (`privateKey: env:NAME`); without it only the recipient is known. */
  private decrypt(artifact: DatedArtifact, reading: ArtifactReading, token: Bytes, subject: string): void {
    const keyRef = 'privateKey' in artifact.declaration ? artifact.declaration.privateKey : undefined;
    if (keyRef === undefined) return;
    const keyPath = [...artifact.path, 'privateKey'];
    if (!keyRef.startsWith('env:')) {
      this.report('unreadable', keyPath, keyRef, `private key of the ${subject}`, 'a private key may only come from `env:`, never from a file in the repository');
      return;
    }
    const key = this.follow(keyRef, keyPath, `private key of the ${subject}`);
    if (!key) return;
    const decrypted = decryptServerToken(token, key.bytes);
    if (decrypted.ok) {
      reading.expiresAt = decrypted.accessTokenExpiry;
      return;
    }
    const onKey = decrypted.cause === 'key';
    const ref = onKey ? keyRef : (artifact.declaration.ref ?? keyRef);
    this.report('unreadable', onKey ? keyPath : [...artifact.path, 'ref'], ref, onKey ? `private key of the ${subject}` : subject, decrypted.reason);
  }

  /** `undefined`: none declared or its secret unset; `null`: declared but refused (already reported). */
  private passphraseOf(artifact: DatedArtifact, subject: string): string | undefined | null {
    const passphraseRef = 'passphrase' in artifact.declaration ? artifact.declaration.passphrase : undefined;
    if (passphraseRef === undefined) return undefined;
    const read = this.follow(passphraseRef, [...artifact.path, 'passphrase'], `passphrase of the ${subject}`);
    return read === undefined ? undefined : toBuffer(read.bytes).toString('utf8');
  }

  /**
   * A target that is readable as another kind of artifact is a kind mismatch
   * (the key points at the wrong file); anything else is unreadable. A bundle
   * with a private key (combined PEM, .p12) still counts as a certificate.
   */
  private unreadableOrMismatch(bytes: Bytes, expected: DetectedKind, path: DocPath, ref: string, subject: string, reason: string): void {
    const found = detectArtifact(bytes);
    const compatible = found === expected || found === 'unknown' || (expected === 'certificate' && found === 'private-key');
    if (compatible) this.report('unreadable', path, ref, subject, reason);
    else this.report('kind-mismatch', path, ref, subject, `${describeKind(found)}, not ${describeKind(expected)}`);
  }

  /** Reads behind a reference; refusals and unreadable targets become problems, an unset secret is silence. */
  private follow(ref: string, path: DocPath, subject: string): ReadOutcome | undefined {
    const outcome = this.reader.read(ref, this.organization.source.file.absolutePath);
    switch (outcome.status) {
      case 'read':
        return { source: outcome.source, bytes: outcome.bytes, location: outcome.location };
      case 'unset':
        return undefined;
      case 'outside-repo':
      case 'unreadable':
        this.report(outcome.status, path, ref, subject, outcome.reason);
        return undefined;
    }
  }

  private report(kind: ReferenceProblem['kind'], path: DocPath, ref: string, subject: string, reason: string): void {
    this.problems.push({ kind, organization: this.organization, path, ref, subject, reason });
  }
}
