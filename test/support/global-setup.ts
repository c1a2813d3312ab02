// Once per `vitest run`, in the main process, before any test file.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildClaim } from './built-dist.js';
import { createOwnedFolder, removeAbandonedRunFolders, runFolderPath, runTempFolder } from './run-folder.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Unique per `vitest run`: names the run's one build of dist/ (test/support/built-dist.ts). */
    testRunId: string;
  }
}

export default function setup(project: TestProject): () => void {
  const testRunId = randomUUID();
  project.provide('testRunId', testRunId);
  // Every temp folder of the run (the tests' own, git's, npm's, Chromium's) goes into one folder beside the run
  // folder, on tmpfs where there is one and removed below, also when a test left its folder behind. Workers inherit it.
  const previousTmpdir = process.env.TMPDIR;
  const temp = runTempFolder(testRunId);
  // An interrupted run (Ctrl-C) skipped its teardown: its folders go now. Both of ours carry this process's pid.
  removeAbandonedRunFolders();
  createOwnedFolder(temp);
  createOwnedFolder(runFolderPath(testRunId));
  process.env.TMPDIR = temp;
  return () => {
    rmSync(buildClaim(testRunId), { recursive: true, force: true });
    rmSync(runFolderPath(testRunId), { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
    if (previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpdir;
  };
}
