import { isBuiltInRoleId, BUILT_IN_ROLES } from '../../model/catalog.js';
import type { EntityList, Organization } from '../../model/types.js';
import type { DocPath } from '../../load/index.js';
import { suggestReference, type NamedEntry } from '../../schema/index.js';
import type { Rule, RuleReport } from '../types.js';

const TARGET_NOUNS: Record<EntityList, string> = {
  units: 'unit',
  roles: 'role',
  accounts: 'account',
  deviceManagementServices: 'device management service',
  contentTokens: 'content token',
};

export const unresolvedReference: Rule = {
  meta: {
    id: 'unresolved-reference',
    defaultSeverity: 'error',
    summary: 'A unit, service, role, downloadedBy or units entry names nothing in its organization.',
    sources: [],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) yield* referencesOf(organization);
  },
};

/** Beyond this many declared ids, listing them all says less than "fix the name". */
const MAX_LISTED = 5;

/** Every declared id with its portal name where the entry was modelled (entries the schema rejected keep only their id). */
function entriesOf(organization: Organization, target: EntityList): NamedEntry[] {
  const modelled: ReadonlyArray<{ value: { id: string; name?: string } }> =
    target === 'units' ? organization.units : target === 'deviceManagementServices' ? organization.services : target === 'roles' ? organization.roles : [];
  const names = new Map(modelled.map(({ value }) => [value.id, value.name]));
  return [...organization.declaredIds[target]].map((id) => ({ id, name: names.get(id) }));
}

function* referencesOf(organization: Organization): Iterable<RuleReport> {
  const check = (target: EntityList, id: string | undefined, path: DocPath): RuleReport | undefined => {
    if (id === undefined || organization.declaredIds[target].has(id)) return undefined;
    // Most accounts name one of Apple's built-in roles: no candidates to list for them.
    if (target === 'roles' && isBuiltInRoleId(organization.product, id)) return undefined;
    let candidates = entriesOf(organization, target);
    if (target === 'roles') {
      candidates = [...candidates, ...BUILT_IN_ROLES[organization.product].map((role) => ({ id: role.id, name: role.name }))];
    }
    const suggestion = suggestReference(id, candidates);
    const noun = TARGET_NOUNS[target];
    const declared = [...organization.declaredIds[target]];
    const listed = declared.length > 0 && declared.length <= MAX_LISTED ? ` (declared: ${declared.map((known) => `\`${known}\``).join(', ')})` : '';
    const hint = suggestion ? `did you mean \`${suggestion}\`?` : `declare it under \`spec.${target}\` or fix the name${listed}.`;
    return {
      at: { document: organization.source, path },
      message: `No ${noun} \`${id}\` in organization \`${organization.name}\`: ${hint}`,
    };
  };

  const reports: Array<RuleReport | undefined> = [];
  for (const role of organization.roles) {
    role.value.units?.forEach((unit, index) => {
      reports.push(check('units', unit, [...role.path, 'units', index]));
    });
  }
  for (const account of organization.accounts) {
    reports.push(check('roles', account.value.role, [...account.path, 'role']));
  }
  for (const service of organization.services) {
    service.value.units?.forEach((unit, index) => {
      reports.push(check('units', unit, [...service.path, 'units', index]));
    });
    const downloader = service.value.serviceToken?.downloadedBy;
    reports.push(check('accounts', downloader, [...service.path, 'serviceToken', 'downloadedBy']));
  }
  for (const token of organization.contentTokens) {
    reports.push(check('units', token.value.unit, [...token.path, 'unit']));
    reports.push(check('deviceManagementServices', token.value.service, [...token.path, 'service']));
    reports.push(check('accounts', token.value.downloadedBy, [...token.path, 'downloadedBy']));
  }
  for (const report of reports) if (report) yield report;
}
