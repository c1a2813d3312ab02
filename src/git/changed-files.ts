import { relative, resolve, sep } from 'node:path';
import { simpleGit } from 'simple-git';
import { UsageError } from '../cli/command.js';

/**
 * Files changed since `ref` (against the merge base, as a pull request sees
 * them, plus uncommitted and untracked files), relative to `root`. Used to
 * report findings only where a change touched, while the whole repo is still
 * loaded so cross-file rules keep working.
 */
export async function changedFilesSince(root: string, ref: string): Promise<Set<string>> {
  const git = simpleGit({ baseDir: resolve(root) }).env(gitEnvironment());
  let top: string;
  try {
    top = (await git.revparse(['--show-toplevel'])).trim();
  } catch {
    throw new UsageError(`--changed-since needs a git repository, and ${root} is not inside one`);
  }
  let names: string;
  try {
    names = await git.raw(['diff', '--name-only', '--no-renames', '--merge-base', ref]);
  } catch {
    throw new UsageError(`--changed-since: git cannot find the revision "${ref}" (fetch it first, e.g. with fetch-depth: 0)`);
  }
  const untracked = await git.raw(['ls-files', '--others', '--exclude-standard', '--full-name']);
  const absoluteRoot = resolve(root);
  const changed = new Set<string>();
  for (const name of `${names}\n${untracked}`.split('\n')) {
    if (name.trim() === '') continue;
    const path = relative(absoluteRoot, resolve(top, name)).split(sep).join('/');
    if (!path.startsWith('../')) changed.add(path);
  }
  return changed;
}

/**
 * The environment git runs with: simple-git refuses inherited GIT_* variables
 * (they can redirect git to another repository), so only what git needs passes.
 */
export function gitEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, GIT_TERMINAL_PROMPT: '0', ...extra };
}
