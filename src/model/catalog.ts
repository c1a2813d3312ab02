import type { Permission, Product } from '../base/schema-types.js';

/**
 * Apple's built-in roles, per product, with the permissions the rules care
 * about. Each row cites the Apple page it comes from (seed numbers are the
 * source ids of docs/sources.md; the guides are Apple's published user guides). An
 * organization that edited a built-in role records it under `spec.roles`
 * with the same id, which replaces the row below.
 */

export const ALL_PERMISSIONS: readonly Permission[] = [
  'manage-device-management-services',
  'assign-licenses-for-apps-and-books',
  'get-licenses-for-apps-and-books',
  'view-apps-and-books',
  'manage-roles',
  'manage-accounts',
  'manage-units',
  'accept-terms',
];

export interface BuiltInRole {
  id: string;
  /** The name Apple shows. */
  name: string;
  permissions: readonly Permission[];
  source: string;
}

const CONTENT_PERMISSIONS: readonly Permission[] = ['assign-licenses-for-apps-and-books', 'get-licenses-for-apps-and-books', 'view-apps-and-books'];

const ABM_GUIDE = 'Apple Business Manager User Guide, "Role privileges in Apple Business Manager"';
const AB_GUIDE = 'Apple Business User Guide, "Intro to roles and permissions"';
const ABE_GUIDE = 'Apple Business Essentials User Guide, "Roles and privileges"';

export const BUILT_IN_ROLES: Readonly<Record<Product, readonly BuiltInRole[]>> = {
  'apple-business-manager': [
    { id: 'administrator', name: 'Administrator', permissions: ALL_PERMISSIONS, source: `${ABM_GUIDE}; seed 004 (may renew server tokens)` },
    {
      id: 'device-enrollment-manager',
      name: 'Device Enrollment Manager',
      permissions: ['manage-device-management-services'],
      source: `${ABM_GUIDE}; seed 004 (may renew server tokens)`,
    },
    { id: 'content-manager', name: 'Content Manager', permissions: CONTENT_PERMISSIONS, source: `${ABM_GUIDE}; seed 002 (downloads the Apps and Books token)` },
    { id: 'people-manager', name: 'People Manager', permissions: ['manage-accounts', 'manage-roles', 'manage-units'], source: ABM_GUIDE },
    { id: 'staff', name: 'Staff', permissions: [], source: ABM_GUIDE },
  ],
  'apple-business': [
    { id: 'organization-administrator', name: 'Organization Administrator', permissions: ALL_PERMISSIONS, source: `${AB_GUIDE}; at most 10 per organization` },
    {
      id: 'it-administrator',
      name: 'IT Administrator',
      permissions: ['manage-device-management-services', ...CONTENT_PERMISSIONS, 'manage-accounts'],
      source: `${AB_GUIDE}; seed 000, seed 001`,
    },
    { id: 'marketing-administrator', name: 'Marketing Administrator', permissions: [], source: AB_GUIDE },
    { id: 'staff', name: 'Staff', permissions: [], source: AB_GUIDE },
    {
      id: 'device-enrollment-manager',
      name: 'Device Enrollment Manager',
      permissions: ['manage-device-management-services'],
      source: `${AB_GUIDE} (predefined custom role); seed 000`,
    },
    { id: 'content-manager', name: 'Content Manager', permissions: CONTENT_PERMISSIONS, source: `${AB_GUIDE} (predefined custom role); seed 001` },
    { id: 'people-manager', name: 'People Manager', permissions: ['manage-accounts'], source: `${AB_GUIDE} (predefined custom role)` },
  ],
  'apple-business-essentials': [
    { id: 'administrator', name: 'Administrator', permissions: ALL_PERMISSIONS, source: `${ABE_GUIDE}; seed 003 (may download content tokens)` },
    { id: 'content-manager', name: 'Content Manager', permissions: CONTENT_PERMISSIONS, source: `${ABE_GUIDE}; seed 003 (may download content tokens)` },
    { id: 'people-manager', name: 'People Manager', permissions: ['manage-accounts'], source: ABE_GUIDE },
    { id: 'staff', name: 'Staff', permissions: [], source: ABE_GUIDE },
  ],
};

const BY_ID = new Map(Object.entries(BUILT_IN_ROLES).map(([product, roles]) => [product as Product, new Map(roles.map((role) => [role.id, role]))]));

export function builtInRole(product: Product, roleId: string): BuiltInRole | undefined {
  return BY_ID.get(product)?.get(roleId);
}

/** True when `roleId` is one of `product`'s built-in roles (so it is not "custom" there). */
export function isBuiltInRoleId(product: Product, roleId: string): boolean {
  return BY_ID.get(product)?.has(roleId) ?? false;
}

export const PRODUCT_NAMES: Readonly<Record<Product, string>> = {
  'apple-business': 'Apple Business',
  'apple-business-manager': 'Apple Business Manager',
  'apple-business-essentials': 'Apple Business Essentials',
};
