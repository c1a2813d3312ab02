import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../base/errors.js';
import { gitClient } from './client.js';

/**
 * Files changed since `ref` (against the merge base, as a pull request sees
 * them, plus uncommitted and untracked files), relative to `root`. Used to
 * report findings only where a change touched, while the whole repo is still
 * loaded so cross-file rules keep working.
 */
export async function changedFilesSince(root: string, ref: string): Promise<Set<string>> {
  const git = gitClient(resolve(root));
  let top: string;
  try {
    top = (await git.revparse(['--show-toplevel'])).trim();
  } catch {
    throw new UsageError(`--changed-since needs a git repository, and ${root} is not inside one`);
  }
  let names: string;
  try {
    // -z: names exactly as stored (git quotes `clé.pem` otherwise); --end-of-options: a ref is never an option (`--output=/x`).
    names = await git.raw(['diff', '-z', '--name-only', '--no-renames', '--merge-base', '--end-of-options', ref, '--']);
  } catch {
    throw new UsageError(`--changed-since: git cannot find the revision "${ref}" (fetch it first, e.g. with fetch-depth: 0)`);
  }
  const untracked = await git.raw(['ls-files', '-z', '--others', '--exclude-standard', '--full-name']);
  const absoluteRoot = resolve(root);
  const changed = new Set<string>();
  for (const name of `${names}\0${untracked}`.split('\0')) {
    if (name === '') continue;
    const path = relative(absoluteRoot, resolve(top, name)).split(sep).join('/');
    if (!path.startsWith('../')) changed.add(path);
  }
  return changed;
}
