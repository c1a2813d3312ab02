import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import organizationSchema from '../../schemas/organization.schema.json' with { type: 'json' };

// The bundle never runs this file: scripts/build.mjs replaces it with the
// validators ajv generates from it at build time (standalone code), because
// compiling both schemas costs ~140 ms of every run's start-up. Tests and
// `tsx`-style runs from source compile at run time here, with the same options.

// ajv-formats is CommonJS; under ESM its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

export type SchemaName = 'organization' | 'config';

export const SCHEMAS = { organization: organizationSchema, config: configSchema } as const;

/** The one ajv set-up both the run-time and the build-time validators come from. */
export function createAjv(extra: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, ...extra });
  addFormats(ajv);
  // An annotation a schema may carry to say, in words, what a pattern expects.
  ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
  // Editors' annotation (yaml-language-server, VS Code): a key they do not offer in completion.
  ajv.addKeyword({ keyword: 'doNotSuggest', schemaType: 'boolean' });
  return ajv;
}

export function compileValidators(): Record<SchemaName, ValidateFunction> {
  const ajv = createAjv();
  return { organization: ajv.compile(SCHEMAS.organization), config: ajv.compile(SCHEMAS.config) };
}
