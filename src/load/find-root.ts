import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../base/errors.js';
import { CONFIG_FILE_NAMES } from './discover.js';

export interface FilesInRepository {
  /** Absolute root of the config repository that holds the files. */
  root: string;
  /** The files, relative to the root with forward slashes (the paths findings carry). */
  files: string[];
}

/** The nearest folder at or above `start` that holds abm-gitops.yml, if any. */
export function configFolderAbove(start: string): string | undefined {
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    if (CONFIG_FILE_NAMES.some((name) => existsSync(join(folder, name)))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

/** The nearest folder at or above `start` with a `.git` (folder, or file for a linked work tree or submodule), if any. */
export function gitWorkTreeAbove(start: string): string | undefined {
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * `validate <file>…` (pre-commit, lint-staged, editors): the config
 * repository that holds the files is the nearest folder upwards with
 * abm-gitops.yml, else the git work tree's root. Every file must exist and
 * sit in that one repository.
 */
export function repositoryOfFiles(cwd: string, given: readonly string[]): FilesInRepository {
  const absolute = given.map((file) => resolve(cwd, file));
  absolute.forEach((file, index) => {
    if (!existsSync(file)) throw new UsageError(`cannot validate ${given[index]}: no such file or folder`);
    if (statSync(file).isDirectory()) throw new UsageError(`cannot validate ${given[index]} with other paths: give one root folder, or files only`);
  });
  const first = dirname(absolute[0]!);
  const root = configFolderAbove(first) ?? gitWorkTreeAbove(first);
  if (root === undefined) {
    throw new UsageError(`cannot tell which config repository holds ${given[0]}: no abm-gitops.yml in its folder or above, and it is not inside a git work tree`);
  }
  const files = absolute.map((file, index) => {
    const inside = relative(root, file);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      throw new UsageError(`${given[index]} is outside the config repository at ${relative(cwd, root) || '.'} that holds ${given[0]}: validate one repository at a time`);
    }
    return inside.split(/[\\/]/).join('/');
  });
  return { root, files };
}
