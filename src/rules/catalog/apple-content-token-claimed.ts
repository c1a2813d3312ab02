import type { Located, Organization } from '../../model/types.js';
import type { ContentToken, DeviceManagementService } from '../../base/schema-types.js';
import { appleText, entryKeyLocation, liveOrganizations } from '../online.js';
import type { Rule } from '../types.js';

/**
 * Apple lets one MDM hold a content token (seed 002); the holder writes its
 * id into the token's client config (`mdmInfo.id`). Who that is can only be
 * told from the `mdmInfoId`s declared on services: a claim that matches no
 * declared id is reported only where any claim is wrong (a token declared
 * not uploaded) or where the declared holder's id is known.
 */
export const appleContentTokenClaimed: Rule = {
  meta: {
    id: 'apple-content-token-claimed',
    defaultSeverity: 'error',
    summary: 'Apple says the content token is held by another MDM than its declared `service` (or by any MDM while declared not uploaded).',
    sources: ['001', '002', '003'],
    online: true,
  },
  *check({ model }) {
    for (const { organization, live } of liveOrganizations(model)) {
      for (const token of live.contentTokens) {
        if (token.outcome !== 'valid' || !token.mdmInfo) continue;
        const entry = organization.contentTokens.find((candidate) => candidate.value.id === token.contentTokenId);
        if (!entry) continue;
        const problem = claimProblem(organization, entry, token.mdmInfo.id);
        if (!problem) continue;
        const holder = describeHolder(token.mdmInfo, problem.holder);
        yield {
          at: entryKeyLocation(organization, entry, entry.value.service !== undefined ? 'service' : 'ref'),
          message: `Content token \`${entry.value.id}\` of organization \`${organization.name}\` is held by ${holder}, says Apple, ${problem.expected}. ${problem.remedy}`,
        };
      }
    }
  },
};

interface ClaimProblem {
  /** The declared service whose `mdmInfoId` the claim carries, when there is one. */
  holder?: Located<DeviceManagementService>;
  expected: string;
  remedy: string;
}

const ONE_HOLDER = 'Apple lets one MDM hold a token, so the other loses its app and book licenses';

function claimProblem(organization: Organization, entry: Located<ContentToken>, claimedId: string): ClaimProblem | undefined {
  const holder = organization.services.find((service) => service.value.mdmInfoId === claimedId);
  const declared = entry.value.service !== undefined ? organization.servicesById.get(entry.value.service) : undefined;
  const builtIn = organization.services.find((service) => service.value.type === 'built-in');
  const builtInOn = builtIn !== undefined || organization.essentialsSubscription === 'monthly';
  const primary = organization.unitsById.get(entry.value.unit)?.value.primary === true;

  if (primary && builtInOn) {
    const builtInId = builtIn?.value.mdmInfoId;
    const external = builtInId !== undefined ? claimedId !== builtInId : holder !== undefined && holder.value.type === 'external';
    if (!external) return undefined;
    return {
      ...(holder ? { holder } : {}),
      expected: "while Apple's built-in device management service needs the primary unit's token",
      remedy: `${ONE_HOLDER}. Remove the token from that MDM (or turn the built-in service off), and keep \`service\` unset or \`${builtIn?.value.id ?? 'built-in'}\`.`,
    };
  }
  if (!declared) {
    return {
      ...(holder ? { holder } : {}),
      expected: 'although the file declares it uploaded nowhere (no `service`)',
      remedy: `Set \`service\` to the service that uses it, or remove the token from that MDM.`,
    };
  }
  const declaredId = declared.value.mdmInfoId;
  const wrong = declaredId !== undefined ? claimedId !== declaredId : holder !== undefined && holder !== declared;
  if (!wrong) return undefined;
  return {
    ...(holder ? { holder } : {}),
    expected: `not by its declared service \`${declared.value.id}\``,
    remedy: `${ONE_HOLDER}. Upload the token to \`${declared.value.id}\` again (it takes the token back), or set \`service\` to the MDM that holds it.`,
  };
}

function describeHolder(mdmInfo: { id: string; name?: string }, holder: Located<DeviceManagementService> | undefined): string {
  if (holder) return `service \`${holder.value.id}\` (mdmInfo id ${appleText(mdmInfo.id)})`;
  return `the MDM ${mdmInfo.name ? `${appleText(mdmInfo.name)} ` : ''}with mdmInfo id ${appleText(mdmInfo.id)}`;
}
