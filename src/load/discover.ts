import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { flatText } from '../base/text.js';
import { capYoungGeneration } from '../base/young-generation.js';
import { compileGlobs } from './glob.js';

export const CONFIG_FILE_NAMES = ['abm-gitops.yml', 'abm-gitops.yaml'] as const;

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
const YAML_FILE = /\.ya?ml$/i;

export interface DiscoveredFile {
  /** Relative to the root, forward slashes. */
  path: string;
  absolutePath: string;
}

/** Told once, during the walk, when this many `.yml`/`.yaml` files have been listed (worker threads start then, not after the walk). */
export interface YamlCountWatch {
  count: number;
  reached: () => void;
}

/**
 * Every regular file below `root`, relative and sorted: walked once per run,
 * for organization discovery and the committed-secret scan alike. Symlinks
 * are not followed (a link could lead outside the repo), `.git` and
 * `node_modules` are skipped, and an unreadable folder holds nothing to check.
 */
export function listRepositoryFiles(root: string, watch?: YamlCountWatch): string[] {
  const found: string[] = [];
  let yamlFiles = 0;
  const pending: string[] = [''];
  while (pending.length > 0) {
    const relativeDir = pending.pop()!;
    // A walk of thousands of folders keeps what it allocates: the young generation grows most here.
    capYoungGeneration();
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, relativeDir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const relativePath = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      // Dirent types come from lstat: a symlink is neither a directory nor a file here.
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(relativePath);
      } else if (entry.isFile()) {
        // Kept for the whole run (every file's path), so flattened.
        found.push(flatText(relativePath));
        if (watch && YAML_FILE.test(entry.name) && ++yamlFiles === watch.count) watch.reached();
      }
    }
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The `.yml`/`.yaml` files among `files` that may hold organizations (never
 * the root's abm-gitops.yml). With `include` globs only matching files are
 * returned; without, the caller decides from each file's text.
 */
export function discoverYamlFiles(root: string, include?: readonly string[], files: readonly string[] = listRepositoryFiles(root)): DiscoveredFile[] {
  const compiled = include && include.length > 0 ? compileGlobs(include) : undefined;
  // loadConfig has already refused a glob that cannot be compiled, with its location.
  if (compiled && 'problem' in compiled) throw new Error(`include[${compiled.index}]: ${compiled.problem}`);
  const matches = compiled?.matches;
  return files
    .filter((path) => YAML_FILE.test(path) && !(CONFIG_FILE_NAMES as readonly string[]).includes(path) && (!matches || matches(path)))
    .map((path) => ({ path, absolutePath: flatText(join(root, path)) }));
}

// Loose on purpose: `abm-gitop/v1` or `ABM-GitOps/v1` must reach the parser, which tells a near miss from another tool's file.
const DECLARES_OUR_API_VERSION = /^[ \t]*apiVersion[ \t]*:[ \t]*["']?abm/im;

/** Cheap pre-parse test: may this text declare `apiVersion: abm-gitops/v1` (or a near miss of it) anywhere? */
export function declaresOurApiVersion(text: string): boolean {
  return DECLARES_OUR_API_VERSION.test(text);
}
