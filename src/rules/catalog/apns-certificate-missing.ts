import type { Rule } from '../types.js';

export const apnsCertificateMissing: Rule = {
  meta: {
    id: 'apns-certificate-missing',
    defaultSeverity: 'warning',
    summary: 'An external device management service declares no APNs certificate.',
    sources: ['004'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      for (const service of organization.services) {
        if (service.value.type !== 'external' || service.value.apnsCertificate !== undefined) continue;
        yield {
          at: { document: organization.source, path: service.path },
          message: `Service \`${service.value.id}\` of organization \`${organization.name}\` declares no \`apnsCertificate\`: the MDM server cannot reach its devices without an active push certificate, and its server token cannot be renewed without one, so an unwatched expiry goes unnoticed. Add \`apnsCertificate\` with its \`expiresAt\`.`,
        };
      }
    }
  },
};
