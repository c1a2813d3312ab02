import { exactly } from '../base/arrays.js';
import type { DocPath } from '../load/index.js';
import type { Account } from '../base/schema-types.js';
import { childPath } from './compact.js';
import type { DatedArtifact, Located, Organization } from './types.js';

/** A service token or content token whose `downloadedBy` names an account of its organization. */
export interface DownloadedToken {
  artifact: DatedArtifact;
  account: Located<Account>;
  /** Path of the `downloadedBy` key: downloader findings point there. */
  downloadedByPath: DocPath;
}

// Four rules ask for the same list: build it once per organization.
const cache = new WeakMap<Organization, readonly DownloadedToken[]>();

/**
 * Tokens with a resolvable downloader. APNs certificates have no
 * `downloadedBy`; a name that resolves to no account is `unresolved-reference`'s.
 */
export function downloadedTokens(organization: Organization): readonly DownloadedToken[] {
  let tokens = cache.get(organization);
  if (tokens) return tokens;
  const found: DownloadedToken[] = [];
  for (const artifact of organization.artifacts) {
    const accountId = 'downloadedBy' in artifact.declaration ? artifact.declaration.downloadedBy : undefined;
    const account = accountId === undefined ? undefined : organization.accountsById.get(accountId);
    if (account) found.push({ artifact, account, downloadedByPath: childPath(artifact.path, 'downloadedBy') });
  }
  tokens = exactly(found);
  cache.set(organization, tokens);
  return tokens;
}
