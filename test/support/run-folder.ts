/**
 * A temp folder that lives as long as one `vitest run` and is removed by its
 * global teardown (test/support/global-setup.ts), or by a later run's setup when
 * the run was interrupted: for what workers cache
 * across test files, which a worker's own exit handlers cannot clean up
 * (vitest ends its workers without running them).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';

export function runFolderPath(testRunId: string): string {
  return join(runFolderBase, `abm-gitops-run-${testRunId}`);
}

/**
 * The run's TMPDIR (test/support/global-setup.ts), beside the run folder and removed with it; the workers are told
 * its base. Its path is short: Chromium puts a socket in it, and a socket's path has at most 107 bytes.
 */
export function runTempFolder(testRunId: string): string {
  process.env[BASE_VARIABLE] = runFolderBase;
  return join(runFolderBase, `abm-tmp-${testRunId.slice(0, 13)}`);
}

/**
 * Linux's RAM-backed /dev/shm when it is a writable folder with 2 GiB free that programs can run
 * from, else the system's temp folder: the renewal tests make hundreds of clones, pushes and temp
 * folders in it, and on the 2-core machine's ext4 /tmp a local `git clone` cost 56–75 ms of system
 * time against 5 ms on tmpfs (docs/testing.md). The run's folders are removed at the end of the run,
 * and an interrupted run's by the next run's global setup, so nothing stays in memory.
 * Chosen once, in the main process: the run's TMPDIR is in it too.
 */
const BASE_VARIABLE = 'ABM_GITOPS_TEST_RUN_BASE';
const MIN_FREE_BYTES = 2 * 1024 ** 3;
const runFolderBase = process.env[BASE_VARIABLE] ?? chooseRunFolderBase('/dev/shm', tmpdir());

/** `candidate` if the run's folders can live there, else `fallback`. */
export function chooseRunFolderBase(candidate: string, fallback: string, minFreeBytes = MIN_FREE_BYTES): string {
  try {
    if (!statSync(candidate).isDirectory()) return fallback;
    accessSync(candidate, constants.W_OK);
    const free = statfsSync(candidate);
    // A container's /dev/shm is often 64 MB: the run's folders (npm installs, 300-organization repositories) need more.
    if (free.bavail * free.bsize < minFreeBytes) return fallback;
    // Docker mounts /dev/shm noexec: git would ignore the scratch repositories' hooks there, and pre-commit's
    // environments in TMPDIR could not run.
    return canRunProgramsIn(candidate) ? candidate : fallback;
  } catch {
    // No such folder (macOS, Windows) or not writable: the fallback.
    return fallback;
  }
}

/** Whether an executable script written in `folder` runs (false on a `noexec` mount). */
export function canRunProgramsIn(folder: string): boolean {
  const probeFolder = mkdtempSync(join(folder, 'abm-exec-probe-'));
  try {
    const script = join(probeFolder, 'probe');
    writeFileSync(script, '#!/bin/sh\necho ran\n', { mode: 0o755 });
    const probe = spawnSync(script, { encoding: 'utf8' });
    return probe.status === 0 && probe.stdout === 'ran\n';
  } finally {
    rmSync(probeFolder, { recursive: true, force: true });
  }
}

const OWNER_FILE = 'pid';
const RUN_FOLDER_NAME = /^abm-(?:gitops-run|tmp)-/;

/**
 * Creates `folder` with this process's pid in it, at once (made aside and renamed), so that another
 * run's `removeAbandonedRunFolders` never sees it without its owner.
 */
export function createOwnedFolder(folder: string): void {
  const staging = mkdtempSync(join(dirname(folder), '.abm-staging-'));
  // mkdtemp makes it 0700; the folder stands for a plain mkdir's (0755): a test that runs the CLI as another user
  // (test/import/bad-input, as root) reads its bundle from TMPDIR.
  chmodSync(staging, 0o755);
  writeFileSync(join(staging, OWNER_FILE), `${process.pid}\n`);
  renameSync(staging, folder);
}

/**
 * Removes the run and temp folders in `base` of runs whose process is gone (Ctrl-C skips the
 * teardown; on /dev/shm their memory would stay taken until reboot). Several people run suites
 * at once on one machine: a folder whose owner lives, or with no owner recorded (made by an
 * older version of this file, maybe for a run still going), is left alone.
 */
export function removeAbandonedRunFolders(base: string = runFolderBase): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(base)) {
    if (!RUN_FOLDER_NAME.test(name)) continue;
    const folder = join(base, name);
    let owner: number;
    try {
      owner = Number.parseInt(readFileSync(join(folder, OWNER_FILE), 'utf8'), 10);
    } catch {
      continue;
    }
    if (!Number.isInteger(owner) || owner <= 0 || processExists(owner)) continue;
    try {
      rmSync(folder, { recursive: true, force: true });
      removed.push(folder);
    } catch {
      // Another run's setup is removing it at the same time.
    }
  }
  return removed;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** This run's folder, created on first use. */
export function runFolder(): string {
  const folder = runFolderPath(inject('testRunId'));
  mkdirSync(folder, { recursive: true });
  return folder;
}
