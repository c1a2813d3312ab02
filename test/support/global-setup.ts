// Once per `vitest run`, in the main process, before any test file.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildClaim } from './built-dist.js';
import { runFolderPath } from './run-folder.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Unique per `vitest run`: names the run's one build of dist/ (test/support/built-dist.ts). */
    testRunId: string;
  }
}

export default function setup(project: TestProject): () => void {
  const testRunId = randomUUID();
  project.provide('testRunId', testRunId);
  return () => {
    rmSync(buildClaim(testRunId), { recursive: true, force: true });
    rmSync(runFolderPath(testRunId), { recursive: true, force: true });
  };
}
