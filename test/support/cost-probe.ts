/**
 * Opt-in (ABM_GITOPS_TEST_COSTS=<file>): appends one JSON line per test file
 * with the CPU its worker spent on it — its own and that of the child
 * processes it waited for (git, Chromium, npm) — the worker's memory, and
 * when it started and ended (ms since the epoch, to see which worker ends a
 * run last and with what), to find what makes the suite slow (docs/testing.md).
 */
import { readFileSync, appendFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';

const out = process.env.ABM_GITOPS_TEST_COSTS;

/** utime, stime, cutime, cstime of this process in seconds (Linux `/proc/self/stat`). */
function cpuTimes(): number[] {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [11, 12, 13, 14].map((index) => Number(fields[index]) / 100);
}

if (out) {
  let start: number[] = [];
  let wall = 0;
  let startedAt = 0;
  beforeAll(() => {
    start = cpuTimes();
    wall = performance.now();
    startedAt = Date.now();
  });
  afterAll(() => {
    const [user, system, childUser, childSystem] = cpuTimes().map((value, index) => value - start[index]!);
    const file = expect.getState().testPath ?? '?';
    appendFileSync(
      out,
      `${JSON.stringify({ file, pid: process.pid, wall: (performance.now() - wall) / 1000, user, system, childUser, childSystem, rssMb: Math.round(process.memoryUsage().rss / 1e6), startedAt, endedAt: Date.now() })}\n`,
    );
  });
}
