// esbuild plugins shared by the build (scripts/build.mjs) and the bench's floor
// (bench/run.mjs), so the floor gets exactly the shortcuts the bundle gets.
import { readFile } from 'node:fs/promises';
import { generateValidatorsModule, repoRoot } from './gen-validators.mjs';

// yaml checks process.env.LOG_TOKENS / LOG_STREAM (debug switches) once per
// token; reading process.env costs a call into C++ each time, which was the
// largest single cost of validating 10,000 organizations. Bundle them as off.
export const yamlDebugSwitchesOff = {
  name: 'yaml-debug-switches-off',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replace(/node_process\.env\.LOG_(TOKENS|STREAM)/g, 'false'), loader: 'js' };
    });
  },
};

// Compiling both schemas took ~140 ms of every start: bundles carry the
// validators ajv generated from src/schema/compile.ts instead of that file.
export async function precompiledValidators() {
  const validatorsModule = await generateValidatorsModule();
  return {
    name: 'precompiled-validators',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]schema[\\/]compile\.ts$/ }, () => ({ contents: validatorsModule, loader: 'js', resolveDir: repoRoot }));
    },
  };
}

// node-forge is 600 KB whose top level builds cipher suites and OID tables: about a third of the
// CLI's start-up, though only runs that read a certificate, token or key need it. Its importers get
// a stand-in that loads forge on first use (a `require` esbuild keeps lazy). With `separateFile`
// (a path relative to the chunk holding the stand-in), forge is not bundled at all but required
// from that file at run time (`nodeForgeFile` writes it), so runs that never use it do not even
// read and compile its 600 KB.
export function lazyNodeForge({ separateFile } = {}) {
  const load = separateFile ? `require(${JSON.stringify(separateFile)})` : "require('node-forge')";
  return {
    name: 'lazy-node-forge',
    setup(build) {
      build.onResolve({ filter: /^node-forge$/ }, (args) => (args.namespace === 'lazy-node-forge' ? undefined : { path: 'node-forge', namespace: 'lazy-node-forge' }));
      if (separateFile) build.onResolve({ filter: /^\.\/.*\.cjs$/, namespace: 'lazy-node-forge' }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-node-forge' }, () => ({
        contents: `let forge; const load = () => (forge ??= ${load}); export default new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });`,
        loader: 'js',
        resolveDir: repoRoot,
      }));
    },
  };
}

/** Build options for node-forge alone as one CommonJS file, for `lazyNodeForge({ separateFile })`. */
export function nodeForgeFile(outfile) {
  return { entryPoints: ['node-forge'], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', legalComments: 'none', logLevel: 'warning' };
}
