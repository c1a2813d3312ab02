import type { Organization } from '../../model/types.js';
import type { Rule } from '../types.js';

export const primaryContentTokenWithBuiltInService: Rule = {
  meta: {
    id: 'primary-content-token-with-built-in-service',
    defaultSeverity: 'error',
    summary: "The built-in device management service is in use and the primary unit's content token is uploaded to an external service.",
    sources: ['001', '003'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      const reason = builtInServiceInUse(organization);
      if (reason === undefined) continue;
      const primaryUnits = new Set(organization.units.filter((unit) => unit.value.primary === true).map((unit) => unit.value.id));
      for (const token of organization.contentTokens) {
        if (!primaryUnits.has(token.value.unit) || token.value.service === undefined) continue;
        const service = organization.servicesById.get(token.value.service);
        if (service?.value.type !== 'external') continue;
        yield {
          at: { document: organization.source, path: [...token.path, 'service'] },
          message: messageFor(organization, token.value.id, token.value.unit, service.value.id, reason),
        };
      }
    }
  },
};

/**
 * Why the organization counts as using the built-in service, or undefined.
 * Apple Business Manager has no built-in service: a declared one there is
 * `built-in-service-unsupported`, not a reason to move the primary token.
 */
function builtInServiceInUse(organization: Organization): string | undefined {
  if (organization.product === 'apple-business-manager') return undefined;
  if (organization.product === 'apple-business-essentials' && organization.essentialsSubscription === 'monthly') {
    return 'has a monthly Apple Business Essentials subscription';
  }
  const builtIn = organization.services.find((service) => service.value.type === 'built-in');
  return builtIn ? `uses the built-in device management service (\`${builtIn.value.id}\`)` : undefined;
}

function messageFor(organization: Organization, tokenId: string, unitId: string, serviceId: string, reason: string): string {
  const subject = `Organization \`${organization.name}\` ${reason}, yet content token \`${tokenId}\` of its primary ${organization.product === 'apple-business-essentials' ? 'location' : 'unit'} \`${unitId}\` is uploaded to external service \`${serviceId}\``;
  if (organization.product === 'apple-business-essentials') {
    return `${subject}: Apple Business Essentials itself uses the primary location's token to assign app licenses, and another MDM holding it causes inconsistent license inventory and failed app assignments. Remove the token from \`${serviceId}\` (and its \`service:\` here); other locations' tokens may stay with a third-party MDM.`;
  }
  return `${subject}: Apple Business asks to remove it to avoid inconsistencies in app license inventory and app assignment failures (this applies to the original organization only). Remove the token from \`${serviceId}\` (and its \`service:\` here), or give the external service another unit's token.`;
}
