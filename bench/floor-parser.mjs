// The floor's parser (bench/floor.mjs): @stoplight/yaml and its @stoplight/yaml-ast-parser,
// installed on demand into a temp folder, as Spectral is (bench/spectral.mjs): a bench-only tool,
// never a dependency of abm-gitops. Pinned, so every bench run measures against the same floor.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FLOOR_PARSER = '@stoplight/yaml@4.3.0';
const INSTALL_DIR = join(tmpdir(), 'abm-gitops-bench-floor');
const NODE_MODULES = join(INSTALL_DIR, 'node_modules');

/** The folder the floor's bundle resolves @stoplight/yaml from (esbuild `nodePaths`), installing it first if needed. */
export function ensureFloorParser(log) {
  const manifest = join(NODE_MODULES, '@stoplight', 'yaml', 'package.json');
  const wanted = FLOOR_PARSER.split('@').pop();
  if (!existsSync(manifest) || JSON.parse(readFileSync(manifest, 'utf8')).version !== wanted) {
    log(`installing ${FLOOR_PARSER} into ${INSTALL_DIR} (once)…`);
    mkdirSync(INSTALL_DIR, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['install', '--prefix', INSTALL_DIR, '--no-audit', '--no-fund', '--no-save', FLOOR_PARSER], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const parserVersion = JSON.parse(readFileSync(join(NODE_MODULES, '@stoplight', 'yaml-ast-parser', 'package.json'), 'utf8')).version;
  return { nodePath: NODE_MODULES, version: `${FLOOR_PARSER} (@stoplight/yaml-ast-parser ${parserVersion})` };
}
