import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import { UsageError } from '../base/errors.js';
import { shownError } from '../base/credentials.js';
import { repositoryPrefix } from '../base/repository-path.js';
import { appleLiveState } from '../apple/index.js';
import type { ValidationReport } from '../base/findings.js';
import { changedFilesSince } from '../git/index.js';
import { annotationsOf, capAnnotations, formatHtml, formatMarkdown, formatSarif, formatText, reportViews } from '../report/index.js';
import { failsAt, RULE_METAS } from '../rules/index.js';
import { tokenCalendar, tokenRows } from '../tokens.js';
import { assertSomethingValidated, quotableTexts, validateRepositoryInParallel, validateRepositoryOnline, type ValidateOptions } from '../validate.js';
import { PULL_REQUEST_EVENTS, pullRequestFromFork, type GithubContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { reportFilesSummary, writeReportFile, type WrittenFile } from './report-files.js';
import { envReferenceNames, maskEnvSecrets, maskSecret } from './secrets.js';

const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice } as const;

/** Validation as a workflow step: log, annotations, SARIF, outputs, job summary, then pass or fail. */
export async function runValidation(inputs: ActionInputs, context: GithubContext, env: Readonly<Record<string, string | undefined>>): Promise<void> {
  const root = resolve(context.workspace, inputs.path);
  const pathPrefix = pathPrefixOf(context.workspace, root, inputs.path);
  const onlyFiles = await changedFilesForPullRequest(inputs, context, root);

  const options: ValidateOptions = { root, now: inputs.now, env, ...(onlyFiles ? { onlyFiles } : {}) };
  const { report, model } = inputs.online ? await validateOnline(options, env) : await validateRepositoryInParallel(options);
  assertSomethingValidated({ report, model }, inputs.path);
  // Before anything is printed: the runner replaces these values with *** in the log.
  maskEnvSecrets(envReferenceNames(model), env, core.setSecret);
  report.root = inputs.path;

  // The log quotes the pull request's own YAML (messages, code frames): with
  // workflow commands stopped, no line of it can act as `::error::` or `::add-mask::`.
  const resume = randomUUID();
  core.info(`::stop-commands::${resume}`);
  core.info(formatText(report, { color: true, quiet: false, sources: quotableTexts(model) }).trimEnd());
  core.info(`::${resume}::`);
  const annotations = capAnnotations(annotationsOf(report, pathPrefix));
  for (const annotation of annotations.shown) {
    const { level, message, ...properties } = annotation;
    ANNOTATE[level](message, properties);
  }

  const sarifPath = inputs.sarifFile ? writeSarif(report, pathPrefix, resolve(context.workspace, inputs.sarifFile), inputs.sarifFile) : '';
  core.setOutput('errors', report.summary.errors);
  core.setOutput('warnings', report.summary.warnings);
  core.setOutput('next-expiry', report.tokens[0]?.expiresAt.slice(0, 10) ?? '');
  core.setOutput('sarif-file', sarifPath);

  const links = context.repository && context.sha ? { serverUrl: context.serverUrl, repository: context.repository, sha: context.sha } : undefined;
  const written: WrittenFile[] = [];
  if (inputs.htmlFile) {
    const html = formatHtml(report, { pathPrefix, views: reportViews(model), ...(links ? { links } : {}) });
    written.push(writeReportFile(context.workspace, 'html-file', inputs.htmlFile, 'HTML report', html));
  }
  if (inputs.calendarFile) {
    written.push(writeReportFile(context.workspace, 'calendar-file', inputs.calendarFile, 'Token calendar (ICS)', tokenCalendar(model, tokenRows(model))));
  }
  const markdown = formatMarkdown(report, { pathPrefix, hiddenAnnotations: annotations.hidden, ...(links ? { links } : {}) });
  const files = reportFilesSummary(written, env, context.workspace);
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(files ? `${markdown}\n${files}` : markdown).write();

  // Its mistakes are annotated above like any finding; whatever fail-on says, nothing else was checked.
  if (model.invalidConfig) {
    core.setFailed(`abm-gitops: ${shownError(model.invalidConfig)}`);
    return;
  }
  const failing = report.findings.filter((finding) => failsAt(finding, inputs.failOn)).length;
  if (failing > 0) core.setFailed(`abm-gitops: ${failing} finding${failing === 1 ? '' : 's'} at or above fail-on: ${inputs.failOn}`);
}

/**
 * With `online: true`: Apple's answers join the model. Never for code from a
 * fork (it could aim a `ref: env:` at a secret and have it sent); every
 * credential read or derived is masked before it is used.
 */
async function validateOnline(options: ValidateOptions, env: Readonly<Record<string, string | undefined>>) {
  if (pullRequestFromFork(env)) {
    throw new UsageError('input online is refused on pull requests from forks: run the online checks on push to the default branch and on schedule (docs/online.md)');
  }
  return validateRepositoryOnline({
    ...options,
    liveState: appleLiveState(env, (secret) => maskSecret(secret, core.setSecret)),
  });
}

/** `path` relative to the repository root, with a trailing slash ('' for the root itself); a path outside it is a usage error. */
function pathPrefixOf(workspace: string, root: string, asGiven: string): string {
  const prefix = repositoryPrefix(workspace, root);
  if (prefix === undefined) throw new UsageError(`input path must be inside the repository (GITHUB_WORKSPACE), not "${asGiven}"`);
  return prefix;
}

async function changedFilesForPullRequest(inputs: ActionInputs, context: GithubContext, root: string): Promise<Set<string> | undefined> {
  const isPullRequest = PULL_REQUEST_EVENTS.includes(context.eventName);
  const wanted = inputs.changedOnly === 'auto' ? isPullRequest : inputs.changedOnly;
  if (!wanted) return undefined;
  if (!context.baseSha) {
    core.info('changed-only: no pull request base in this event, so findings in every file are reported.');
    return undefined;
  }
  try {
    return await changedFilesSince(root, context.baseSha);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`changed-only (against the pull request base ${context.baseSha}): ${error.message}`);
    throw error;
  }
}

function writeSarif(report: ValidationReport, pathPrefix: string, path: string, asGiven: string): string {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, formatSarif(report, { pathPrefix, rules: RULE_METAS }));
  } catch (error) {
    throw new UsageError(`cannot write sarif-file ${asGiven}: ${(error as NodeJS.ErrnoException).code ?? 'write failed'}`);
  }
  return path;
}
