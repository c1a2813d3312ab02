import { PASSPHRASE_NEEDED_REASON } from '../../artifacts/index.js';
import type { ReferenceProblem } from '../../model/types.js';
import type { Rule } from '../types.js';

export const tokenUnreadable: Rule = {
  meta: {
    id: 'token-unreadable',
    defaultSeverity: 'warning',
    summary: 'A `file:` reference is missing or unparsable, or an `env:` secret is set but unparsable (an unset secret is fine).',
    sources: [],
  },
  *check({ model }) {
    for (const problem of model.referenceProblems) {
      if (problem.kind === 'unreadable') yield { at: { document: problem.organization.source, path: problem.path }, message: messageOf(problem) };
    }
  },
};

function messageOf(problem: ReferenceProblem): string {
  const { ref, subject, reason } = problem;
  const what = `the ${subject} in organization \`${problem.organization.name}\``;
  const unchecked = 'so its real expiry and identity are not checked';
  if (problem.path[problem.path.length - 1] === 'privateKey') {
    return (
      `The secret \`${ref}\` (${what}) is set but cannot be used: ${reason}; so the token's real expiry is not checked. ` +
      'Put the unencrypted PEM private key of the public key certificate the token was downloaded for in that secret, or leave it unset to read only who the token was made for.'
    );
  }
  if (problem.path[problem.path.length - 1] === 'passphrase') {
    return (
      `The passphrase \`${ref}\` (${what}) is set but cannot be used: ${reason}; so the certificate's real expiry and identity are not checked. ` +
      'Set that variable to the passphrase the .p12 was exported with (try it with `abm-gitops inspect <file> --passphrase env:NAME`), or export the certificate again without one and remove `passphrase`.'
    );
  }
  if (reason === PASSPHRASE_NEEDED_REASON) {
    return (
      `The ${ref.startsWith('env:') ? 'secret' : 'file behind'} \`${ref}\` (${what}) is a .p12 protected by a passphrase, which was not given; ${unchecked}. ` +
      'Add `passphrase: env:NAME` to this `apnsCertificate` and set that variable (in CI, a secret) to the passphrase the .p12 was exported with.'
    );
  }
  if (ref.startsWith('env:')) {
    return (
      `The secret \`${ref}\` (${what}) is set but cannot be used: ${reason}; ${unchecked}. ` +
      'Store the whole file downloaded from Apple, unchanged, in that secret, or leave it unset to check the declared dates only.'
    );
  }
  return (
    `The file behind \`${ref}\` (${what}) cannot be read: ${reason}; ${unchecked}. ` +
    'Correct the path (it is relative to this YAML file) or replace the file with the one downloaded from Apple.'
  );
}
