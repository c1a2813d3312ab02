import { describe, expect, it } from 'vitest';
import { compileSchema, readSchema, type SchemaName } from './schema-helpers.js';

const SCHEMAS: SchemaName[] = ['organization', 'config'];
const CONDITIONAL_KEYWORDS = new Set(['if', 'then', 'else']);

describe('JSON Schemas', () => {
  it.each(SCHEMAS)('%s compiles under ajv 2020-12 strict mode', (name) => {
    expect(typeof compileSchema(name)).toBe('function');
  });

  it.each(SCHEMAS)('%s declares draft 2020-12 and a v1 $id', (name) => {
    const schema = readSchema(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://abm-gitops.dev/schemas/v1/${name}.schema.json`);
  });

  it.each(SCHEMAS)('%s describes every property and closes every object', (name) => {
    const problems: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      if (Array.isArray(node)) {
        node.forEach((item, index) => {
          visit(item, `${path}/${index}`);
        });
        return;
      }
      const schema = node as Record<string, unknown>;
      if (schema.type === 'object' && schema.additionalProperties === undefined) {
        problems.push(`${path}: object without additionalProperties`);
      }
      const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, property] of Object.entries(properties ?? {})) {
        const described = typeof property.description === 'string' || typeof property.$ref === 'string';
        if (!described) problems.push(`${path}/properties/${key}: no description`);
      }
      for (const [key, value] of Object.entries(schema)) {
        // if/then/else only restate properties declared (and described) next to them
        if (!CONDITIONAL_KEYWORDS.has(key)) visit(value, `${path}/${key}`);
      }
    };
    visit(readSchema(name), '#');
    expect(problems).toEqual([]);
  });
});
