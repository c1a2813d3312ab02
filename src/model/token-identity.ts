import { posix } from 'node:path';
import type { ContentToken } from '../base/schema-types.js';
import type { Located, Organization } from './types.js';

/** One way of recognising a token, and the key a finding points at when it matches. */
export interface TokenIdentity {
  /** What two entries share when this identity matches: the same resolved `ref`, or the same SHA-256 (declared or real, in lower case). */
  by: 'ref' | 'sha256';
  /** The resolved `ref` or the hash: an identity matches another with the same `by` and `value`. */
  value: string;
  /** The key to point at; undefined points at the entry itself. */
  field: 'ref' | 'sha256' | undefined;
}

/**
 * What makes two content token entries one token (docs/configuration.md,
 * "Tokens and identity"): the same `ref`, the same declared `sha256`, or the same real
 * hash read from the file or secret behind the `ref`. A `file:` ref counts
 * by the file it resolves to (it is relative to its YAML file), an `env:`
 * ref by the variable's name. An entry with none of these has no identity
 * and matches nothing. The values are the entry's own strings where they
 * can be (an `env:` ref, a hash already in lower case): an MSP repository
 * holds tens of thousands of tokens, and `content-token-shared` indexes them all.
 */
export function contentTokenIdentities(organization: Organization, token: Located<ContentToken>, realSha256: string | undefined): TokenIdentity[] {
  const identities: TokenIdentity[] = [];
  const { ref, sha256 } = token.value;
  if (ref !== undefined) identities.push({ by: 'ref', value: resolvedRef(organization, ref), field: identityField(token.value, 'ref', ref) });
  const declared = sha256?.toLowerCase();
  if (declared !== undefined) identities.push({ by: 'sha256', value: declared, field: identityField(token.value, 'sha256', declared) });
  const real = realSha256?.toLowerCase();
  if (real !== undefined && real !== declared) identities.push({ by: 'sha256', value: real, field: identityField(token.value, 'sha256', real) });
  return identities;
}

/**
 * The key of `token` that carries its identity `by` `value` (one of
 * contentTokenIdentities' values): a hash is the declared `sha256` when it
 * equals it, else the real one behind the `ref`; undefined is the entry itself.
 */
export function identityField(token: ContentToken, by: TokenIdentity['by'], value: string): TokenIdentity['field'] {
  if (by === 'ref') return 'ref';
  if (token.sha256?.toLowerCase() === value) return 'sha256';
  return token.ref === undefined ? undefined : 'ref';
}

/** One text per identity, different for different identities (a map key). */
export function identityKey({ by, value }: TokenIdentity): string {
  return `${by}:${value}`;
}

/** How a match on `identity` (one of `token`'s) reads in a message. */
export function describeIdentity(identity: TokenIdentity, token: Located<ContentToken>): string {
  if (identity.by === 'ref') return `the same \`ref\` (\`${token.value.ref}\`)`;
  return identity.field === 'sha256' ? 'the same `sha256`' : 'the same token contents behind its `ref`';
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
