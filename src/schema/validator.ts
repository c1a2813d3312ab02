import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import organizationSchema from '../../schemas/organization.schema.json' with { type: 'json' };
import { impossibleDates } from './calendar.js';
import { toSchemaProblems, type SchemaProblem } from './errors.js';

// ajv-formats is CommonJS; under ESM its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

export type SchemaName = 'organization' | 'config';

let compiled: Record<SchemaName, ValidateFunction> | undefined;

/** Compiles both schemas once per process: compiling is the expensive part of ajv. */
function validators(): Record<SchemaName, ValidateFunction> {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true });
    addFormats(ajv);
    // An annotation a schema may carry to say, in words, what a pattern expects.
    ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
    compiled = {
      organization: ajv.compile(organizationSchema),
      config: ajv.compile(configSchema),
    };
  }
  return compiled;
}

/** Validates plain data against one of the published schemas; [] when it conforms. */
export function checkSchema(name: SchemaName, data: unknown): SchemaProblem[] {
  const validate = validators()[name];
  const problems = validate(data) ? [] : toSchemaProblems(validate.errors ?? [], data);
  // A date ajv rejected is reported already; one it let through may still not exist.
  const reported = new Set(problems.map((problem) => problem.path.join('/')));
  for (const problem of impossibleDates(data)) if (!reported.has(problem.path.join('/'))) problems.push(problem);
  return problems;
}

export const SCHEMAS = { organization: organizationSchema, config: configSchema } as const;
