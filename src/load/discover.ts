import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';

export const CONFIG_FILE_NAMES = ['abm-gitops.yml', 'abm-gitops.yaml'] as const;

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const YAML_FILE = /\.ya?ml$/i;

export interface DiscoveredFile {
  /** Relative to the root, forward slashes. */
  path: string;
  absolutePath: string;
}

/**
 * Every `.yml`/`.yaml` file below `root` that may hold organizations, sorted
 * by path. Symlinks are not followed (a link could lead outside the repo), and
 * `.git` and `node_modules` are skipped. With `include` globs only matching
 * files are returned; without, the caller decides from each file's text.
 */
export function discoverYamlFiles(root: string, include?: readonly string[]): DiscoveredFile[] {
  const matches = include && include.length > 0 ? picomatch([...include], { dot: true }) : undefined;
  const found: DiscoveredFile[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const relativeDir = pending.pop()!;
    const entries = readdirSync(join(root, relativeDir), { withFileTypes: true });
    for (const entry of entries) {
      const relativePath = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(relativePath);
      } else if (entry.isFile() && YAML_FILE.test(entry.name)) {
        if (relativeDir === '' && (CONFIG_FILE_NAMES as readonly string[]).includes(entry.name)) continue;
        if (matches && !matches(relativePath)) continue;
        found.push({ path: relativePath, absolutePath: join(root, relativePath) });
      }
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const DECLARES_OUR_API_VERSION = /^[ \t]*apiVersion[ \t]*:[ \t]*["']?abm-gitops\/v1\b/m;

/** Cheap pre-parse test: does this text declare `apiVersion: abm-gitops/v1` anywhere? */
export function declaresOurApiVersion(text: string): boolean {
  return DECLARES_OUR_API_VERSION.test(text);
}
