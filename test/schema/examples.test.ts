// Every example config repository must validate against the schemas and stay
// free of expiry findings for any run date up to 2027-06-30 (warnBefore 30d).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { compileSchema, repoRoot, summarize } from './schema-helpers.js';

const examplesRoot = join(repoRoot, 'examples');
/** Owned by other parts of the project: broken/ is meant to fail, workflows/ holds CI files. */
const NOT_CONFIG_EXAMPLES = new Set(['broken', 'workflows']);
const LAST_CLEAN_RUN = Date.parse('2027-06-30T00:00:00Z');
const WARN_BEFORE_MS = 30 * 86_400_000;
const MAX_LIFETIME_MS = 366 * 86_400_000;

interface ExampleDocument {
  file: string;
  index: number;
  value: Record<string, unknown>;
}

function exampleYamlFiles(): string[] {
  return readdirSync(examplesRoot, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.ya?ml$/.test(path))
    .filter((path) => !NOT_CONFIG_EXAMPLES.has(path.split(/[\\/]/)[0] ?? ''))
    .map((path) => join(examplesRoot, path))
    .sort();
}

function ourDocuments(): ExampleDocument[] {
  return exampleYamlFiles().flatMap((file) =>
    parseAllDocuments(readFileSync(file, 'utf8'), { merge: true })
      .map((doc, index) => {
        expect(doc.errors, `${file} #${index}`).toEqual([]);
        return { file: relative(repoRoot, file), index, value: doc.toJS() as Record<string, unknown> };
      })
      .filter((doc) => doc.value?.apiVersion === 'abm-gitops/v1'),
  );
}

/** Every declaration with an expiresAt, with its path, found anywhere in an organization. */
function expiringDeclarations(node: unknown, path: string): Array<{ path: string; decl: Record<string, string> }> {
  if (typeof node !== 'object' || node === null) return [];
  const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
  const own = 'expiresAt' in node ? [{ path, decl: node as Record<string, string> }] : [];
  return own.concat(entries.flatMap(([key, value]) => expiringDeclarations(value, `${path}/${key}`)));
}

const documents = ourDocuments();
const organizations = documents.filter((doc) => doc.value.kind === 'Organization');
const configs = documents.filter((doc) => doc.value.kind === 'Config');

describe('examples', () => {
  it('holds the documented example organizations and one Config per example repository', () => {
    const names = organizations.map((doc) => (doc.value.metadata as { name: string }).name).sort();
    expect(names).toEqual(['acme', 'bakery', 'bloom-florists', 'contoso', 'dental', 'lawfirm', 'northwind-eu', 'northwind-us']);
    expect(configs.map((doc) => doc.file).sort()).toEqual([
      'examples/abm/abm-gitops.yml',
      'examples/essentials/abm-gitops.yml',
      'examples/msp/abm-gitops.yml',
      'examples/single-org/abm-gitops.yml',
    ]);
  });

  const validateOrganization = compileSchema('organization');
  const validateConfig = compileSchema('config');
  it.each(documents.map((doc) => [`${doc.file} #${doc.index}`, doc] as const))('%s is valid', (_label, doc) => {
    const validate = doc.value.kind === 'Config' ? validateConfig : validateOrganization;
    validate(doc.value);
    expect(summarize(validate.errors)).toEqual([]);
  });

  it.each([...new Set(documents.map((doc) => doc.file))].map((file) => [file]))('%s names an existing schema in its modeline', (file) => {
    const firstLine = readFileSync(join(repoRoot, file), 'utf8').split('\n')[0] ?? '';
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
    expect(match?.[1]).toMatch(/\/schemas\/(organization|config)\.schema\.json$/);
    expect(existsSync(resolve(dirname(join(repoRoot, file)), match?.[1] ?? ''))).toBe(true);
  });

  it.each(organizations.map((doc) => [`${doc.file} #${doc.index}`, doc] as const))(
    '%s: expiries clear the 30-day window until 2027-06-30, last at most 366 days, postdate password changes',
    (_label, doc) => {
      const problems: string[] = [];
      const accounts = (doc.value.spec as { accounts?: Array<Record<string, string>> }).accounts ?? [];
      const passwordChanges = new Map(accounts.map((account) => [account.id, account.passwordChangedAt]));
      for (const { path, decl } of expiringDeclarations(doc.value.spec, 'spec')) {
        const passwordChangedAt = passwordChanges.get(decl.downloadedBy);
        if (passwordChangedAt !== undefined && !(Date.parse(passwordChangedAt) < Date.parse(decl.downloadedAt ?? ''))) {
          problems.push(`${path}: downloader changed password on ${passwordChangedAt}`);
        }
        const expires = Date.parse(decl.expiresAt ?? '');
        if (!(expires - LAST_CLEAN_RUN > WARN_BEFORE_MS)) problems.push(`${path}: expires ${decl.expiresAt}`);
        if (decl.downloadedAt === undefined) continue;
        const lifetime = expires - Date.parse(decl.downloadedAt);
        if (lifetime < 0 || lifetime > MAX_LIFETIME_MS) problems.push(`${path}: lifetime ${lifetime / 86_400_000} days`);
      }
      expect(problems).toEqual([]);
    },
  );
});
