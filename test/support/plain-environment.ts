/**
 * Each test worker's `process.env` becomes a plain copy of itself, once.
 *
 * `yaml` looks up `LOG_TOKENS` and `LOG_STREAM` in `process.env` for every
 * token it lexes, and each lookup in Node's real environment object is a call
 * into C++ (a scan of the environment): a fifth of the CPU of the YAML bombs
 * when run from source. The shipped bundles have those lookups replaced by
 * `false` (`yamlDebugSwitchesOff` in scripts/bundle-plugins.mjs), so the tests
 * give the sources what the bundles effectively have. Child processes still
 * get the same variables: `spawn` and `fork` read the object `process.env` is.
 */
const replaced = Symbol.for('abm-gitops.plain-environment');
const marked = globalThis as { [replaced]?: true };

if (!marked[replaced]) {
  process.env = { ...process.env };
  marked[replaced] = true;
}
