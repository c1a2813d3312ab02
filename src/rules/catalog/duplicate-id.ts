import { formatPath, regionOf } from '../../load/index.js';
import type { Located, Organization } from '../../model/types.js';
import { checkInSteps, type Rule, type RuleReport, type RuleSteps } from '../types.js';

const LIST_NOUNS = { units: 'Unit', roles: 'Role', accounts: 'Account', services: 'Service', contentTokens: 'Content token' } as const;

export const duplicateId: Rule = {
  meta: {
    id: 'duplicate-id',
    defaultSeverity: 'error',
    summary: 'Two entries of one list share an id, or two organizations share metadata.name.',
    sources: [],
  },
  // The lists of each organization are checked as it is modelled; the names once every document is in.
  inSteps: stepsOfDuplicateId,
  check: checkInSteps(stepsOfDuplicateId),
};

function stepsOfDuplicateId(): RuleSteps {
  return {
    *organization(organization) {
      for (const list of Object.keys(LIST_NOUNS) as Array<keyof typeof LIST_NOUNS>) {
        yield* duplicatesIn(organization, organization[list] as Located<{ id: string }>[], LIST_NOUNS[list]);
      }
    },
    *finish({ model }) {
      const firstByName = new Map<string, (typeof model.organizationDocuments)[number]>();
      for (const document of model.organizationDocuments) {
        const name = (document.value as { metadata?: { name?: unknown } }).metadata?.name;
        if (typeof name !== 'string') continue;
        const first = firstByName.get(name);
        if (!first) {
          firstByName.set(name, document);
          continue;
        }
        const where = `${first.file.path}:${regionOf(first, ['metadata', 'name']).line}`;
        yield {
          at: { document, path: ['metadata', 'name'] },
          message: `Organization name \`${name}\` is already used in ${where}: each organization (tenant) needs its own name, or findings, waivers and renewal branches would mix them up. Rename one of them.`,
          organization: name,
        };
      }
    },
  };
}

function* duplicatesIn(organization: Organization, entries: Located<{ id: string }>[], noun: string): Iterable<RuleReport> {
  const first = new Map<string, Located<{ id: string }>>();
  for (const entry of entries) {
    const earlier = first.get(entry.value.id);
    if (!earlier) {
      first.set(entry.value.id, entry);
      continue;
    }
    const line = regionOf(organization.source, earlier.path).line;
    yield {
      at: { document: organization.source, path: [...entry.path, 'id'] },
      message: `${noun} id \`${entry.value.id}\` appears twice in organization \`${organization.name}\` (first at line ${line}, ${formatPath(earlier.path)}): references could not tell them apart. Give each entry its own id.`,
    };
  }
}
