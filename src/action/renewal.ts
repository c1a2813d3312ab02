import { resolve } from 'node:path';
import * as core from '@actions/core';
import { formatRenewalText, runRenewal } from '../renew/index.js';
import { escapeHtml } from '../report/index.js';
import { escapeControlCharacters } from '../base/text.js';
import { UsageError } from '../base/errors.js';
import { shownError } from '../base/credentials.js';
import type { GithubContext } from './context.js';
import type { ActionInputs } from './inputs.js';

/**
 * `renew: true`: open, update and close the renewal pull requests from the
 * workflow's clone, with the workflow's token (already masked by run()).
 */
export async function runRenewalStep(inputs: ActionInputs, context: GithubContext, env: Readonly<Record<string, string | undefined>>): Promise<void> {
  // As the CLI does: no request, no clone work, before there is a token to act with.
  if (inputs.token.trim() === '') {
    throw new UsageError(
      'renew: true needs a GitHub token, and the `token` input is empty: leave it at its default (${{ github.token }}) with `permissions: contents: write, pull-requests: write, issues: write` on the job, or pass a token with those rights.',
    );
  }
  const result = await runRenewal({
    root: resolve(context.workspace, inputs.path),
    now: inputs.now,
    token: inputs.token,
    ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
    ...(context.repository ? { repository: context.repository } : {}),
    dryRun: false,
    log: (line) => core.info(escapeControlCharacters(line)),
  });
  const text = formatRenewalText(result).trimEnd();
  core.info(text);
  // addCodeBlock does not escape: labels and paths from the repository must not become HTML.
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addHeading('abm-gitops renewal', 2).addCodeBlock(escapeHtml(text)).write();
  if (result.failed > 0) core.setFailed(`abm-gitops renewal: ${result.failed} item${result.failed === 1 ? '' : 's'} failed${result.error ? `: ${shownError(result.error)}` : ''}`);
}
