import { UsageError } from '../cli/command.js';
import type { GithubContext } from './context.js';
import type { ActionInputs } from './inputs.js';

/**
 * `renew: true`. Renewal pull requests are built elsewhere (src/renew); until
 * they are wired in here the Action says so in one line instead of pretending.
 */
export async function runRenewal(_inputs: ActionInputs, _context: GithubContext): Promise<void> {
  throw new UsageError('renewal is not available in this build (input renew: true); set renew: false to validate');
}
