/**
 * `--from-apple`: what the Apple Business API says about the organization,
 * folded into the imported document. Units and services take Apple's own
 * spelling; accounts are the Managed Apple Accounts that hold a role other
 * than Staff, with Apple's role names mapped to the role catalogue; the
 * non-secret parts of the API credentials go to `spec.appleApi`. Pure: the
 * client's answers in, the document changed in place.
 */
import { nameKey, roleIdForAppleName } from '../model/live.js';
import type { LiveBusinessState, LiveUser } from '../model/live-state.js';
import type { Account, AccountStatus, DeviceManagementService, Unit } from '../base/schema-types.js';
import { BUILT_IN_ROLES } from '../model/catalog.js';
import type { ImportResult } from './build.js';
import { guessVendor, uniqueId } from './names.js';

export interface AppleImport {
  state: LiveBusinessState;
  clientId: string;
  keyId: string;
  /** `env:NAME` of the API key: the key itself never enters the document. */
  privateKey: string;
}

const SOURCE = 'the Apple Business API';
/** The schema's `accountId`. */
const ACCOUNT_ID = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Apple's user statuses → the format's: a locked or deactivated account can no longer act. */
const STATUS: Readonly<Record<string, AccountStatus>> = {
  ACTIVE: 'active',
  NEW: 'active',
  RELEASED: 'active',
  LOCKED: 'disabled',
  LOCKED_FOR_SHARED_IPAD: 'disabled',
  DEACTIVATED: 'disabled',
};

export function applyAppleState(result: ImportResult, apple: AppleImport): void {
  const spec = result.document.spec;
  const note = (message: string): void => {
    result.notes.push({ file: SOURCE, message });
  };
  const unitIds = mergeUnits(result, apple, note);
  mergeServices(result, apple, note);
  const accounts = appleAccounts(result, apple.state.users, unitIds, note);
  if (accounts.length > 0) spec.accounts = accounts;
  if (spec.product === 'apple-business-essentials') {
    note('spec.appleApi not written: Apple Business Essentials has no Apple Business API access');
  } else {
    spec.appleApi = { clientId: apple.clientId, keyId: apple.keyId, privateKey: apple.privateKey };
    result.sources.set(spec.appleApi, SOURCE);
  }
}

/** Apple's units, matched to the ones the files named; returns Apple's unit id → document unit id. */
function mergeUnits(result: ImportResult, apple: AppleImport, note: (message: string) => void): Map<string, string> {
  const spec = result.document.spec;
  const taken = new Set(spec.units.map((unit) => unit.id.toLowerCase()));
  const byApple = new Map<string, string>();
  const placeholder = result.placeholderUnit;
  if (placeholder) {
    spec.units.splice(spec.units.indexOf(placeholder), 1);
    taken.delete(placeholder.id.toLowerCase());
    delete result.placeholderUnit;
    result.notes = result.notes.filter((entry) => !entry.message.startsWith("the primary unit's name"));
  }
  for (const live of apple.state.units) {
    let unit = spec.units.find((candidate) => nameKey(candidate.name) === nameKey(live.name));
    if (unit && unit.name !== live.name) {
      note(`unit "${unit.name}" is spelled "${live.name}" in Apple: Apple's spelling is used`);
      unit.name = live.name;
    }
    if (!unit) {
      unit = { id: uniqueId(live.name, 'unit', taken), name: live.name };
      spec.units.push(unit);
    }
    result.sources.set(unit, SOURCE);
    byApple.set(live.id, unit.id);
  }
  for (const unit of spec.units) {
    if (!apple.state.units.some((live) => nameKey(live.name) === nameKey(unit.name))) note(`Apple lists no unit named "${unit.name}" (it was named after a file): check its name`);
  }
  if (!spec.units.some((unit) => unit.primary === true)) {
    const first = spec.units[0];
    if (first) {
      first.primary = true;
      note(`the primary unit is "${first.name}", the first unit Apple lists: Apple's API does not say which unit is the primary one; check it`);
    }
  }
  if (spec.units.length === 0) spec.units.push(primaryPlaceholder(result));
  return byApple;
}

function primaryPlaceholder(result: ImportResult): Unit {
  const name = result.document.metadata.name;
  result.notes.push({ message: `the primary unit's name "${name}" is a placeholder: Apple lists no unit; write the name Apple's portal shows` });
  return { id: name, name, primary: true };
}

/** Apple's active device management services: its built-in one, and each external MDM by the name Apple shows. */
function mergeServices(result: ImportResult, apple: AppleImport, note: (message: string) => void): void {
  const spec = result.document.spec;
  const services: DeviceManagementService[] = spec.deviceManagementServices ?? [];
  const taken = new Set(services.map((service) => service.id.toLowerCase()));
  for (const server of apple.state.mdmServers) {
    if (server.status !== 'ACTIVE') {
      note(`service "${server.serverName}" not imported: Apple lists it as ${server.status}`);
      continue;
    }
    if (server.serverType === 'APPLE_CONFIGURATOR') continue;
    if (server.serverType === 'APPLE_MDM') {
      if (spec.product === 'apple-business-manager') {
        note(`Apple's built-in service "${server.serverName}" not imported: Apple Business Manager has none (check spec.product)`);
      } else if (!services.some((service) => service.type === 'built-in')) {
        const builtIn: DeviceManagementService = { id: uniqueId('built-in', 'built-in', taken), type: 'built-in' };
        services.push(builtIn);
        result.sources.set(builtIn, SOURCE);
      }
      continue;
    }
    const known = services.find((service) => service.type === 'external' && service.name !== undefined && nameKey(service.name) === nameKey(server.serverName));
    if (known) {
      if (known.name !== server.serverName) note(`service "${known.name ?? ''}" is spelled "${server.serverName}" in Apple: Apple's spelling is used`);
      known.name = server.serverName;
      continue;
    }
    const { vendor, guessed } = guessVendor(server.serverName);
    const service: DeviceManagementService = { id: uniqueId(server.serverName, 'service', taken), type: 'external', name: server.serverName, vendor };
    if (guessed) note(`vendor of service "${server.serverName}" set to other: the name does not say which MDM it is; set vendor`);
    services.push(service);
    result.sources.set(service, SOURCE);
  }
  if (services.length > 0) spec.deviceManagementServices = services;
}

/** Accounts that hold a role beyond Staff; of several roles, the one that may do the most. */
function appleAccounts(result: ImportResult, users: readonly LiveUser[], unitIds: ReadonlyMap<string, string>, note: (message: string) => void): Account[] {
  const product = result.document.spec.product;
  const accounts: Account[] = [];
  for (const user of [...users].sort((a, b) => a.managedAppleAccount.localeCompare(b.managedAppleAccount))) {
    const roles = user.roles.filter((role) => !/^staff$/i.test(role.roleName.trim()));
    if (roles.length === 0) continue;
    const mapped = roles.map((role) => ({ role, id: roleIdForAppleName(product, role.roleName) }));
    const known = mapped.filter((entry): entry is { role: (typeof roles)[number]; id: string } => entry.id !== undefined);
    if (known.length === 0) {
      note(
        `account ${user.managedAppleAccount} not imported: its role "${roles[0]!.roleName}" is a custom role; declare it under spec.roles (Apple's API does not give its permissions) and import again with --into`,
      );
      continue;
    }
    const chosen = known.reduce((best, entry) => (permissionCount(product, entry.id) > permissionCount(product, best.id) ? entry : best));
    const others = [...new Set(roles.map((role) => role.roleName))].filter((name) => name !== chosen.role.roleName);
    if (others.length > 0) note(`account ${user.managedAppleAccount} also holds ${others.join(', ')} in Apple: the document records one role, ${chosen.id}`);
    if (!ACCOUNT_ID.test(user.managedAppleAccount)) {
      note(`account "${user.managedAppleAccount}" not imported: it is not a Managed Apple Account name (user@domain)`);
      continue;
    }
    const status = STATUS[user.status] ?? 'active';
    const account: Account = { id: user.managedAppleAccount, role: chosen.id, ...(status !== 'active' ? { status } : {}) };
    if (chosen.role.unitId !== undefined && !unitIds.has(chosen.role.unitId))
      note(`account ${user.managedAppleAccount}: its role is scoped to a unit Apple did not list (${chosen.role.unitId})`);
    accounts.push(account);
    result.sources.set(account, SOURCE);
  }
  return accounts;
}

function permissionCount(product: ImportResult['document']['spec']['product'], roleId: string): number {
  return BUILT_IN_ROLES[product].find((role) => role.id === roleId)?.permissions.length ?? 0;
}
