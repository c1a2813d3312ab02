import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { organization, writeRepo } from '../support/repo.js';

/** abm-gitops.yml is as attacker-controlled as any organization file: each case ends in one line and exit 2, fast. */
const BOUND_MS = 10_000;
const VALID = organization('acme', '  units:\n    - id: hq\n      name: HQ\n      primary: true\n');
const RULE = 'abm-gitops reads its settings only from a regular file inside the repository, of at most 2097152 bytes.';

async function validateCli(root: string): Promise<{ code: number; out: string; err: string }> {
  const io = recordingIo(root);
  const code = await runCli(['validate', root, '--now', '2026-11-23'], io);
  return { code, out: io.out, err: io.err };
}

describe('abm-gitops.yml is read under the guards organization files get', () => {
  it(
    'a FIFO: refused at once, not waited on',
    async () => {
      const root = writeRepo({ 'org.yml': VALID });
      execFileSync('mkfifo', [join(root, 'abm-gitops.yml')]);
      expect(await validateCli(root)).toEqual({ code: 2, out: '', err: `abm-gitops: abm-gitops.yml: it is a named pipe (FIFO), not a regular file; ${RULE}\n` });
    },
    BOUND_MS,
  );

  it(
    'a symlink to /dev/zero: refused without reading a byte',
    async () => {
      const root = writeRepo({ 'org.yml': VALID });
      symlinkSync('/dev/zero', join(root, 'abm-gitops.yml'));
      expect(await validateCli(root)).toEqual({
        code: 2,
        out: '',
        err: `abm-gitops: abm-gitops.yml: it is a symlink that leads outside the repository, so it was not read; ${RULE}\n`,
      });
    },
    BOUND_MS,
  );

  it('a directory: one line, not "internal error: EISDIR"', async () => {
    const root = writeRepo({ 'org.yml': VALID, 'abm-gitops.yml/inner.txt': 'x' });
    expect(await validateCli(root)).toEqual({ code: 2, out: '', err: `abm-gitops: abm-gitops.yml: it is a directory, not a regular file; ${RULE}\n` });
  });

  it(
    'a 100 MB file: refused by its size, never read whole',
    async () => {
      const root = writeRepo({ 'org.yml': VALID, 'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\n' });
      truncateSync(join(root, 'abm-gitops.yml'), 100_000_000);
      expect(await validateCli(root)).toEqual({ code: 2, out: '', err: `abm-gitops: abm-gitops.yml: it is 100000000 bytes, over the 2097152-byte cap; ${RULE}\n` });
    },
    BOUND_MS,
  );

  it('a symlink to a file outside the repository: refused, and none of that file is echoed', async () => {
    const outside = writeRepo({ 'secrets.yml': 'apiVersion: abm-gitops/v1\nkind: Config\nhunter2-password: hunter2\n' });
    const root = writeRepo({ 'org.yml': VALID });
    symlinkSync(join(outside, 'secrets.yml'), join(root, 'abm-gitops.yml'));
    const result = await validateCli(root);
    expect(result).toEqual({ code: 2, out: '', err: `abm-gitops: abm-gitops.yml: it is a symlink that leads outside the repository, so it was not read; ${RULE}\n` });
  });

  it('a symlink through a folder link that leaves the repository: refused', async () => {
    const outside = writeRepo({ 'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\nbogus: 1\n' });
    const root = writeRepo({ 'org.yml': VALID });
    symlinkSync(outside, join(root, 'elsewhere'));
    symlinkSync('elsewhere/abm-gitops.yml', join(root, 'abm-gitops.yml'));
    expect((await validateCli(root)).err).toBe(`abm-gitops: abm-gitops.yml: it is a symlink that leads outside the repository, so it was not read; ${RULE}\n`);
  });

  it('a dangling symlink: refused, not silently taken for "no settings"', async () => {
    const root = writeRepo({ 'org.yml': VALID });
    symlinkSync('missing.yml', join(root, 'abm-gitops.yml'));
    expect(await validateCli(root)).toEqual({ code: 2, out: '', err: `abm-gitops: abm-gitops.yml: it is a symlink that leads nowhere readable (ENOENT); ${RULE}\n` });
  });

  it('a symlink to a regular file inside the repository is read as the settings', async () => {
    const root = writeRepo({ 'org.yml': VALID, 'settings/shared.yml': 'apiVersion: abm-gitops/v1\nkind: Config\nbogus: 1\n' });
    symlinkSync('settings/shared.yml', join(root, 'abm-gitops.yml'));
    const result = await validateCli(root);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^abm-gitops: abm-gitops\.yml:3:1: invalid configuration: .*`bogus`/);
  });

  it('a regular file is still read: the control case', async () => {
    const root = writeRepo({ 'org.yml': VALID });
    writeFileSync(join(root, 'abm-gitops.yml'), 'apiVersion: abm-gitops/v1\nkind: Config\n');
    mkdirSync(join(root, 'empty'));
    expect(await validateCli(root)).toMatchObject({ code: 0, err: '' });
  });
});
