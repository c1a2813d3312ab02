import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { UsageError } from '../../src/base/errors.js';
import { parseInstant } from '../../src/base/dates.js';
import { RULES } from '../../src/rules/index.js';
import { validateRepository } from '../../src/validate.js';
import type { ValidationReport } from '../../src/base/findings.js';
import { propertySettings, propertyTimeout, yamlishText } from './settings.js';

const NOW = parseInstant('2026-11-23')!;
const RULE_IDS = new Set(RULES.map((rule) => rule.meta.id));
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Every organization document of the example repositories: the seeds that mutations start from. */
const SEEDS: unknown[] = exampleOrganizationFiles(EXAMPLES).flatMap((path) =>
  parseAllDocuments(readFileSync(path, 'utf8'))
    // examples/broken holds a syntax error and an alias bomb on purpose: seeds are the readable documents.
    .flatMap((document) => {
      if (document.errors.length > 0) return [];
      try {
        return [document.toJS({ maxAliasCount: 100 }) as unknown];
      } catch {
        return [];
      }
    })
    .filter((value) => (value as { kind?: unknown } | null)?.kind === 'Organization'),
);
const SEED_TEXTS: string[] = SEEDS.map((seed) => stringify(seed));

function exampleOrganizationFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...exampleOrganizationFiles(path));
    else if (entry.name.endsWith('.yml') && /^kind: Organization$/m.test(readFileSync(path, 'utf8'))) found.push(path);
  }
  return found;
}

// One scratch repository, rewritten for each case: thousands of temp folders would only slow the run.
const root = mkdtempSync(join(tmpdir(), 'abm-gitops-property-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeOnly(files: Record<string, string>): void {
  for (const name of readdirSync(root)) rmSync(join(root, name), { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
}

/** The invariant: findings only (or a UsageError), each located in a file that exists and naming a known rule. */
function validateNeverCrashes(files: Record<string, string>): void {
  writeOnly(files);
  let report: ValidationReport;
  try {
    report = validateRepository({ root, now: NOW }).report;
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).not.toContain('\n');
    return;
  }
  for (const finding of report.findings) {
    expect(RULE_IDS.has(finding.ruleId), finding.ruleId).toBe(true);
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(root, finding.file)), finding.file).toBe(true);
    expect(relative(root, join(root, finding.file)).startsWith('..')).toBe(false);
  }
}

type Path = Array<string | number>;

/** Every path into a plain value, root first. */
function pathsOf(value: unknown): Path[] {
  const paths: Path[] = [];
  const stack: Array<{ node: unknown; path: Path }> = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    paths.push(path);
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        stack.push({ node: item, path: [...path, index] });
      });
    } else if (node !== null && typeof node === 'object') for (const [key, item] of Object.entries(node)) stack.push({ node: item, path: [...path, key] });
  }
  return paths;
}

const WEIRD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  '',
  ' ',
  'é\u0301',
  '😀'.repeat(3),
  '\u202Eevil',
  'x'.repeat(300),
  [],
  {},
  [null],
  { id: 'x' },
  '2026-02-30',
  'file:../../etc/passwd',
  'file:/etc/passwd',
  'env:',
  'env:NOPE',
];

const mutation = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'unicode', 'duplicate', 'rename'),
  at: fc.nat(),
  value: fc.oneof(fc.constantFrom(...WEIRD_VALUES), fc.jsonValue({ maxDepth: 2 })),
  text: fc.string({ unit: 'grapheme', maxLength: 12 }),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function applyMutation(document: unknown, { kind, at, value, text }: Mutation): unknown {
  const paths = pathsOf(document).filter((path) => path.length > 0);
  const path = paths[at % Math.max(paths.length, 1)];
  if (!path) return value;
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], document);
  const key = path[path.length - 1]!;
  if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (kind === 'replace') parent[key] = value;
  else if (kind === 'unicode') parent[key] = typeof parent[key] === 'string' ? `${parent[key]}${text}` : text;
  else if (kind === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  else if (kind === 'rename' && !Array.isArray(parent)) {
    parent[`${String(key)}${text}`] = parent[key];
    delete parent[key];
  }
  return document;
}

/** Text-level damage that no data-level mutation can produce: broken indentation, cut lines, stray characters. */
const textDamage = fc.record({ at: fc.nat(), insert: fc.oneof(yamlishText, fc.constantFrom('\t', ':', '- ', '&x ', '*x', '\u0000', '\uFEFF')), cut: fc.nat({ max: 40 }) });

describe('validate never crashes on hostile organization documents', () => {
  it('starts from the organization documents of every example repository', () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(7);
  });

  it(
    'mutated example documents (delete keys, change types, unicode, duplicate entries)',
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }), (seed, mutations) => {
          let document = structuredClone(SEEDS[seed % SEEDS.length]);
          for (const step of mutations) document = applyMutation(document, step);
          validateNeverCrashes({ 'organization.yml': stringify(document) });
        }),
        propertySettings(),
      );
    },
    propertyTimeout(),
  );

  it(
    'example documents damaged as text',
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.array(textDamage, { minLength: 1, maxLength: 4 }), (seed, damage) => {
          let text = SEED_TEXTS[seed % SEED_TEXTS.length]!;
          for (const { at, insert, cut } of damage) {
            const position = at % (text.length + 1);
            text = text.slice(0, position) + insert + text.slice(position + cut);
          }
          validateNeverCrashes({ 'organization.yml': `apiVersion: abm-gitops/v1\n${text}` });
        }),
        propertySettings(),
      );
    },
    propertyTimeout(),
  );

  it(
    'random YAML-looking text as an organization file and as abm-gitops.yml',
    () => {
      fc.assert(
        fc.property(yamlishText, yamlishText, (organizationText, configText) => {
          validateNeverCrashes({ 'organization.yml': `apiVersion: abm-gitops/v1\nkind: Organization\n${organizationText}` });
          validateNeverCrashes({ 'abm-gitops.yml': configText, 'organization.yml': SEED_TEXTS[0]! });
        }),
        propertySettings(),
      );
    },
    propertyTimeout(),
  );
});
