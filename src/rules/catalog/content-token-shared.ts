import { regionOf } from '../../load/index.js';
import type { ContentToken } from '../../base/schema-types.js';
import type { Located, Organization } from '../../model/types.js';
import { contentTokenIdentities, describeIdentity, identityField, realHashes, type TokenIdentity } from '../../model/token-identity.js';
import { checkInSteps, type Rule, type RuleReport, type RuleSteps } from '../types.js';

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
  // One index of every token by identity (MSP repos hold thousands). Not run in steps while the threads load: the
  // index then lives beside the threads' heaps (+8-14 MiB peak at 10,000 organizations with the index keyed by
  // prefixed texts; ~3 MiB of index since, not measured in steps), docs/performance.md.
  check: checkInSteps(stepsOfContentTokenShared),
};

/** The first entry seen with an identity; one object per entry, shared by its identities. */
interface Seen {
  organization: Organization;
  token: Located<ContentToken>;
}

function stepsOfContentTokenShared(): RuleSteps {
  // Keyed by the identities' own values, one map per kind of identity: no key text is made per token.
  const firstSeen: Record<TokenIdentity['by'], Map<string, Seen>> = { ref: new Map(), sha256: new Map() };
  return {
    *organization(organization) {
      const hashes = realHashes(organization);
      for (const token of organization.contentTokens) {
        const identities = contentTokenIdentities(organization, token, hashes.get(token));
        let match: { identity: TokenIdentity; first: Seen } | undefined;
        let seen: Seen | undefined;
        for (const identity of identities) {
          const first = firstSeen[identity.by].get(identity.value);
          if (first === undefined) firstSeen[identity.by].set(identity.value, (seen ??= { organization, token }));
          else match ??= { identity, first };
        }
        if (match) {
          const { identity, first } = match;
          yield reportOf(
            { organization, token, field: identity.field },
            { ...first, field: identityField(first.token.value, identity.by, identity.value) },
            describeIdentity(identity, token),
          );
        }
      }
    },
    finish: () => [],
  };
}

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
