import type { OrganizationDocument } from '../../base/schema-types.js';
import type { Rule } from '../types.js';

export const primaryUnitCount: Rule = {
  meta: {
    id: 'primary-unit-count',
    defaultSeverity: 'error',
    summary: 'An organization has no primary unit, or more than one.',
    sources: ['001', '003'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      // Counted on the document as written: a unit the schema rejected for an
      // unrelated typo still declares whether it is the primary one.
      const units = (organization.source.value as OrganizationDocument).spec.units;
      const primaries = units.flatMap((unit, index) => (unit?.primary === true ? [{ id: unit.id, index }] : []));
      if (primaries.length === 0) {
        yield {
          at: { document: organization.source, path: ['spec', 'units'] },
          message: `Organization \`${organization.name}\` has no primary unit: Apple treats the original organization (the primary unit or location) differently, for example its content token and the built-in service. Mark the original one with \`primary: true\`.`,
        };
      }
      for (const extra of primaries.slice(1)) {
        yield {
          at: { document: organization.source, path: ['spec', 'units', extra.index, 'primary'] },
          message: `Organization \`${organization.name}\` has more than one primary unit (\`${primaries[0]!.id}\` and \`${extra.id}\`): there is only one original organization in Apple's model. Keep \`primary: true\` on one unit.`,
        };
      }
    }
  },
};
