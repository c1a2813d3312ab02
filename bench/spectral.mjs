// Spectral, the generic linter a user might pick instead: installed on demand into a temp
// folder (never a dependency of abm-gitops), and given bench/spectral/ruleset.yaml.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const INSTALL_DIR = join(tmpdir(), 'abm-gitops-bench-spectral');
const CLI = join(INSTALL_DIR, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
const RULESET = fileURLToPath(new URL('./spectral/ruleset.yaml', import.meta.url));

/** Path of Spectral's CLI entry point, installing @stoplight/spectral-cli first if needed. */
export function ensureSpectral(log) {
  if (!existsSync(CLI)) {
    log(`installing @stoplight/spectral-cli into ${INSTALL_DIR} (once)…`);
    mkdirSync(INSTALL_DIR, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['install', '--prefix', INSTALL_DIR, '--no-audit', '--no-fund', '--no-save', '@stoplight/spectral-cli'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const version = JSON.parse(readFileSync(join(dirname(CLI), '..', 'package.json'), 'utf8')).version;
  return { cli: CLI, version };
}

/**
 * Spectral resolves a `$ref` to an external schema file but then cannot follow that schema's own
 * `#/$defs/…` references, and silently reports nothing. So the ruleset given to Spectral is
 * ruleset.yaml with every `schema: {$ref: <file>}` replaced by the file's content, written as JSON
 * next to the install.
 */
export function preparedRuleset() {
  const ruleset = parse(readFileSync(RULESET, 'utf8'));
  for (const rule of Object.values(ruleset.rules)) {
    const options = rule.then?.functionOptions;
    const reference = options?.schema?.$ref;
    if (typeof reference === 'string') options.schema = JSON.parse(readFileSync(resolve(dirname(RULESET), reference), 'utf8'));
  }
  const out = join(INSTALL_DIR, 'ruleset.json');
  writeFileSync(out, JSON.stringify(ruleset));
  return out;
}

/** Node arguments that lint every organization file of `root` and write JSON results to `output`. */
export function spectralArgs(cli, ruleset, output) {
  return [cli, 'lint', 'customers/**/*.yml', '--ruleset', ruleset, '--format', 'json', '--output', output, '--fail-severity', 'error'];
}

/** Spectral's JSON results → counts by rule (its rule names are ours). */
export function spectralFindings(outputFile) {
  const byRule = {};
  for (const result of JSON.parse(readFileSync(outputFile, 'utf8'))) byRule[result.code] = (byRule[result.code] ?? 0) + 1;
  return byRule;
}
