/**
 * Follows `file:` and `env:` references safely (docs/security.md;
 * the threat model). A `file:` path is relative to the YAML file that holds it and
 * must stay inside the repository root after resolving `..` and every
 * symlink (of the file and of each folder on the way); anything else is
 * refused before a byte is read. `env:` values come from the map the caller
 * passes in: the core never reads `process.env`.
 */
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep, win32 } from 'node:path';
import type { Environment } from '../base/environment.js';
import type { Bytes } from './bytes.js';

export type { Environment };

export type ReferenceOutcome =
  /** The bytes behind the reference; `location` is the repo-relative path or the variable's name. */
  | { status: 'read'; source: 'file' | 'secret'; bytes: Bytes; location: string }
  /** An `env:` variable that is not set (or empty): validation falls back to the declared values. */
  | { status: 'unset' }
  | { status: 'outside-repo'; reason: string }
  | { status: 'unreadable'; reason: string };

export interface ReferenceReader {
  /** Reads what `ref` points at; `yamlFile` is the absolute path of the file that declares it. */
  read(ref: string, yamlFile: string): ReferenceOutcome;
}

export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A reader bound to one repository. Each file is read at most once per run
 * (cached by absolute path), however many references point at it.
 */
export function createReferenceReader(options: { root: string; env: Environment; maxFileBytes: number }): ReferenceReader {
  const root = resolve(options.root);
  const realRoot = realpathSync(root);
  const files = new Map<string, ReferenceOutcome>();
  // A map: looking thousands of different names up in an object is slow (and would find `constructor` on its prototype).
  const env = new Map(Object.entries(options.env));
  return {
    read(ref, yamlFile) {
      if (ref.startsWith('env:')) return readEnv(ref.slice('env:'.length), env);
      if (!ref.startsWith('file:')) return { status: 'unreadable', reason: 'a reference starts with `file:` or `env:`' };
      const path = ref.slice('file:'.length);
      if (path.trim() === '') return { status: 'unreadable', reason: 'the `file:` reference names no file' };
      if (isAbsolute(path) || win32.isAbsolute(path)) {
        return { status: 'outside-repo', reason: 'it is an absolute path; use a path relative to the YAML file' };
      }
      const absolute = resolve(dirname(yamlFile), path);
      let outcome = files.get(absolute);
      if (outcome === undefined) {
        outcome = readFileInside(absolute, { root, realRoot, maxFileBytes: options.maxFileBytes });
        files.set(absolute, outcome);
      }
      return outcome;
    },
  };
}

function readEnv(name: string, env: ReadonlyMap<string, string | undefined>): ReferenceOutcome {
  if (!ENV_NAME.test(name)) {
    return { status: 'unreadable', reason: `\`${name}\` is not a valid environment variable name (letters, digits and _, not starting with a digit)` };
  }
  const value = env.get(name);
  // CI systems pass a missing secret as an empty string: that is an offline run, not a broken secret.
  if (value === undefined || value === '') return { status: 'unset' };
  return { status: 'read', source: 'secret', bytes: value, location: name };
}

interface Bounds {
  root: string;
  realRoot: string;
  maxFileBytes: number;
}

function isInside(base: string, path: string): boolean {
  const rest = relative(base, path);
  return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest));
}

function readFileInside(absolute: string, bounds: Bounds): ReferenceOutcome {
  if (!isInside(bounds.root, absolute)) {
    return { status: 'outside-repo', reason: 'it leaves the repository root' };
  }
  const location = relative(bounds.root, absolute).split(sep).join('/') || '.';
  const real = realTarget(absolute, bounds.realRoot);
  if (real.status !== 'inside') return real;
  // Only the resolved, checked path is ever opened.
  try {
    const stats = statSync(real.path);
    if (!stats.isFile()) return { status: 'unreadable', reason: `\`${location}\` is not a regular file` };
    if (stats.size === 0) return { status: 'unreadable', reason: `\`${location}\` is empty` };
    if (stats.size > bounds.maxFileBytes) {
      return { status: 'unreadable', reason: `\`${location}\` is ${stats.size} bytes, over the ${bounds.maxFileBytes}-byte cap (limits.maxFileBytes)` };
    }
    return { status: 'read', source: 'file', bytes: readFileSync(real.path), location };
  } catch (error) {
    return { status: 'unreadable', reason: `\`${location}\` cannot be read (${(error as NodeJS.ErrnoException).code ?? 'read failed'})` };
  }
}

type RealTarget = { status: 'inside'; path: string } | Extract<ReferenceOutcome, { status: 'outside-repo' | 'unreadable' }>;

const THROUGH_SYMLINK: RealTarget = { status: 'outside-repo', reason: 'a symlink on the way leads outside the repository' };

/** Resolves every symlink of `absolute`; a missing file is "not found" only when the way to it stays inside. */
function realTarget(absolute: string, realRoot: string): RealTarget {
  try {
    const real = realpathSync(absolute);
    return isInside(realRoot, real) ? { status: 'inside', path: real } : THROUGH_SYMLINK;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { status: 'unreadable', reason: 'the path runs into a symlink loop' };
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return { status: 'unreadable', reason: `the path cannot be resolved (${code ?? 'error'})` };
  }
  // Missing: a dangling symlink still says where it points, and the nearest existing folder may be a link out.
  const dangling = danglingLinkTarget(absolute);
  if (dangling !== undefined && !isInside(realRoot, dangling)) return THROUGH_SYMLINK;
  let existing = dirname(absolute);
  for (;;) {
    try {
      return isInside(realRoot, realpathSync(existing)) ? { status: 'unreadable', reason: 'the file does not exist' } : THROUGH_SYMLINK;
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return { status: 'unreadable', reason: 'the file does not exist' };
      existing = parent;
    }
  }
}

function danglingLinkTarget(path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
    const parent = realpathSync(dirname(path));
    return resolve(parent, readlinkSync(path));
  } catch {
    return undefined;
  }
}
