import { posix } from 'node:path';
import type { ContentToken } from '../base/schema-types.js';
import type { Located, Organization } from './types.js';

/** One way of recognising a token, and the key a finding points at when it matches. */
export interface TokenIdentity {
  key: string;
  /** The key to point at; undefined points at the entry itself. */
  field: 'ref' | 'sha256' | undefined;
  /** How the match reads in a message. */
  describe: string;
}

/**
 * What makes two content token entries one token (docs/configuration.md,
 * "Tokens and identity"): the same `ref`, the same declared `sha256`, or the same real
 * hash read from the file or secret behind the `ref`. A `file:` ref counts
 * by the file it resolves to (it is relative to its YAML file), an `env:`
 * ref by the variable's name. An entry with none of these has no identity
 * and matches nothing.
 */
export function contentTokenIdentities(organization: Organization, token: Located<ContentToken>, realSha256: string | undefined): TokenIdentity[] {
  const identities: TokenIdentity[] = [];
  const { ref, sha256 } = token.value;
  if (ref !== undefined) identities.push({ key: `ref:${resolvedRef(organization, ref)}`, field: 'ref', describe: `the same \`ref\` (\`${ref}\`)` });
  if (sha256 !== undefined) identities.push({ key: `sha256:${sha256.toLowerCase()}`, field: 'sha256', describe: 'the same `sha256`' });
  const real = realSha256?.toLowerCase();
  if (real !== undefined && real !== sha256?.toLowerCase()) {
    identities.push({ key: `sha256:${real}`, field: ref === undefined ? undefined : 'ref', describe: 'the same token contents behind its `ref`' });
  }
  return identities;
}

function resolvedRef(organization: Organization, ref: string): string {
  if (!ref.startsWith('file:')) return ref;
  const directory = posix.dirname(organization.source.file.path);
  return `file:${posix.normalize(posix.join(directory, ref.slice('file:'.length)))}`;
}

/** The real hash of each content token whose file or secret the artifact readers could read. */
export function realHashes(organization: Organization): Map<Located<ContentToken>, string> {
  const hashes = new Map<Located<ContentToken>, string>();
  for (const artifact of organization.artifacts) {
    const sha256 = artifact.reading?.sha256;
    if (artifact.contentToken && sha256 !== undefined) hashes.set(artifact.contentToken, sha256);
  }
  return hashes;
}
