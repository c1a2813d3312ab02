import { posix } from 'node:path';
import { regionOf } from '../../load/positions.js';
import type { ContentToken } from '../../model/schema-types.js';
import type { Located, Organization } from '../../model/types.js';
import type { Rule, RuleReport } from '../types.js';

/** One way of recognising a token, and the key a finding points at when it matches. */
export interface TokenIdentity {
  key: string;
  /** The key to point at; undefined points at the entry itself. */
  field: 'ref' | 'sha256' | undefined;
  /** How the match reads in a message. */
  describe: string;
}

/**
 * What makes two content token entries one token (rules.md, "Token
 * identity"): the same `ref`, the same declared `sha256`, or the same real
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

interface Occurrence {
  organization: Organization;
  token: Located<ContentToken>;
  /** The key of this entry that carries the identity. */
  field: TokenIdentity['field'];
}

export const contentTokenShared: Rule = {
  meta: {
    id: 'content-token-shared',
    defaultSeverity: 'error',
    summary: 'One content token is uploaded to more than one service, or declared twice, in one organization or across organizations.',
    sources: ['002'],
  },
  *check({ model }) {
    // One pass over every token of every organization, indexed by identity key (MSP repos hold thousands).
    const firstByKey = new Map<string, Occurrence>();
    for (const organization of model.organizations) {
      const hashes = realHashes(organization);
      for (const token of organization.contentTokens) {
        const identities = contentTokenIdentities(organization, token, hashes.get(token));
        const match = identities.find((identity) => firstByKey.has(identity.key));
        for (const { key, field } of identities) if (!firstByKey.has(key)) firstByKey.set(key, { organization, token, field });
        if (match) yield reportOf({ organization, token, field: match.field }, firstByKey.get(match.key)!, match.describe);
      }
    }
  },
};

function reportOf(later: Occurrence, first: Occurrence, how: string): RuleReport {
  const { organization, token } = later;
  const where = `${first.organization.source.file.path}:${regionOf(first.organization.source, pathOf(first)).line}`;
  const subject = `Content token \`${token.value.id}\` of organization \`${organization.name}\` is the same token as \`${first.token.value.id}\` of organization \`${first.organization.name}\` (${where}), by ${how}`;
  let message: string;
  let path = pathOf(later);
  if (first.organization !== organization) {
    message = `${subject}: a content token belongs to one organization and can be managed by one MDM provider only, so the two would take it from each other. Download this organization's own token in its Apps and Books settings.`;
  } else if (token.value.service !== undefined && first.token.value.service !== undefined && token.value.service !== first.token.value.service) {
    message = `${subject}, but uploaded to \`${token.value.service}\` as well as \`${first.token.value.service}\`: a content token can be managed by one MDM provider only, the last to claim it takes it over. Give each service the token of its own unit.`;
    // The token is on the wrong service: point where that is written.
    path = [...token.path, 'service'];
  } else {
    message = `${subject}: one token is declared twice, so its renewal and checks would be counted twice. Keep one entry.`;
  }
  return { at: { document: organization.source, path }, message };
}

function pathOf({ token, field }: Occurrence): Located<ContentToken>['path'] {
  return field === undefined ? token.path : [...token.path, field];
}
