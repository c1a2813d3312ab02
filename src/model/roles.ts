import { builtInRole } from './catalog.js';
import type { Permission } from '../base/schema-types.js';
import type { Located, Organization } from './types.js';
import type { Role } from '../base/schema-types.js';

export interface EffectiveRole {
  id: string;
  permissions: ReadonlySet<Permission>;
  /** Units the role is scoped to; undefined means every unit. */
  units?: readonly string[];
  /** Declared under `spec.roles` (a custom role, or an edited built-in one). */
  declared?: Located<Role>;
  /** True when the id is one of the product's built-in roles. */
  builtIn: boolean;
}

/** The role an account holds, as the organization has it: its own declaration first, else Apple's defaults. */
export function effectiveRole(organization: Organization, roleId: string): EffectiveRole | undefined {
  const declared = organization.rolesById.get(roleId);
  const catalog = builtInRole(organization.product, roleId);
  if (declared) {
    return {
      id: roleId,
      permissions: new Set(declared.value.permissions),
      ...(declared.value.units ? { units: declared.value.units } : {}),
      declared,
      builtIn: catalog !== undefined,
    };
  }
  if (catalog) return { id: roleId, permissions: new Set(catalog.permissions), builtIn: true };
  return undefined;
}

/** Whether the role grants any of `permissions` for `unit` (any unit when `unit` is undefined). */
export function roleAllows(role: EffectiveRole, permissions: readonly Permission[], unit?: string): boolean {
  if (!permissions.some((permission) => role.permissions.has(permission))) return false;
  return unit === undefined || role.units === undefined || role.units.includes(unit);
}
