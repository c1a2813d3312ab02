import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/support/sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts', 'test/browser/global-setup.ts'],
    // The opt-in cost probe (ABM_GITOPS_TEST_COSTS=<file>): CPU and memory per test file, docs/testing.md.
    setupFiles: ['test/support/plain-environment.ts', ...(process.env.ABM_GITOPS_TEST_COSTS ? ['test/support/cost-probe.ts'] : [])],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Measured on the 2-core machine (docs/testing.md): a fresh module graph per
    // file (vitest's default isolation) re-imports and re-compiles the core
    // for each of the ~170 files and cost five times the CPU of the tests
    // themselves. No test file mocks modules or leaves globals changed, so
    // the files of one worker share it.
    isolate: false,
    // Four workers on two cores: the slow files mostly wait on child processes
    // (git, Chromium, the SARIF multitool, pre-commit, npm) one at a time, and
    // two workers left the cores idle half of the run. vitest gives one run a
    // single worker count (projects with another count run after, not
    // beside), so the CPU-bound files share the four.
    maxWorkers: 4,
    // Measured with perf (docs/testing.md, round 7): the run keeps both cores
    // busy, and a tenth of its CPU was TurboFan compiling in the workers'
    // background threads, each of the four compiling the same code for tests
    // that mostly run it a few times. Four times V8's default budget before a
    // function counts as hot leaves the really hot loops (the YAML bombs)
    // optimized and cut the run's CPU by 4–6 %. It changes only how fast code
    // runs: the product's worker threads inside a test worker inherit it, the
    // processes the tests spawn (the CLI, git, Chromium) do not.
    execArgv: ['--interrupt-budget=270336'],
    // Longest first, so that no worker starts a long file at the end.
    sequence: { sequencer: SlowFirstSequencer },
    experimental: { fsModuleCache: true },
    // Node's own ESM view of a CommonJS package (yaml, node-forge), as the built CLI gets through esbuild:
    // vitest's default wraps each such namespace in a Proxy whose `get` trap ran on every call the core makes
    // into it (`isMap`, `isScalar` per YAML node): test/load, test/rules, test/apple and the YAML bombs took
    // 8 % less CPU without it (docs/testing.md, round 8).
    // Every import of ours names what Node exports, so nothing needs the interop.
    deps: { interopDefault: false },
  },
});
