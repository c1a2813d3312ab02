/**
 * The hook in .pre-commit-hooks.yaml, run by the real pre-commit on a config
 * repository's staged files. pre-commit installs the hook from a git
 * repository; this one is the package as published (package.json, the
 * freshly built dist/, docs, schemas and the hook file), so the test neither
 * waits for the dev tools to install nor runs a stale committed dist/.
 *
 * The runs do what `pre-commit try-repo <repo> abm-gitops` does — a config
 * naming the repository at its HEAD commit and the hook id, given to
 * `pre-commit run --files` — but with one store (PRE_COMMIT_HOME) for both:
 * try-repo makes a fresh store in a temporary folder on every call, so each
 * call installed the hook's Node environment again (nodeenv, npm install,
 * npm pack, npm install -g), most of the file's CPU. The first run still
 * installs it from the hook repository, the second uses that install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDist } from '../support/built-dist.js';
import { organization } from '../support/repo.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const installed = preCommit.status === 0;
if (!installed) console.log('pre-commit is not installed (apt-get install pre-commit): the pre-commit hook test is skipped');

const work = mkdtempSync(join(tmpdir(), 'abm-gitops-pre-commit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

describe.runIf(installed)('pre-commit with .pre-commit-hooks.yaml, as try-repo runs it', () => {
  const hookRepo = join(work, 'hook');
  const configRepo = join(work, 'config');
  // Outside the config repository, as try-repo keeps it: `run --files` does not ask for it to be staged.
  const preCommitConfig = join(work, 'pre-commit-config.yaml');

  beforeAll(async () => {
    await builtDist();
    for (const path of ['dist', 'docs', 'schemas', '.pre-commit-hooks.yaml']) cpSync(join(PACKAGE_ROOT, path), join(hookRepo, path), { recursive: true });
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    // As published: what npm installs for a consumer (no dev tools).
    writeFileSync(join(hookRepo, 'package.json'), JSON.stringify({ ...pkg, devDependencies: {}, scripts: {} }, null, 2));
    git(hookRepo, 'init', '-q');
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '-q', '-m', 'hook');
    const head = git(hookRepo, 'rev-parse', 'HEAD').trim();
    writeFileSync(preCommitConfig, `repos:\n  - repo: ${JSON.stringify(hookRepo)}\n    rev: ${head}\n    hooks:\n      - id: abm-gitops\n`);

    const units = (primary: boolean) => `  units:\n    - id: hq\n      name: HQ\n${primary ? '      primary: true\n' : ''}`;
    git(work, 'init', '-q', configRepo);
    writeFileSync(join(configRepo, 'abm-gitops.yml'), 'apiVersion: abm-gitops/v1\nkind: Config\n');
    execFileSync('mkdir', ['-p', join(configRepo, 'customers')]);
    writeFileSync(join(configRepo, 'customers/acme.yml'), organization('acme', units(true)));
    writeFileSync(join(configRepo, 'customers/broken.yml'), organization('broken', units(false)));
    writeFileSync(join(configRepo, 'notes.txt'), 'not YAML\n');
    git(configRepo, 'add', '-A');
  }, 120_000);

  const runHook = (files: string[]) =>
    spawnSync('pre-commit', ['run', '--config', preCommitConfig, '--files', ...files], {
      cwd: configRepo,
      encoding: 'utf8',
      env: { ...process.env, PRE_COMMIT_HOME: join(work, 'cache'), NO_COLOR: '1' },
      timeout: 240_000,
    });

  it('passes a clean staged file and fails on a broken one, printing the finding', () => {
    const clean = runHook(['customers/acme.yml', 'notes.txt']);
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/abm-gitops validate\.+Passed/);

    const broken = runHook(['customers/acme.yml', 'customers/broken.yml']);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/abm-gitops validate\.+Failed/);
    expect(broken.stdout).toContain('customers/broken.yml:');
    expect(broken.stdout).toContain('primary-unit-count');
    expect(broken.stdout).not.toContain('customers/acme.yml:');
  }, 300_000);
});
