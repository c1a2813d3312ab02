import * as core from '@actions/core';
import { UsageError } from '../base/errors.js';
import { firstLineOf } from '../base/text.js';
import { shownError } from '../base/credentials.js';
import { readGithubContext } from './context.js';
import { readInputs } from './inputs.js';
import { runRenewalStep } from './renewal.js';
import { runValidation } from './validation.js';

/**
 * The Action: read inputs, then renew (input `renew: true`) or validate.
 * Every failure ends as one `core.setFailed` line, never a stack trace.
 */
// A copy of process.env by default: each read of the real one is a linear getenv (see src/cli/main.ts).
export async function run(env: Readonly<Record<string, string | undefined>> = { ...process.env }): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    if (inputs.token) core.setSecret(inputs.token);
    const context = readGithubContext(env, process.cwd());
    if (inputs.renew) await runRenewalStep(inputs, context, env);
    else await runValidation(inputs, context, env);
  } catch (error) {
    if (error instanceof UsageError) {
      core.setFailed(shownError(error.message));
      return;
    }
    core.debug((error as Error).stack ?? String(error));
    core.setFailed(`internal error: ${shownError(firstLineOf(error))} (please report this)`);
  }
}
