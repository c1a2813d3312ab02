// Bundles the CLI and the Action into dist/ (committed: the Action runs dist/action.js as is).
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { lazyNodeForge, nodeForgeFile, precompiledValidators, yamlDebugSwitchesOff } from './bundle-plugins.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
// Generated once for the three bundles that carry them (ajv compiling both schemas: ~0.3 s of CPU each time).
const validators = await precompiledValidators();

const common = {
  plugins: [yamlDebugSwitchesOff, lazyNodeForge(), validators],
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

// dist/cli.js is a small entry that answers --version itself and imports the rest (dist/chunks/) only when needed:
// one chunk per command (src/cli/commands/index.ts loads each lazily), node-forge in a file of its own.
await rm(new URL('../dist/chunks', import.meta.url), { recursive: true, force: true });
await build(nodeForgeFile('dist/chunks/node-forge.cjs'));
await build({
  ...common,
  plugins: [yamlDebugSwitchesOff, lazyNodeForge({ separateFile: './node-forge.cjs' }), validators],
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
});
await build({ ...common, entryPoints: ['src/action/main.ts'], outfile: 'dist/action.js' });
// The worker threads of `validate` (src/validate/parallel.ts), shared by the CLI and the Action: each finds it beside itself.
await build({
  ...common,
  plugins: [yamlDebugSwitchesOff, lazyNodeForge({ separateFile: './chunks/node-forge.cjs' }), validators],
  entryPoints: ['src/validate/worker.ts'],
  outfile: 'dist/validate-worker.js',
});
