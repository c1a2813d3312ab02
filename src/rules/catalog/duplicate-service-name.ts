import { regionOf } from '../../load/positions.js';
import type { DeviceManagementService } from '../../model/schema-types.js';
import type { Located } from '../../model/types.js';
import type { Rule } from '../types.js';

/**
 * The form in which two names count as the same. Apple asks for "a unique
 * name" without saying how it compares; what matters is that people can
 * tell services apart in the portal and in their MDM, so names that differ
 * only in case, Unicode form or spacing count as one.
 */
export function serviceNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export const duplicateServiceName: Rule = {
  meta: {
    id: 'duplicate-service-name',
    defaultSeverity: 'error',
    summary: 'Two external device management services of one organization share a name.',
    sources: ['000'],
  },
  *check({ model }) {
    for (const organization of model.organizations) {
      const firstByName = new Map<string, Located<DeviceManagementService>>();
      for (const service of organization.services) {
        const { type, name } = service.value;
        if (type !== 'external' || name === undefined) continue;
        const key = serviceNameKey(name);
        const first = firstByName.get(key);
        if (!first) {
          firstByName.set(key, service);
          continue;
        }
        const line = regionOf(organization.source, [...first.path, 'name']).line;
        const firstName = first.value.name!.trim();
        const names = firstName === name.trim() ? `both named "${firstName}"` : `named "${firstName}" and "${name.trim()}", the same name but for case or spacing`;
        yield {
          at: { document: organization.source, path: [...service.path, 'name'] },
          message: `Services \`${first.value.id}\` (line ${line}) and \`${service.value.id}\` of organization \`${organization.name}\` are ${names}: Apple requires a unique name for each device management service, and tokens are easily uploaded to the wrong one. Rename one of them in Apple's portal and here.`,
        };
      }
    }
  },
};
