/**
 * The import's only disk edge: every regular file under the given paths,
 * read safely. Nothing here can hang or exhaust memory on what a download
 * folder may hold: a FIFO or device is never opened for a blocking read
 * (`O_NONBLOCK`, then `fstat`), a file over the size cap is never read, a
 * symlink is followed only when its target stays inside the folder it was
 * found in, and folders are walked to a bounded depth and file count.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface FoundFile {
  /** Absolute path of the file as found (a symlink's own path, not its target). */
  absolute: string;
  /** The path as the user sees it: relative to the working folder when inside it. */
  shown: string;
  bytes: Buffer;
}

export interface SkippedPath {
  shown: string;
  reason: string;
}

export interface FileCollection {
  files: FoundFile[];
  skipped: SkippedPath[];
}

export interface CollectOptions {
  cwd: string;
  maxFileBytes: number;
  /** Files read at most (a wrong path such as `/` must not read a disk). */
  maxFiles?: number;
  maxDepth?: number;
}

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
const DEFAULT_MAX_FILES = 10_000;
const DEFAULT_MAX_DEPTH = 16;

/** Reads every file under `paths`; a path that does not exist is returned as `missing` for the caller to refuse. */
export function collectFiles(paths: readonly string[], options: CollectOptions): FileCollection & { missing: string[] } {
  const state: Walk = {
    ...options,
    maxFiles: options.maxFiles ?? DEFAULT_MAX_FILES,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    files: [],
    skipped: [],
    seen: new Set(),
    capped: false,
  };
  const missing: string[] = [];
  for (const path of paths) {
    const absolute = resolve(options.cwd, path);
    let stats: Stats;
    try {
      stats = lstatSync(absolute);
    } catch (error) {
      if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') missing.push(path);
      else state.skipped.push({ shown: path, reason: `cannot be read (${describeCode(error)})` });
      continue;
    }
    let boundary: string;
    try {
      boundary = realpathSync(stats.isDirectory() ? absolute : resolve(absolute, '..'));
    } catch (error) {
      state.skipped.push({ shown: path, reason: `cannot be resolved (${describeCode(error)})` });
      continue;
    }
    // A path given by name may itself be a symlink: the user chose it, so its target is the boundary.
    if (stats.isSymbolicLink()) visitLink(state, absolute, boundary, 0, true);
    else visit(state, absolute, stats, boundary, 0);
  }
  if (state.capped)
    state.skipped.push({ shown: paths.join(' '), reason: `more than ${state.maxFiles} files: the rest was not read (give the customer's folder, not a whole disk)` });
  return { files: state.files, skipped: state.skipped, missing };
}

interface Walk extends Required<Omit<CollectOptions, 'cwd'>> {
  cwd: string;
  files: FoundFile[];
  skipped: SkippedPath[];
  /** Real paths already read: a file reached twice (two links to one file) is read once. */
  seen: Set<string>;
  capped: boolean;
}

function shown(state: Walk, absolute: string): string {
  const rest = relative(state.cwd, absolute);
  return rest !== '' && !rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest) ? rest.split(sep).join('/') : absolute;
}

function visit(state: Walk, absolute: string, stats: Stats, boundary: string, depth: number): void {
  if (state.capped) return;
  if (stats.isSymbolicLink()) return visitLink(state, absolute, boundary, depth, false);
  if (stats.isDirectory()) return visitFolder(state, absolute, boundary, depth);
  if (!stats.isFile()) return skip(state, absolute, `not a regular file (${fileType(stats)}): not read`);
  readOne(state, absolute, absolute);
}

function visitFolder(state: Walk, folder: string, boundary: string, depth: number): void {
  if (depth > state.maxDepth) return skip(state, folder, `nested more than ${state.maxDepth} folders deep: not read`);
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch (error) {
    return skip(state, folder, `this folder cannot be read (${describeCode(error)})`);
  }
  for (const name of names) {
    if (SKIPPED_FOLDERS.has(name)) continue;
    const child = join(folder, name);
    let stats: Stats;
    try {
      stats = lstatSync(child);
    } catch (error) {
      skip(state, child, `cannot be read (${describeCode(error)})`);
      continue;
    }
    visit(state, child, stats, boundary, depth + 1);
  }
}

function visitLink(state: Walk, link: string, boundary: string, depth: number, given: boolean): void {
  let target: string;
  try {
    target = realpathSync(link);
  } catch (error) {
    return skip(state, link, code(error) === 'ELOOP' ? 'a symlink loop: not followed' : 'a symlink to nothing (its target is missing)');
  }
  if (!given && !inside(boundary, target)) return skip(state, link, 'a symlink that leads outside the folder: not followed');
  let stats: Stats;
  try {
    stats = lstatSync(target);
  } catch (error) {
    return skip(state, link, `cannot be read (${describeCode(error)})`);
  }
  // Folders are walked only where they really are: a link to a folder could loop back up.
  if (stats.isDirectory()) return given ? visitFolder(state, target, target, depth) : skip(state, link, 'a symlink to a folder: not followed (give the folder itself)');
  if (!stats.isFile()) return skip(state, link, `a symlink to something that is not a regular file (${fileType(stats)}): not read`);
  readOne(state, link, target);
}

function readOne(state: Walk, absolute: string, real: string): void {
  if (state.files.length >= state.maxFiles) {
    state.capped = true;
    return;
  }
  const realKey = safeRealpath(real);
  if (state.seen.has(realKey)) return;
  state.seen.add(realKey);
  const result = readBounded(real, state.maxFileBytes);
  if (typeof result === 'string') return skip(state, absolute, result);
  state.files.push({ absolute, shown: shown(state, absolute), bytes: result });
}

/** The file's bytes, or why they were not read. Opened non-blocking and checked again on the open descriptor. */
export function readBounded(path: string, maxBytes: number): Buffer | string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    return `cannot be read (${describeCode(error)})`;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return `not a regular file (${fileType(stats)}): not read`;
    if (stats.size === 0) return 'empty';
    if (stats.size > maxBytes) return `${stats.size} bytes, over the ${maxBytes}-byte cap for a token or certificate: not read`;
    // Read at most one byte more than the cap: a file that grows while being read is refused too.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (let count = -1; count !== 0 && length < buffer.length; length += count) count = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) return `over the ${maxBytes}-byte cap for a token or certificate: not read`;
    return buffer.subarray(0, length);
  } catch (error) {
    return `cannot be read (${describeCode(error)})`;
  } finally {
    closeSync(fd);
  }
}

function skip(state: Walk, absolute: string, reason: string): void {
  state.skipped.push({ shown: shown(state, absolute), reason });
}

function inside(base: string, path: string): boolean {
  const rest = relative(base, path);
  return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest));
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function fileType(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isDirectory()) return 'a folder';
  return 'not a file';
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

function describeCode(error: unknown): string {
  const value = code(error);
  if (value === 'EACCES' || value === 'EPERM') return 'permission denied';
  if (value === 'ELOOP') return 'a symlink loop';
  if (value === 'EISDIR') return 'a folder';
  return value ?? 'read failed';
}
