import type { ErrorObject } from 'ajv';
import type { DocPath } from '../load/index.js';
import { describeLocation, quoteValue, typeName } from './describe.js';
import { didYouMean, suggestReference } from './did-you-mean.js';

/** One actionable schema problem, located by a path into the document. */
export interface SchemaProblem {
  path: DocPath;
  message: string;
}

/**
 * ajv reports every failed keyword, including the structural ones (`if`,
 * `anyOf`) that only repeat a more precise error below them. This keeps one
 * problem per real mistake, in words an Apple admin can act on.
 */
export function toSchemaProblems(errors: readonly ErrorObject[], data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const typoTargets = collectTypoTargets(errors, data);

  for (const error of errors) {
    const problem = translate(error, data, typoTargets);
    if (!problem) continue;
    const key = `${problem.path.join('\u0000')}\u0001${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

const STRUCTURAL = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'then', 'else']);

function translate(error: ErrorObject, data: unknown, typoTargets: Set<string>): SchemaProblem | undefined {
  if (STRUCTURAL.has(error.keyword)) return undefined;
  const path = toDocPath(error.instancePath, data);
  const key = path[path.length - 1];
  const keyName = typeof key === 'string' ? `\`${key}\`` : 'This entry';
  const parentKey = path[path.length - 2];
  const valueName = typeof key !== 'string' && typeof parentKey === 'string' ? `entry of \`${parentKey}\`` : keyName;
  const where = describeLocation(path, data);
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const unknown = String(params.additionalProperty ?? params.unevaluatedProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = didYouMean(unknown, allowed);
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : `allowed keys are ${allowed.map((k) => `\`${k}\``).join(', ')}.`;
      return { path: [...path, unknown], message: `Unknown key \`${unknown}\` in ${where}: ${hint}` };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      if (typoTargets.has(`${error.instancePath}/${missing}`)) return undefined;
      return { path, message: `${capitalize(where)} is missing the required key \`${missing}\`.` };
    }
    case 'type':
      return { path, message: `${keyName} must be ${article(String(params.type))}, not ${typeName(error.data)}.` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined;
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : `use one of ${allowed.map((v) => `\`${v}\``).join(', ')}.`;
      // A rejected key name (propertyNames, e.g. an unknown rule id under `rules`): point at that key.
      if (error.propertyName !== undefined) return { path: [...path, error.propertyName], message: `Unknown key ${quoteValue(error.data)} in ${keyName}: ${hint}` };
      return { path, message: `${quoteValue(error.data)} is not a valid ${valueName}: ${hint}` };
    }
    case 'const':
      return { path, message: `${keyName} must be \`${String(params.allowedValue)}\`, not ${quoteValue(error.data)}.` };
    case 'pattern':
    case 'format': {
      const meant = referenceSuggestion(path, error.data, data);
      const expected = `expected ${expectedShape(error)}`;
      return { path, message: `${quoteValue(error.data)} is not a valid ${valueName}: ${meant ? `did you mean \`${meant}\`? (${expected})` : `${expected}.`}` };
    }
    case 'false schema':
      return { path, message: `${keyName} is not allowed in ${describeLocation(path.slice(0, -1), data)}${contextHint(error)}.` };
    case 'minItems':
      return { path, message: `${keyName} needs at least ${String(params.limit)} ${Number(params.limit) === 1 ? 'entry' : 'entries'}.` };
    case 'propertyNames':
      return undefined; // reported by the nested error on the offending name
    default:
      return { path, message: `${keyName} ${error.message ?? 'is invalid'}.` };
  }
}

/** The list of `spec` a reference at this path names entries of: `unit`, `service`, `downloadedBy`, `role`, `units[n]`. */
function referencedList(path: DocPath): string | undefined {
  if (path[0] !== 'spec') return undefined;
  const key = path[path.length - 1];
  if (typeof key === 'number') return path[path.length - 2] === 'units' && path.length > 4 ? 'units' : undefined;
  const lists: Record<string, string> = { unit: 'units', service: 'deviceManagementServices', downloadedBy: 'accounts', role: 'roles' };
  return key === undefined ? undefined : lists[key];
}

/** A reference written in a shape no id has (`New York`, `apps`): the declared entry it most likely means. */
function referenceSuggestion(path: DocPath, written: unknown, data: unknown): string | undefined {
  const list = referencedList(path);
  if (list === undefined || typeof written !== 'string') return undefined;
  const entries = (data as { spec?: Record<string, unknown> } | null)?.spec?.[list];
  if (!Array.isArray(entries)) return undefined;
  const named = entries.flatMap((entry) => {
    const { id, name } = (entry ?? {}) as { id?: unknown; name?: unknown };
    return typeof id === 'string' ? [{ id, name: typeof name === 'string' ? name : undefined }] : [];
  });
  return suggestReference(written, named);
}

/** Unknown keys that are typos of a missing required key: report the typo once, not the missing key too. */
function collectTypoTargets(errors: readonly ErrorObject[], _data: unknown): Set<string> {
  const targets = new Set<string>();
  const missingByObject = new Map<string, Set<string>>();
  for (const error of errors) {
    if (error.keyword !== 'required') continue;
    const set = missingByObject.get(error.instancePath) ?? new Set<string>();
    set.add(String((error.params as { missingProperty: unknown }).missingProperty));
    missingByObject.set(error.instancePath, set);
  }
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties' && error.keyword !== 'unevaluatedProperties') continue;
    const params = error.params as Record<string, unknown>;
    const unknown = String(params.additionalProperty ?? params.unevaluatedProperty);
    const missing = missingByObject.get(error.instancePath);
    const suggestion = missing && didYouMean(unknown, missing);
    if (suggestion) targets.add(`${error.instancePath}/${suggestion}`);
  }
  return targets;
}

/** A pattern's meaning, found by which typical values it accepts. */
function expectedShape(error: ErrorObject): string {
  const described = (error.parentSchema as { 'x-expected'?: string } | undefined)?.['x-expected'];
  if (described) return described;
  const pattern = (error.params as { pattern?: string; format?: string }).pattern;
  const format = (error.params as { format?: string }).format;
  if (format === 'date' || format === 'date-time') return 'an ISO 8601 date such as `2027-01-10` or `2027-01-10T12:00:00Z`';
  if (!pattern) return `the ${format ?? 'required'} format`;
  const accepts = (sample: string) => new RegExp(pattern, 'u').test(sample);
  if (accepts('2027-01-10') && !accepts('acme')) return 'an ISO 8601 date such as `2027-01-10` or `2027-01-10T12:00:00Z`';
  if (accepts('env:NAME') && accepts('file:tokens/a.p7m')) return '`file:<path relative to this file>` or `env:<VARIABLE>`';
  if (accepts('env:NAME')) return '`env:<VARIABLE>` (private keys are never read from files in the repository)';
  if (accepts('Acme.hq_1-a')) return 'an id: letters, digits, `.`, `_` and `-`, starting with a letter or digit';
  if (accepts('a'.repeat(64))) return 'the 64 lowercase hexadecimal digits of a SHA-256 digest';
  if (accepts('30d')) return 'a duration such as `30d` (days, at most 9999) or `12h` (hours, at most 99999)';
  if (accepts('it@acme.example') && !accepts('acme')) return "a Managed Apple Account's email address such as `it@acme.example`";
  if (accepts('@acme/it')) return 'a GitHub `@user` or `@org/team`';
  if (accepts('BUSINESSAPI.3bb3a62b-6ba9-4cbb-8a7d-7b9c7a6e3e11')) return 'the client ID Apple shows for the API account: `BUSINESSAPI.` and a UUID';
  if (accepts('d136aa66-0c3b-4bd4-9892-c20e8db024ab')) return 'the key ID Apple shows for the API account (a UUID such as `d136aa66-0c3b-4bd4-9892-c20e8db024ab`)';
  if (accepts('acme')) return 'lowercase letters, digits and dashes, starting and ending with a letter or digit';
  return `text matching \`${pattern}\``;
}

function contextHint(error: ErrorObject): string {
  const path = error.instancePath;
  if (path.endsWith('/essentialsSubscription')) return ': it applies only to `product: apple-business-essentials`';
  if (path.endsWith('/appleApi')) return ': Apple Business Essentials has no Apple Business API';
  return '';
}

/** `/spec/units/0` → `['spec','units',0]`, numbers only where the data is a list. */
export function toDocPath(instancePath: string, data: unknown): DocPath {
  if (instancePath === '') return [];
  const path: Array<string | number> = [];
  let node: unknown = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    boolean: '`true` or `false`',
    integer: 'a whole number',
    number: 'a number',
    null: 'null',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
