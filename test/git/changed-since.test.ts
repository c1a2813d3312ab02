import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { sharedKey } from '../support/forge-fixtures.js';
import { organization, writeRepo } from '../support/repo.js';

/** An organization whose only finding is a dangling unit reference. */
function dangling(name: string): string {
  return organization(
    name,
    `  units:
    - { id: hq, name: HQ, primary: true }
  roles:
    - { id: scoped, permissions: [view-apps-and-books], units: [nowhere] }
`,
  );
}

/** git as a test user; no `maintenance run --auto` after each commit (a process that only checks thresholds here). */
function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'maintenance.auto=false', ...args], {
    cwd,
    stdio: 'ignore',
    env: { PATH: process.env.PATH ?? '' },
  });
}

async function validate(root: string, ...args: string[]) {
  const io = recordingIo(root);
  const code = await runCli(['validate', '.', '--format', 'json', '--now', '2026-11-23', ...args], io);
  return { code, io };
}

describe('validate --changed-since', () => {
  it('reports only files changed since the merge base (committed, uncommitted and untracked), with the whole repo loaded', async () => {
    const root = writeRepo({ 'orgs/old.yml': dangling('old'), 'orgs/edited.yml': dangling('edited') });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'base');
    git(root, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(root, 'orgs/committed.yml'), dangling('committed'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'add an organization');
    writeFileSync(join(root, 'orgs/edited.yml'), `${dangling('edited')}# edited\n`);
    writeFileSync(join(root, 'orgs/untracked.yml'), dangling('untracked'));

    const { code, io } = await validate(root, '--changed-since', 'main');
    const report = JSON.parse(io.out) as { findings: Array<{ file: string; ruleId: string }>; summary: { organizations: number } };
    expect(code).toBe(1);
    expect(report.findings.map((finding) => `${finding.file} ${finding.ruleId}`)).toEqual([
      'orgs/committed.yml unresolved-reference',
      'orgs/edited.yml unresolved-reference',
      'orgs/untracked.yml unresolved-reference',
    ]);
    expect(report.summary.organizations).toBe(4);
  });

  it('refuses an unknown revision in one line, exit 2', async () => {
    const root = writeRepo({ 'org.yml': dangling('acme') });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'base');
    const { code, io } = await validate(root, '--changed-since', 'no-such-branch');
    expect(code).toBe(2);
    expect(io.err).toBe('abm-gitops: --changed-since: git cannot find the revision "no-such-branch" (fetch it first, e.g. with fetch-depth: 0)\n');
    expect(JSON.parse(io.out)).toEqual({
      version: 1,
      error: { message: '--changed-since: git cannot find the revision "no-such-branch" (fetch it first, e.g. with fetch-depth: 0)' },
    });
  });

  it('needs a git repository', async () => {
    const root = writeRepo({ 'org.yml': dangling('acme') });
    const { code, io } = await validate(root, '--changed-since', 'main');
    expect(code).toBe(2);
    expect(io.err).toMatch(/^abm-gitops: --changed-since needs a git repository, and .* is not inside one\n$/);
  });

  it('reports files whose names git would quote (clé.pem holding a private key, a tab, non-ASCII)', async () => {
    const root = writeRepo({ 'org.yml': dangling('acme') });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'base');
    git(root, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(root, 'clé.pem'), sharedKey().privateKeyPem);
    writeFileSync(join(root, 'orgs\tcommitted.yml'), dangling('tabbed'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'a key and an organization under names git quotes');
    writeFileSync(join(root, 'ünicode-untracked.yml'), dangling('untracked'));
    const { io } = await validate(root, '--changed-since', 'main');
    const report = JSON.parse(io.out) as { findings: Array<{ file: string; ruleId: string }> };
    expect(report.findings.map((finding) => `${finding.file} ${finding.ruleId}`)).toEqual([
      'clé.pem committed-secret',
      'orgs\tcommitted.yml unresolved-reference',
      'ünicode-untracked.yml unresolved-reference',
    ]);
  });

  it('never takes a revision for an option: --changed-since=--output=<file> writes no file', async () => {
    const root = writeRepo({ 'org.yml': dangling('acme') });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'base');
    const target = join(root, 'written-by-git');
    const { code, io } = await validate(root, `--changed-since=--output=${target}`);
    expect(code).toBe(2);
    expect(io.err).toContain('git cannot find the revision "--output=');
    expect(existsSync(target)).toBe(false);
  });
});
