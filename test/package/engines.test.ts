/**
 * `npm ci` prints no warning on the Node we run (no engine refused, no install
 * script left unreviewed), and what we declare in `engines` is true: every
 * runtime dependency supports every version in our range. Reads the installed
 * tree, as npm does when it warns.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, test } from 'vitest';

interface Manifest {
  name: string;
  version: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

const root = join(import.meta.dirname, '..', '..');
const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

function installed(folder: string): Manifest[] {
  const found: Manifest[] = [];
  for (const entry of readdirSync(folder)) {
    if (entry.startsWith('.')) continue;
    const path = join(folder, entry);
    if (entry.startsWith('@')) {
      found.push(...installed(path));
      continue;
    }
    const manifest = join(path, 'package.json');
    if (existsSync(manifest)) found.push(JSON.parse(readFileSync(manifest, 'utf8')) as Manifest);
    if (existsSync(join(path, 'node_modules'))) found.push(...installed(join(path, 'node_modules')));
  }
  return found;
}

const tree = installed(join(root, 'node_modules'));
const byName = new Map(tree.map((manifest) => [manifest.name, manifest]));

/** The packages `src/` imports: what esbuild bundles into dist/ (the package declares no runtime dependencies). */
function bundledPackages(folder = join(root, 'src')): string[] {
  const names = new Set<string>();
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) for (const name of bundledPackages(path)) names.add(name);
    else if (entry.name.endsWith('.ts')) {
      for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/^import [^;]*? from '([^.'][^']*)'/gm)) {
        if (specifier!.startsWith('node:')) continue;
        const parts = specifier!.split('/');
        names.add(specifier!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
  }
  return [...names];
}

/** What runs inside dist/: the bundled packages and their dependencies (by name; the tree is deduplicated). */
function runtimeClosure(): Manifest[] {
  const seen = new Map<string, Manifest>();
  const queue = bundledPackages();
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const manifest = byName.get(name);
    if (manifest === undefined || seen.has(name)) continue;
    seen.set(name, manifest);
    queue.push(...Object.keys(manifest.dependencies ?? {}));
  }
  return [...seen.values()];
}

/** The lifecycle scripts npm 11 lists as "not yet covered by allowScripts" (and npm 12 skips). */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

describe('npm ci prints no warning', () => {
  test('every installed package with an install script is reviewed in allowScripts', () => {
    const allowed = Object.keys(ours.allowScripts ?? {});
    const unreviewed = tree
      .filter((manifest) => INSTALL_SCRIPTS.some((script) => manifest.scripts?.[script] !== undefined))
      .map((manifest) => `${manifest.name}@${manifest.version}`)
      .filter((id) => !allowed.some((key) => key === id || key === id.slice(0, id.lastIndexOf('@'))));
    expect(unreviewed).toEqual([]);
  });
});

describe('engines', () => {
  test('the running Node is inside our declared range', () => {
    expect(semver.satisfies(process.version, ours.engines?.node ?? '')).toBe(true);
  });

  test('no installed package, dev tools included, refuses the running Node (npm ci would warn)', () => {
    const refusing = tree
      .filter((manifest) => manifest.engines?.node !== undefined && !semver.satisfies(process.version, manifest.engines.node))
      .map((manifest) => `${manifest.name}@${manifest.version} wants node ${manifest.engines?.node}`);
    expect(refusing).toEqual([]);
  });

  test('every runtime dependency supports every Node our range admits', () => {
    const range = ours.engines?.node ?? '';
    const closure = runtimeClosure();
    const refusing = closure
      .filter((manifest) => manifest.engines?.node !== undefined && !semver.subset(range, manifest.engines.node))
      .map((manifest) => `${manifest.name}@${manifest.version} wants node ${manifest.engines?.node}`);
    expect(closure.length).toBeGreaterThan(10);
    expect(refusing).toEqual([]);
  });
});
