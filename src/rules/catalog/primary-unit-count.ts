import type { Rule } from '../types.js';

export const primaryUnitCount: Rule = {
  meta: {
    id: 'primary-unit-count',
    defaultSeverity: 'error',
    summary: 'An organization has no primary unit, or more than one.',
    sources: ['001', '003'],
  },
  *check({ model }) {
    for (const organization of model.organizations) {
      const primaries = organization.units.filter((unit) => unit.value.primary === true);
      if (primaries.length === 0) {
        yield {
          at: { document: organization.source, path: ['spec', 'units'] },
          message: `Organization \`${organization.name}\` has no primary unit: Apple treats the original organization (the primary unit or location) differently, for example its content token and the built-in service. Mark the original one with \`primary: true\`.`,
        };
      }
      for (const extra of primaries.slice(1)) {
        yield {
          at: { document: organization.source, path: [...extra.path, 'primary'] },
          message: `Organization \`${organization.name}\` has more than one primary unit (\`${primaries[0]!.value.id}\` and \`${extra.value.id}\`): there is only one original organization in Apple's model. Keep \`primary: true\` on one unit.`,
        };
      }
    }
  },
};
