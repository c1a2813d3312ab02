import { closeSync, lstatSync, openSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseNow } from '../../base/dates.js';
import type { FailOn } from '../../base/findings.js';
import { formatReportChunks, reportViews, type FormatOptions, type OutputFormat } from '../../report/index.js';
import { failsAt, RULE_METAS } from '../../rules/index.js';
import { repositoryOfFiles } from '../../load/index.js';
import { assertSomethingValidated, quotableTexts, validateRepositoryInParallel, validateRepositoryOnline, type ValidateOptions } from '../../validate.js';
import { booleanOption, stringOption } from '../args.js';
import { UsageError } from '../../base/errors.js';
import { shownError } from '../../base/credentials.js';
import { repositoryPrefix } from '../../base/repository-path.js';
import type { Command, CommandIo, ParsedArgs } from '../command.js';
import { VALIDATE } from './specs.js';

export const command: Command = {
  ...VALIDATE,
  async run(args, io) {
    const { root, absoluteRoot, givenFiles } = whatToValidate(args.positionals, io.cwd);
    const format = (stringOption(args, 'format') ?? 'text') as OutputFormat;
    const failOn = (stringOption(args, 'fail-on') ?? 'error') as FailOn;
    const now = resolveNow(stringOption(args, 'now'));
    const changedSince = stringOption(args, 'changed-since');
    const changed = changedSince ? await changedFilesSinceRef(absoluteRoot, changedSince) : undefined;
    const onlyFiles = givenFiles && changed ? new Set([...givenFiles].filter((file) => changed.has(file))) : (givenFiles ?? changed);

    const options: ValidateOptions = { root: absoluteRoot, now, env: io.env, ...(onlyFiles ? { onlyFiles } : {}) };
    const { report, model } = booleanOption(args, 'online', false)
      ? await validateRepositoryOnline({ ...options, liveState: await appleLiveStateFor(io.env) })
      : await validateRepositoryInParallel(options);
    assertSomethingValidated({ report, model }, root);
    report.root = root;
    // The JSON report quotes no file and has no organization rows: at 10,000 organizations the map of every file
    // and the row of every organization would only add to the memory the run's end is written with.
    const output = formatReportChunks(format, report, {
      color: wantsColor(args, io) && stringOption(args, 'output') === undefined,
      quiet: booleanOption(args, 'quiet', false),
      sources: format === 'json' ? new Map() : quotableTexts(model),
      ...(format === 'html' ? { views: reportViews(model) } : {}),
      rules: RULE_METAS,
      ...repositoryContext(absoluteRoot, io.env),
    });
    writeOutput(output, stringOption(args, 'output'), io);
    if (model.invalidConfig) {
      // Its mistakes are in the report; the exit status and this line say that nothing else was checked.
      io.stderr(`abm-gitops: ${shownError(model.invalidConfig)}\n`);
      return 2;
    }
    return report.findings.some((finding) => failsAt(finding, failOn)) ? 1 : 0;
  },
};

// git's and Apple's clients load only in the runs that use them: a plain run does not compile them.
async function changedFilesSinceRef(root: string, ref: string): Promise<ReadonlySet<string>> {
  return (await import('../../git/index.js')).changedFilesSince(root, ref);
}

export async function appleLiveStateFor(env: CommandIo['env']) {
  return (await import('../../apple/index.js')).appleLiveState(env);
}

/**
 * `validate [root]` or `validate <file>…`: a folder (default `.`) is the
 * root; files find their repository upwards and narrow the report to them.
 */
function whatToValidate(positionals: readonly string[], cwd: string): { root: string; absoluteRoot: string; givenFiles?: ReadonlySet<string> } {
  const [only] = positionals;
  if (only === undefined || (positionals.length === 1 && isDirectory(resolve(cwd, only)))) {
    const root = only ?? '.';
    return { root, absoluteRoot: resolve(cwd, root) };
  }
  const { root: absoluteRoot, files } = repositoryOfFiles(cwd, positionals);
  return { root: relative(cwd, absoluteRoot) || '.', absoluteRoot, givenFiles: new Set(files) };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Inside a GitHub Actions job (without the Action), workflow commands, SARIF
 * and Markdown links need paths from the repository root, and a commit to
 * link to: both come from the runner's variables when they are set.
 */
export function repositoryContext(root: string, env: CommandIo['env']): Pick<FormatOptions, 'pathPrefix' | 'links'> {
  const workspace = env.GITHUB_WORKSPACE;
  // A root outside the workspace keeps its root-relative paths: there is no repository path to give.
  const pathPrefix = workspace ? (repositoryPrefix(workspace, root) ?? '') : '';
  const { GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!repository || !sha) return { pathPrefix };
  return { pathPrefix, links: { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', repository, sha } };
}

export function resolveNow(text: string | undefined): Date {
  if (text === undefined) return new Date();
  return parseNow(text, '--now');
}

/**
 * `--color`/`--no-color` win; then FORCE_COLOR (as Node and chalk read it:
 * set means on, `0` or `false` off), then NO_COLOR (https://no-color.org:
 * set and not empty means off), then whether stdout is a terminal that is
 * not `TERM=dumb`.
 */
export function wantsColor(args: ParsedArgs, io: CommandIo): boolean {
  const { FORCE_COLOR: force, NO_COLOR: noColor, TERM: term } = io.env;
  if (force !== undefined) return booleanOption(args, 'color', force !== '0' && force.toLowerCase() !== 'false');
  if (noColor !== undefined && noColor !== '') return booleanOption(args, 'color', false);
  return booleanOption(args, 'color', io.isTTY && term !== 'dumb');
}

/**
 * Writes `output` (a string, or pieces of one) to the file, else to stdout.
 * Pieces go out in batches of about 64 KiB, so a large report is never
 * held whole in memory. A regular file (or a new one) is written beside
 * itself and renamed into place, so a run that fails half way leaves the
 * previous report whole instead of a truncated one; anything else (a
 * symlink, `/dev/stdout`, a FIFO) is written in place.
 */
export function writeOutput(output: string | Iterable<string>, outputPath: string | undefined, io: CommandIo): void {
  const pieces = typeof output === 'string' ? [output] : output;
  if (outputPath === undefined) {
    writeInBatches(pieces, (text) => io.stdout(text));
    return;
  }
  const target = resolve(io.cwd, outputPath);
  const existing = lstatOrUndefined(target);
  const mode = (existing?.mode ?? 0o666) & 0o7777;
  try {
    if (existing !== undefined && !existing.isFile()) writeFile(target, 'w', mode, pieces);
    else replaceFile(target, existing !== undefined, mode, pieces);
  } catch (error) {
    // The file system's refusals (ENOENT, EACCES, ENOSPC…) are the user's to fix; anything else stays an internal error.
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    throw new UsageError(`cannot write ${outputPath}: ${code}`);
  }
}

/**
 * Writes beside `target` and renames. In a folder that refuses new files,
 * an existing file is written in place instead (decided before any piece is
 * taken, since `pieces` can be iterated only once).
 */
function replaceFile(target: string, exists: boolean, mode: number, pieces: Iterable<string>): void {
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(partial, 'wx', mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (exists && (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')) return writeFile(target, 'w', mode, pieces);
    throw error;
  }
  try {
    const file = descriptor;
    writeInBatches(pieces, (text) => writeFileSync(file, text));
    closeSync(descriptor);
    descriptor = undefined;
    renameSync(partial, target);
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor);
    rmSync(partial, { force: true });
    throw error;
  }
}

function writeFile(path: string, flags: string, mode: number, pieces: Iterable<string>): void {
  const descriptor = openSync(path, flags, mode);
  try {
    writeInBatches(pieces, (text) => writeFileSync(descriptor, text));
  } finally {
    closeSync(descriptor);
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

const BATCH_CHARACTERS = 1 << 16;

function writeInBatches(pieces: Iterable<string>, write: (text: string) => void): void {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH_CHARACTERS) {
      write(batch);
      batch = '';
    }
  }
  if (batch !== '') write(batch);
}
