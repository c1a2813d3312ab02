// Shared by the schema tests: the schemas compiled the way the validator
// compiles them (createAjv: ajv 2020-12, strict, all errors, ajv-formats, our annotations).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../../src/schema/compile.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export type SchemaName = 'organization' | 'config';

export function readSchema(name: SchemaName): Record<string, unknown> {
  const url = new URL(`../../schemas/${name}.schema.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

export function compileSchema(name: SchemaName): ValidateFunction {
  return createAjv().compile(readSchema(name));
}

/** The parts of an ajv error the validator maps to a finding. */
export interface ErrorSummary {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

export function summarize(errors: ErrorObject[] | null | undefined): ErrorSummary[] {
  return (errors ?? []).map(({ keyword, instancePath, params }) => ({ keyword, instancePath, params }));
}
