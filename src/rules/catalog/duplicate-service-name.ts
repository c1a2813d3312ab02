import { regionOf } from '../../load/index.js';
import type { DeviceManagementService } from '../../base/schema-types.js';
import { nameKey } from '../../model/live.js';
import type { Located } from '../../model/types.js';
import type { Rule } from '../types.js';

export const duplicateServiceName: Rule = {
  meta: {
    id: 'duplicate-service-name',
    defaultSeverity: 'error',
    summary: 'Two external device management services of one organization share a name.',
    sources: ['000'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      const firstByName = new Map<string, Located<DeviceManagementService>>();
      for (const service of organization.services) {
        const { type, name } = service.value;
        if (type !== 'external' || name === undefined) continue;
        const key = nameKey(name);
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
