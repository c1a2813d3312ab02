/**
 * The Action's `html-file` and `calendar-file`: write the HTML report and the
 * token calendar, and tell the job summary where to find them. A file the
 * workflow uploads with actions/upload-artifact (in the same job, by path)
 * is linked to the run's artifacts; a link to an artifact that never comes
 * would be worse than none, so other files are only named.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { UsageError } from '../base/errors.js';
import { escapeMarkdown } from '../base/markdown.js';

export interface WrittenFile {
  /** `html-file` or `calendar-file`. */
  input: string;
  /** What the file is, for the summary. */
  title: string;
  /** As given in the input. */
  asGiven: string;
  /** Relative to the workspace, forward slashes. */
  path: string;
}

export function writeReportFile(workspace: string, input: string, asGiven: string, title: string, text: string): WrittenFile {
  const absolute = resolve(workspace, asGiven);
  try {
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  } catch (error) {
    throw new UsageError(`cannot write ${input} ${asGiven}: ${(error as NodeJS.ErrnoException).code ?? 'write failed'}`);
  }
  return { input, title, asGiven, path: relative(workspace, absolute).split(sep).join('/') };
}

interface UploadStep {
  name: string;
  paths: string[];
}

/**
 * The actions/upload-artifact steps of the running job, read from the
 * workflow file in the checkout (GITHUB_WORKFLOW_REF, GITHUB_JOB). Nothing
 * when any of it is missing or unreadable: the summary then only names files.
 */
export function uploadSteps(env: Readonly<Record<string, string | undefined>>, workspace: string): UploadStep[] {
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const job = env.GITHUB_JOB;
  if (!job || !repository || !workflowRef.startsWith(`${repository}/`)) return [];
  const workflowPath = workflowRef.slice(repository.length + 1).replace(/@.*$/, '');
  if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(workflowPath)) return [];
  let workflow: unknown;
  try {
    workflow = parse(readFileSync(resolve(workspace, workflowPath), 'utf8'), { maxAliasCount: 100 });
  } catch {
    return [];
  }
  const steps = (workflow as { jobs?: Record<string, { steps?: unknown }> } | null)?.jobs?.[job]?.steps;
  if (!Array.isArray(steps)) return [];
  const uploads: UploadStep[] = [];
  for (const step of steps as Array<{ uses?: unknown; with?: { name?: unknown; path?: unknown } } | null>) {
    if (typeof step?.uses !== 'string' || !step.uses.startsWith('actions/upload-artifact@')) continue;
    if (typeof step.with?.path !== 'string') continue;
    const name = typeof step.with.name === 'string' && !step.with.name.includes('${{') ? step.with.name : 'artifact';
    const paths = step.with.path
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('!') && !line.includes('${{'));
    uploads.push({ name, paths });
  }
  return uploads;
}

/** The artifact that holds `file`, by the upload step's paths (a file, a folder above it, or a glob). */
export function artifactHolding(file: WrittenFile, uploads: readonly UploadStep[], workspace: string): string | undefined {
  for (const upload of uploads) {
    for (const pattern of upload.paths) {
      const absolute = resolve(workspace, pattern);
      const inside = relative(absolute, resolve(workspace, file.path));
      if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) return upload.name;
      const relativePattern = relative(workspace, absolute).split(sep).join('/');
      if (picomatch(relativePattern, { dot: true })(file.path)) return upload.name;
    }
  }
  return undefined;
}

/** The summary's closing section: each written file, linked to the run's artifacts when the job uploads it. */
export function reportFilesSummary(files: readonly WrittenFile[], env: Readonly<Record<string, string | undefined>>, workspace: string): string {
  if (files.length === 0) return '';
  const uploads = uploadSteps(env, workspace);
  const runUrl = runArtifactsUrl(env);
  const lines = files.map((file) => {
    const artifact = artifactHolding(file, uploads, workspace);
    const where = `\`${file.path.replace(/`/g, '')}\``;
    if (artifact !== undefined && runUrl) return `- ${file.title}: ${where}, in the artifact [${escapeMarkdown(artifact, 100)}](${runUrl}) of this run`;
    return `- ${file.title}: written to ${where} (upload it with actions/upload-artifact to keep it after the job)`;
  });
  return ['### Reports', '', ...lines, ''].join('\n');
}

function runArtifactsUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  if (!/^https?:\/\/[^\s()<>]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^\d+$/.test(runId)) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}#artifacts`;
}
