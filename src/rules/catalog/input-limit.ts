import type { Rule } from '../types.js';

export const inputLimit: Rule = {
  meta: {
    id: 'input-limit',
    defaultSeverity: 'error',
    summary: 'A file is over the size cap, nests too deep, or expands too many aliases.',
    sources: [],
  },
  *check({ model }) {
    for (const { file, problem } of model.parseProblems) {
      if (problem.ruleId === 'input-limit') yield { at: { file: file.path, region: problem.region }, message: problem.message };
    }
  },
};
