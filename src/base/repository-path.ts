/**
 * Findings carry paths relative to the validated root; annotations, SARIF,
 * GitLab, JUnit, Markdown and HTML links need them relative to the
 * repository (the root may be a folder of it, `path: infra/abm`). These two
 * functions are the one home of that idea, shared by the CLI and the Action.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The prefix that leads from the repository root (`workspace`) to the
 * validated `root`, with forward slashes and a trailing slash (`infra/abm/`),
 * '' for the repository root itself, and undefined when `root` lies outside
 * the repository (each caller decides what that means).
 */
export function repositoryPrefix(workspace: string, root: string): string | undefined {
  const inside = relative(resolve(workspace), resolve(root));
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return inside === '' ? '' : `${inside.split(sep).join('/')}/`;
}

/** Joins the root-relative path to the prefix that leads from the repository root to the validated root. */
export function repositoryPath(file: string, pathPrefix: string): string {
  if (pathPrefix === '') return file;
  return pathPrefix.endsWith('/') ? `${pathPrefix}${file}` : `${pathPrefix}/${file}`;
}
