import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunProgramsIn, chooseRunFolderBase, createOwnedFolder, removeAbandonedRunFolders } from './run-folder.js';

const GIB = 1024 ** 3;

describe('the run folder base', () => {
  let scratch: string;
  let mounts: { exec: string; noexec: string } | undefined;
  let mountRefusal = '';

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'run-folder-'));
    const exec = join(scratch, 'exec');
    const noexec = join(scratch, 'noexec');
    mkdirSync(exec);
    mkdirSync(noexec);
    // Two 3 GiB tmpfs (memory is only taken by what is written): the same but for noexec, as Docker mounts /dev/shm.
    const first = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3g', 'tmpfs', exec], { encoding: 'utf8' });
    const second = first.status === 0 ? spawnSync('mount', ['-t', 'tmpfs', '-o', 'noexec,size=3g', 'tmpfs', noexec], { encoding: 'utf8' }) : first;
    if (first.status === 0 && second.status === 0) mounts = { exec, noexec };
    else {
      if (first.status === 0) spawnSync('umount', [exec]);
      mountRefusal = `${(second.stderr || second.error?.message || '').trim()}`;
    }
  });

  afterAll(() => {
    if (mounts) for (const mount of [mounts.exec, mounts.noexec]) expect(spawnSync('umount', [mount]).status).toBe(0);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('is a tmpfs with 2 GiB free that programs can run from, not one mounted noexec (as Docker mounts /dev/shm)', (context) => {
    if (!mounts) context.skip(`mounting a tmpfs is not permitted here (needs root or CAP_SYS_ADMIN): ${mountRefusal}`);
    const { exec, noexec } = mounts!;
    expect(canRunProgramsIn(exec)).toBe(true);
    expect(canRunProgramsIn(noexec)).toBe(false);
    expect(chooseRunFolderBase(exec, '/fallback')).toBe(exec);
    expect(chooseRunFolderBase(noexec, '/fallback')).toBe('/fallback');
    // Room enough is still required of a folder that can run programs.
    expect(chooseRunFolderBase(exec, '/fallback', 4 * GIB)).toBe('/fallback');
    // The probe leaves nothing behind.
    expect(spawnSync('find', [exec, noexec, '-mindepth', '1'], { encoding: 'utf8' }).stdout).toBe('');
  });

  it('is the fallback when the candidate is missing or a file', () => {
    expect(chooseRunFolderBase(join(scratch, 'missing'), '/fallback', 0)).toBe('/fallback');
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    expect(chooseRunFolderBase(file, '/fallback', 0)).toBe('/fallback');
    expect(chooseRunFolderBase(scratch, '/fallback', 0)).toBe(scratch);
  });
});

describe('removeAbandonedRunFolders', () => {
  it("removes the folders of runs whose process is gone and keeps a live run's, ownerless ones and others", () => {
    const base = mkdtempSync(join(tmpdir(), 'run-bases-'));
    try {
      const gone = spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' });
      const gonePid = Number.parseInt(gone.stdout, 10);
      expect(Number.isInteger(gonePid)).toBe(true);
      const folder = (name: string, owner?: number): string => {
        const path = join(base, name);
        mkdirSync(join(path, 'repository'), { recursive: true });
        if (owner !== undefined) writeFileSync(join(path, 'pid'), `${owner}\n`);
        return path;
      };
      const interruptedRun = folder('abm-gitops-run-interrupted', gonePid);
      const interruptedTemp = folder('abm-tmp-interrupted', gonePid);
      const liveRun = folder('abm-gitops-run-live', process.pid);
      const liveTemp = folder('abm-tmp-live', process.pid);
      const ownerless = folder('abm-tmp-older-version');
      const unrelated = folder('someone-elses', gonePid);

      expect(removeAbandonedRunFolders(base).sort()).toEqual([interruptedRun, interruptedTemp].sort());
      for (const kept of [liveRun, liveTemp, ownerless, unrelated]) expect(existsSync(kept)).toBe(true);
      expect(existsSync(interruptedRun) || existsSync(interruptedTemp)).toBe(false);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('is given folders that carry their owner from the moment they appear', () => {
    const base = mkdtempSync(join(tmpdir(), 'run-bases-'));
    try {
      const owned = join(base, 'abm-tmp-owned');
      createOwnedFolder(owned);
      expect(readFileSync(join(owned, 'pid'), 'utf8')).toBe(`${process.pid}\n`);
      // Readable by other users, as a plain mkdir's folder: test/import/bad-input runs the CLI from TMPDIR as nobody.
      expect(statSync(owned).mode & 0o777).toBe(0o755);
      expect(removeAbandonedRunFolders(base)).toEqual([]);
      rmSync(join(owned, 'pid'));
      rmdirSync(owned);
      // Nothing is left of the staging folder.
      expect(spawnSync('find', [base, '-mindepth', '1'], { encoding: 'utf8' }).stdout).toBe('');
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
