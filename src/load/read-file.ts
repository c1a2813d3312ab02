import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** The bytes of a file, or one line saying why they were not read. */
export type GuardedRead =
  | { bytes: Buffer }
  | { kind: 'missing' | 'refused'; problem: string }
  | { kind: 'too-large'; problem: string; size: number }
  | { kind: 'unreadable'; problem: string; code: string };

/**
 * Reads `relativePath` below `root` under the rules every input file obeys:
 * a regular file (never a FIFO, device, socket or directory), inside the root
 * once every symlink is resolved, and at most `maxBytes` long. Opened without
 * blocking (a FIFO swapped in after the check cannot hang the run) and read
 * with a bounded buffer (a file that grows after the check, or a device such
 * as /dev/zero, is never read past the cap). Nothing of the file's content is
 * ever part of a problem. `allocate` gives the buffer to read into (its room
 * is the file's size and one byte, to see it grow); a new one by default.
 */
export function readGuardedFile(root: string, relativePath: string, maxBytes: number, allocate: (size: number) => Buffer = Buffer.alloc): GuardedRead {
  const path = join(root, relativePath);
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait forever for a writer.
    // O_NOFOLLOW: a file that is no symlink (nearly all) is opened at once, with no lstat before;
    // a symlink fails with ELOOP and is only opened once it is known to stay inside the root.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing', problem: 'the file does not exist' };
    if (code !== 'ELOOP') return unreadable(error);
    const refusal = symlinkRefusal(root, path);
    if (refusal) return refusal;
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error) {
      return unreadable(error);
    }
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'refused', problem: `it is ${kindOf(stats)}, not a regular file` };
    if (stats.size > maxBytes) return { kind: 'too-large', size: stats.size, problem: `it is ${stats.size} bytes, over the ${maxBytes}-byte cap` };
    const buffer = allocate(stats.size + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) return { kind: 'too-large', size: length, problem: `it grew past the ${maxBytes}-byte cap while being read` };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}

/** Why the symlink at `path` is not read, or `undefined` when it resolves to a place inside `root`. */
function symlinkRefusal(root: string, path: string): GuardedRead | undefined {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (error) {
    return unreadable(error);
  }
  // ELOOP without a symlink at the end: a loop of links further up the path.
  if (!link.isSymbolicLink()) return unreadableWith('ELOOP');
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    return { kind: 'refused', problem: `it is a symlink that leads nowhere readable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (error) {
    // The repository itself moved or went while it was being read.
    return unreadable(error);
  }
  if (!isInside(realRoot, real)) return { kind: 'refused', problem: 'it is a symlink that leads outside the repository, so it was not read' };
  return undefined;
}

function unreadable(error: unknown): GuardedRead {
  return unreadableWith((error as NodeJS.ErrnoException).code ?? 'unknown error');
}

function unreadableWith(code: string): GuardedRead {
  return { kind: 'unreadable', code, problem: `it cannot be read (${code})` };
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

function isInside(base: string, path: string): boolean {
  const rest = relative(base, path);
  return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest));
}
