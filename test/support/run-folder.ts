/**
 * A temp folder that lives as long as one `vitest run` and is removed by its
 * global teardown (test/support/global-setup.ts): for what workers cache
 * across test files, which a worker's own exit handlers cannot clean up
 * (vitest ends its workers without running them).
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

export function runFolderPath(testRunId: string): string {
  return join(tmpdir(), `abm-gitops-run-${testRunId}`);
}

/** This run's folder, created on first use. */
export function runFolder(): string {
  const folder = runFolderPath(inject('testRunId'));
  mkdirSync(folder, { recursive: true });
  return folder;
}
