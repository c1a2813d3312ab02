import type { Rule } from '../types.js';

export const yamlSyntax: Rule = {
  meta: {
    id: 'yaml-syntax',
    defaultSeverity: 'error',
    summary: 'A file cannot be parsed as YAML (syntax error, duplicate key, bad encoding).',
    sources: [],
  },
  *check({ model }) {
    for (const { file, problem } of model.parseProblems) {
      if (problem.ruleId === 'yaml-syntax') yield { at: { file: file.path, region: problem.region }, message: problem.message };
    }
  },
};
