import { isBuiltInRoleId, PRODUCT_NAMES } from '../../model/catalog.js';
import type { Rule } from '../types.js';

export const customRoleUnsupported: Rule = {
  meta: {
    id: 'custom-role-unsupported',
    defaultSeverity: 'error',
    summary: 'A custom role is declared for a product other than Apple Business, which alone has custom roles.',
    sources: [],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      if (organization.product === 'apple-business') continue;
      for (const role of organization.roles) {
        // An entry with a built-in id records that role's edited permissions: that is allowed everywhere.
        if (isBuiltInRoleId(organization.product, role.value.id)) continue;
        yield {
          at: { document: organization.source, path: [...role.path, 'id'] },
          message: `Role \`${role.value.id}\` of organization \`${organization.name}\` is a custom role, but ${PRODUCT_NAMES[organization.product]} has only its built-in roles (custom roles exist in Apple Business alone). Put its accounts on a built-in role, for example \`content-manager\` for content tokens.`,
        };
      }
    }
  },
};
