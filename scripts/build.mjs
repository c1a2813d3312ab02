// Bundles the CLI and the Action into dist/ (committed: the Action runs dist/action.js as is).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { generateValidatorsModule, repoRoot } from './gen-validators.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

// yaml checks process.env.LOG_TOKENS / LOG_STREAM (debug switches) once per
// token; reading process.env costs a call into C++ each time, which was the
// largest single cost of validating 10,000 organizations. Bundle them as off.
const yamlDebugSwitchesOff = {
  name: 'yaml-debug-switches-off',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replace(/node_process\.env\.LOG_(TOKENS|STREAM)/g, 'false'), loader: 'js' };
    });
  },
};

// Compiling both schemas took ~140 ms of every start: the bundle carries the
// validators ajv generated from src/schema/compile.ts instead of that file.
const validatorsModule = await generateValidatorsModule();
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]schema[\\/]compile\.ts$/ }, () => ({ contents: validatorsModule, loader: 'js', resolveDir: repoRoot }));
  },
};

const common = {
  plugins: [yamlDebugSwitchesOff, precompiledValidators],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __ABM_GITOPS_VERSION__: JSON.stringify(pkg.version) },
  // Some bundled CommonJS dependencies call require(); give ESM output a real one.
  banner: { js: "import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);" },
};

await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } });
await build({ ...common, entryPoints: ['src/action/main.ts'], outfile: 'dist/action.js' });
