import { regionOf } from '../../load/index.js';
import type { ContentToken } from '../../base/schema-types.js';
import type { Located, Organization } from '../../model/types.js';
import { contentTokenIdentities, identityKey, realHashes } from '../../model/token-identity.js';
import type { Rule, RuleReport } from '../types.js';

export const contentTokenPerUnit: Rule = {
  meta: {
    id: 'content-token-per-unit',
    defaultSeverity: 'error',
    summary: 'A unit has more than one distinct content token.',
    sources: ['001', '003'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) yield* extraTokensOf(organization);
  },
};

function* extraTokensOf(organization: Organization): Iterable<RuleReport> {
  const tokenOf = distinctTokens(organization);
  const seenByUnit = new Map<string, { first: Located<ContentToken>; tokens: Set<number> }>();
  for (const [index, entry] of organization.contentTokens.entries()) {
    const distinct = tokenOf(index);
    const seen = seenByUnit.get(entry.value.unit);
    if (!seen) {
      seenByUnit.set(entry.value.unit, { first: entry, tokens: new Set([distinct]) });
      continue;
    }
    if (seen.tokens.has(distinct)) continue;
    seen.tokens.add(distinct);
    const line = regionOf(organization.source, seen.first.path).line;
    const noun = organization.product === 'apple-business-essentials' ? 'Location' : 'Unit';
    yield {
      at: { document: organization.source, path: [...entry.path, 'unit'] },
      message: `${noun} \`${entry.value.unit}\` of organization \`${organization.name}\` has more than one content token (\`${seen.first.value.id}\` at line ${line}, and \`${entry.value.id}\`): Apple issues one Apps and Books content token per ${noun.toLowerCase()}, so all but one are stale or belong elsewhere. Keep the current token; if both entries are the same token, give them the same \`sha256\`.`,
    };
  }
}

/**
 * Groups the organization's content token entries into distinct tokens
 * (union-find over shared identities, so a ref match and a hash match chain
 * up) and returns each entry's token number.
 */
function distinctTokens(organization: Organization): (index: number) => number {
  const parent = organization.contentTokens.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!;
      index = parent[index]!;
    }
    return index;
  };
  const hashes = realHashes(organization);
  const firstWithKey = new Map<string, number>();
  organization.contentTokens.forEach((token, index) => {
    for (const identity of contentTokenIdentities(organization, token, hashes.get(token))) {
      const key = identityKey(identity);
      const earlier = firstWithKey.get(key);
      if (earlier === undefined) firstWithKey.set(key, index);
      else parent[root(index)] = root(earlier);
    }
  });
  return root;
}
