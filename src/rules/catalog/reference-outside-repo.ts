import type { Rule } from '../types.js';

export const referenceOutsideRepo: Rule = {
  meta: {
    id: 'reference-outside-repo',
    defaultSeverity: 'error',
    summary: 'A `file:` reference leaves the repository root (`..`, an absolute path, or a symlink to outside); nothing is read.',
    sources: [],
  },
  *check({ model }) {
    for (const problem of model.referenceProblems) {
      if (problem.kind !== 'outside-repo') continue;
      yield {
        at: { document: problem.organization.source, path: problem.path },
        message:
          `The reference \`${problem.ref}\` of the ${problem.subject} in organization \`${problem.organization.name}\` was refused and nothing was read: ${problem.reason}. ` +
          'abm-gitops reads only files inside the repository, so a check never depends on (or exposes) other files of the machine it runs on: ' +
          'move the file into the repository and reference it relative to this YAML file, or reference a secret with `env:`.',
      };
    }
  },
};
