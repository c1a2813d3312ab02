import type { DocPath, SourceDocument } from '../../load/index.js';
import { DAY_MS, formatDay } from '../../base/dates.js';
import type { ArtifactReading, DatedArtifact, PublicKeyReading } from '../../model/types.js';
import type { Rule, RuleReport } from '../types.js';
import { artifactLabel } from '../../model/labels.js';
import { realExpiry } from '../../model/live.js';

/**
 * The declaration disagrees with the real file or secret behind its `ref`:
 * the expiry (more than one day apart: Apple shows dates, files carry
 * times), or a declared `sha256` that is not the real file's hash. Both mean
 * the YAML still describes another token, usually the one before a renewal.
 */
export const declaredExpiryMismatch: Rule = {
  meta: {
    id: 'declared-expiry-mismatch',
    defaultSeverity: 'error',
    summary: 'The real expiry read from the referenced file or secret differs from `expiresAt` by more than a day (or the declared `sha256` is not the real one).',
    sources: [],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      for (const artifact of organization.artifacts) {
        const expiry = expiryReport(artifact);
        if (expiry) yield expiry;
        const reading = artifact.reading;
        if (!reading) continue;
        const declared = artifact.declaration.sha256;
        if (declared !== undefined && !hashMatches(reading, declared)) {
          yield hashReport(
            artifact.organization.source,
            [...artifact.path, 'sha256'],
            `${artifactLabel(artifact)} in organization \`${organization.name}\``,
            artifact.declaration.ref,
            reading,
          );
        }
      }
      for (const service of organization.services) {
        const declared = service.value.publicKey?.sha256;
        const reading = model.publicKeys.get(service);
        if (declared === undefined || reading === undefined || hashMatches(reading, declared)) continue;
        const label = `public key certificate of service \`${service.value.id}\` in organization \`${organization.name}\``;
        yield hashReport(organization.source, [...service.path, 'publicKey', 'sha256'], label, service.value.publicKey?.ref, reading);
      }
    }
  },
};

function expiryReport(artifact: DatedArtifact): RuleReport | undefined {
  const known = realExpiry(artifact);
  if (!known || Math.abs(known.expiresAt.getTime() - artifact.expiresAt.getTime()) <= DAY_MS) return undefined;
  const real = known.expiresAt;
  const ref = artifact.declaration.ref;
  const where = known.source === 'apple' ? "Apple's Apps and Books API, asked with the token" : known.source === 'file' ? `the file behind \`${ref}\`` : `the secret \`${ref}\``;
  return {
    at: { document: artifact.organization.source, path: [...artifact.path, 'expiresAt'] },
    message:
      `The ${artifactLabel(artifact)} in organization \`${artifact.organization.name}\` really expires on ${formatDay(real)} (read from ${where}), ` +
      `but \`expiresAt\` says ${formatDay(artifact.expiresAt)}: the declared date is what people and renewal pull requests go by, so it must be the real one. ` +
      `Set \`expiresAt: ${formatDay(real)}\`, or check that the reference points at the current token.`,
  };
}

/** `sha256` is declared as `shasum -a 256 <file>`; a secret store may have added or dropped a trailing newline. */
type HashedReading = Pick<ArtifactReading | PublicKeyReading, 'source' | 'sha256' | 'sha256Exact'>;

function hashMatches(reading: HashedReading, declared: string): boolean {
  const wanted = declared.toLowerCase();
  return reading.sha256 === undefined || wanted === reading.sha256 || wanted === reading.sha256Exact;
}

function hashReport(document: SourceDocument, path: DocPath, label: string, ref: string | undefined, reading: HashedReading): RuleReport {
  // What `shasum -a 256` prints for the committed file; for a secret, the token as Apple wrote it (no trailing newline).
  const real = reading.source === 'file' ? (reading.sha256Exact ?? reading.sha256) : reading.sha256;
  return {
    at: { document, path },
    message:
      `The declared \`sha256\` of the ${label} is not the hash of what \`${ref ?? 'ref'}\` holds (${real}): the declaration describes another file, ` +
      'usually the one before a renewal, so the checks that compare tokens by hash look at the wrong one. ' +
      `Set \`sha256: ${real}\` if the referenced file is the current one.`,
  };
}
