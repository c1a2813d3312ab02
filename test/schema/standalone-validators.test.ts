// The bundle validates with the code ajv generates at build time
// (scripts/gen-validators.mjs), tests run the schemas compiled at run time:
// both must hand the error translation exactly the same ajv error objects.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { generateValidatorsModule, importBundled } from '../../scripts/gen-validators.mjs';
import { compileValidators, type SchemaName } from '../../src/schema/compile.js';
import { repoRoot } from './schema-helpers.js';

type Validators = Record<SchemaName, ValidateFunction>;

let dir: string;
let generated: Validators;
const runtime = compileValidators();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'abm-gitops-standalone-'));
  const module = (await importBundled(await generateValidatorsModule(), 'js', join(dir, 'validators.mjs'))) as { compileValidators: () => Validators };
  generated = module.compileValidators();
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every document of every YAML file in the examples and test fixtures. */
function corpus(): unknown[] {
  const documents: unknown[] = [];
  for (const file of [...yamlFiles(join(repoRoot, 'examples')), ...yamlFiles(join(repoRoot, 'test'))]) {
    for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
      if (document.errors.length > 0) continue;
      try {
        documents.push(document.toJS({ maxAliasCount: 100 }));
      } catch {
        // an alias bomb or similar hostile fixture: not a document ajv would see
      }
    }
  }
  return documents;
}

const REPLACEMENTS: unknown[] = [42, 'not-a-valid-value', null, {}, [], true, '2027-02-30', 'Bad Key Name'];

/** The document with one value replaced, one key added or one key removed per variant. */
function* variants(value: unknown): Generator<unknown> {
  if (typeof value !== 'object' || value === null) return;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, child] of entries) {
    const copy = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
    for (const replacement of REPLACEMENTS) yield Object.assign(Array.isArray(copy) ? [...copy] : { ...copy }, { [key]: replacement });
    if (!Array.isArray(value)) {
      const { [key as string]: _removed, ...rest } = value as Record<string, unknown>;
      yield rest;
    }
    for (const inner of variants(child)) yield Object.assign(Array.isArray(copy) ? [...copy] : { ...copy }, { [key]: inner });
  }
  if (!Array.isArray(value)) yield { ...(value as Record<string, unknown>), unknownKey: 'x' };
}

function outcome(validate: ValidateFunction, data: unknown): unknown {
  const valid = validate(data);
  return { valid, errors: validate.errors ?? null };
}

/**
 * With `verbose`, every ajv error carries its `schema` and `parentSchema`: parts of the schema, up to all of it,
 * which node's deep comparison walked again in each of 12,000 pairs (2.5 s of the file's 3 s). Each schema
 * object is stood for by the first one found deep-equal to it (isDeepStrictEqual, once per object), so two
 * stand-ins are the same object exactly when the schemas are deep-equal.
 */
const standIns = new WeakMap<object, object>();
const standInsByText = new Map<string, object[]>();
function standIn(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  const known = standIns.get(schema);
  if (known) return known;
  const text = JSON.stringify(schema);
  const candidates = standInsByText.get(text) ?? [];
  standInsByText.set(text, candidates);
  let found = candidates.find((candidate) => isDeepStrictEqual(candidate, schema));
  if (!found) candidates.push((found = schema));
  standIns.set(schema, found);
  return found;
}

/** `isDeepStrictEqual` of two outcomes, with each error's schemas compared through their stand-ins. */
function sameOutcome(actual: unknown, expected: unknown): boolean {
  const errorsOf = (value: unknown): unknown => (value as { errors: unknown }).errors;
  const [actualErrors, expectedErrors] = [errorsOf(actual), errorsOf(expected)];
  if (!Array.isArray(actualErrors) || !Array.isArray(expectedErrors)) return isDeepStrictEqual(actual, expected);
  if (actualErrors.length !== expectedErrors.length || Object.keys(actualErrors).length !== actualErrors.length) return false;
  if (Object.keys(expectedErrors).length !== expectedErrors.length) return false;
  const plain = (errors: unknown[]): unknown[] =>
    errors.map((error) => {
      const { schema, parentSchema, ...rest } = error as { schema?: unknown; parentSchema?: unknown };
      return {
        prototype: Object.getPrototypeOf(error),
        hasSchema: 'schema' in (error as object),
        hasParentSchema: 'parentSchema' in (error as object),
        schema: standIn(schema),
        parentSchema: standIn(parentSchema),
        rest,
      };
    });
  return isDeepStrictEqual({ ...(actual as object), errors: plain(actualErrors) }, { ...(expected as object), errors: plain(expectedErrors) });
}

describe('build-time validators (ajv standalone code)', () => {
  it('report exactly the errors of the run-time compiled schemas, on every fixture and mutations of it', () => {
    const documents = corpus();
    expect(documents.length).toBeGreaterThan(10);
    let compared = 0;
    let invalid = 0;
    for (const document of documents) {
      for (const data of [document, ...variants(document)]) {
        for (const name of ['organization', 'config'] as const) {
          const expected = outcome(runtime[name], data) as { valid: boolean };
          const actual = outcome(generated[name], data);
          // vitest's toEqual on 12,000 pairs of ajv errors cost 15 s (docs/testing.md); node's own
          // comparison (with the schemas' stand-ins) is stricter and settles the equal pairs, toEqual judges (and explains) the rest.
          if (!sameOutcome(actual, expected)) expect(actual).toEqual(expected);
          compared += 1;
          if (!expected.valid) invalid += 1;
          if (compared > 12_000) return;
        }
      }
    }
    expect(invalid).toBeGreaterThan(1000);
  }, 120_000);
});
