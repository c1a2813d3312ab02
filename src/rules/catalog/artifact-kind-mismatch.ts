import type { ReferenceProblem } from '../../model/types.js';
import type { Rule } from '../types.js';

/**
 * A `ref` leads to a file or secret that reads fine, as another kind of
 * artifact than its key expects: a public key certificate given as the APNs
 * certificate, a decrypted token given as the server token. Its dates and
 * identity would describe the wrong thing, so they are not used at all.
 */
export const artifactKindMismatch: Rule = {
  meta: {
    id: 'artifact-kind-mismatch',
    defaultSeverity: 'error',
    summary: 'A `ref` points at a readable file or secret of another kind than its key expects (e.g. an `apnsCertificate` that is no APNs push certificate).',
    sources: ['000', '004'],
  },
  *check({ model }) {
    for (const problem of model.referenceProblems) {
      if (problem.kind === 'kind-mismatch') yield { at: { document: problem.organization.source, path: problem.path }, message: messageOf(problem) };
    }
  },
};

function messageOf(problem: ReferenceProblem): string {
  const { ref, subject, reason } = problem;
  const holder = ref.startsWith('env:') ? `The secret \`${ref}\`` : `The file behind \`${ref}\``;
  return (
    `${holder} (the ${subject} in organization \`${problem.organization.name}\`) is ${reason}: ` +
    'its dates and identity describe something else, so they are not used and the declared values go unchecked. ' +
    `Point \`ref\` at the ${subject.replace(/ of service .*| `.*$/, '')} itself, as downloaded from Apple.`
  );
}
