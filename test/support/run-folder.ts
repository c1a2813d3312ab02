/**
 * A temp folder that lives as long as one `vitest run` and is removed by its
 * global teardown (test/support/global-setup.ts): for what workers cache
 * across test files, which a worker's own exit handlers cannot clean up
 * (vitest ends its workers without running them).
 */
import { accessSync, constants, mkdirSync, statfsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
 * Linux's RAM-backed /dev/shm when there is one with 2 GiB free, else the system's temp
 * folder: the renewal tests make hundreds of clones, pushes and temp folders
 * in it, and on the 2-core machine's ext4 /tmp a local `git clone` cost
 * 56–75 ms of system time against 5 ms on tmpfs (docs/testing.md). The run
 * folder is removed at the end of the run, so nothing stays in memory.
 * Chosen once, in the main process: the run's TMPDIR is in it too.
 */
const BASE_VARIABLE = 'ABM_GITOPS_TEST_RUN_BASE';
const MIN_FREE_BYTES = 2 * 1024 ** 3;
const runFolderBase = ((): string => {
  const chosen = process.env[BASE_VARIABLE];
  if (chosen !== undefined) return chosen;
  try {
    accessSync('/dev/shm', constants.W_OK);
    const free = statfsSync('/dev/shm');
    // A container's /dev/shm is often 64 MB: the run's folders (npm installs, 300-organization repositories) need more.
    if (statSync('/dev/shm').isDirectory() && free.bavail * free.bsize >= MIN_FREE_BYTES) return '/dev/shm';
  } catch {
    // No /dev/shm (macOS, Windows) or not writable: the temp folder.
  }
  return tmpdir();
})();

/** This run's folder, created on first use. */
export function runFolder(): string {
  const folder = runFolderPath(inject('testRunId'));
  mkdirSync(folder, { recursive: true });
  return folder;
}
