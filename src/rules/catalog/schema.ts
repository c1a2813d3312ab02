import type { Rule } from '../types.js';

export const schema: Rule = {
  meta: {
    id: 'schema',
    defaultSeverity: 'error',
    summary: 'A document breaks the JSON Schema (wrong type, missing key, unknown key).',
    sources: [],
  },
  *check({ model }) {
    for (const { document, problem } of model.schemaProblems) {
      yield { at: { document, path: problem.path }, message: problem.message };
    }
  },
};
