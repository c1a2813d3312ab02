import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDist } from '../support/built-dist.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> };
const work = mkdtempSync(join(tmpdir(), 'abm-gitops-pack-'));
const app = join(work, 'app');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package (npm pack → npm install → npx abm-gitops)', () => {
  beforeAll(async () => {
    await builtDist();
    const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: PACKAGE_ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), '{ "name": "consumer", "private": true }\n');
    // --offline: every package the install needs must be in the tarball or the cache; with no runtime dependencies, nothing is fetched.
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, packed)], { cwd: app, encoding: 'utf8' });
  }, 120_000);

  it('declares no runtime dependency: dist/ is bundled, so installing pulls nothing else', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    expect(Object.keys(installed.packages)).toEqual(['node_modules/abm-gitops']);
  });

  it('runs with npx: --version, validate an example, explain a rule from the shipped docs', () => {
    const npx = (args: string[]) => spawnSync('npx', ['--no-install', 'abm-gitops', ...args], { cwd: app, encoding: 'utf8' });
    expect(npx(['--version'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    const validated = npx(['validate', join(PACKAGE_ROOT, 'examples/msp'), '--now', '2026-11-23', '-f', 'json']);
    expect(validated.status, validated.stderr).toBe(0);
    expect(JSON.parse(validated.stdout)).toMatchObject({ findings: [], summary: { organizations: 5 } });
    const explained = npx(['explain', 'token-lifetime']);
    expect(explained.status).toBe(0);
    expect(explained.stdout).toBe(readFileSync(join(PACKAGE_ROOT, 'docs/rules/token-lifetime.md'), 'utf8'));
  });

  it('stops quietly when the reader closes the pipe early (`| head`)', () => {
    const cli = join(app, 'node_modules/abm-gitops/dist/cli.js');
    const piped = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${cli}" validate "${join(PACKAGE_ROOT, 'examples/broken')}" -f sarif --now 2026-11-23 | head -c 1 >/dev/null`],
      {
        encoding: 'utf8',
      },
    );
    expect(piped.stderr).toBe('');
  });
});
