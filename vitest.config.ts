import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts', 'test/browser/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Measured on the 2-core machine (docs/testing.md): a fresh module graph per
    // file (vitest's default isolation) re-imports and re-compiles the core
    // for each of the ~170 files and cost five times the CPU of the tests
    // themselves. No test file mocks modules or leaves globals changed, so
    // the files of one worker share it.
    isolate: false,
    // Many files wait on child processes (git, Chromium, the SARIF multitool,
    // pre-commit, npm): a second worker runs meanwhile.
    maxWorkers: 2,
  },
});
