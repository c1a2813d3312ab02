import { APPLE_API_NAMES, type AppleApiFailure, type OrganizationLiveState } from '../../model/live-state.js';
import type { Organization } from '../../model/types.js';
import { entryKeyLocation, listLocation, liveOrganizations, serviceTokenLocation } from '../online.js';
import type { Rule } from '../types.js';

/**
 * One finding per organization and API that Apple would not answer, so a
 * network outage reads as "not checked" rather than as a clean bill; the
 * other APIs' checks still run (online.md).
 */
export const appleApiUnavailable: Rule = {
  meta: {
    id: 'apple-api-unavailable',
    defaultSeverity: 'warning',
    summary: "An Apple API could not be reached, or refused the organization's API credentials, after retries.",
    sources: [],
    online: true,
  },
  *check({ model }) {
    for (const { organization, live } of liveOrganizations(model)) {
      for (const failure of live.failures) {
        yield {
          at: failureLocation(organization, live, failure),
          message:
            `The ${APPLE_API_NAMES[failure.api]} could not be used for organization \`${organization.name}\`: ${detail(failure)}. ` +
            `What only it can tell was not checked; the other checks went on. ${advice(failure)}`,
        };
      }
    }
  },
};

function detail(failure: AppleApiFailure): string {
  const message = failure.message.trim().replace(/\.+$/, '');
  // The adapters' messages name their API first, to stand alone elsewhere; here the sentence has named it already.
  const name = `${APPLE_API_NAMES[failure.api]} `;
  if (message.startsWith(name)) return `it ${message.slice(name.length)}`;
  if (message !== '') return message;
  if (failure.status !== undefined) return `Apple answered HTTP ${failure.status}${failure.code ? ` (${failure.code})` : ''}`;
  return `no answer (${failure.code ?? 'unknown error'})`;
}

function advice(failure: AppleApiFailure): string {
  const refused = failure.status === 400 || failure.status === 401 || failure.status === 403;
  if (refused && failure.api === 'apple-business-api') {
    return "Check `spec.appleApi`: the client ID and key ID must be the API account's, the key must be the one uploaded for it, and the account must still exist in Apple's portal.";
  }
  if (refused) return 'Check that the credential given is the current one, then run again.';
  return "Run again later; if it persists, check Apple's system status and that this machine can reach Apple.";
}

/** The credential the API was asked with: `spec.appleApi`, the first token Apple did not answer for, else the list. */
function failureLocation(organization: Organization, live: OrganizationLiveState, failure: AppleApiFailure) {
  switch (failure.api) {
    case 'apple-business-api':
      return listLocation(organization, 'appleApi');
    case 'device-enrollment-api': {
      const token = live.serverTokens.find((candidate) => candidate.outcome === 'unavailable');
      const service = token && organization.servicesById.get(token.serviceId);
      return service ? serviceTokenLocation(organization, service) : listLocation(organization, 'deviceManagementServices');
    }
    case 'apps-and-books-api': {
      const token = live.contentTokens.find((candidate) => candidate.outcome === 'unavailable');
      const entry = token && organization.contentTokens.find((candidate) => candidate.value.id === token.contentTokenId);
      return entry ? entryKeyLocation(organization, entry, 'ref') : listLocation(organization, 'contentTokens');
    }
  }
}
