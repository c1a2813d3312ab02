/**
 * The CPU time (user + system, in milliseconds) this process spends in `work`.
 *
 * Tests that prove an algorithm is not quadratic bound this rather than wall
 * time: a second worker, Chromium or git running beside them moves the clock
 * by seconds but barely moves the CPU time of this process.
 */
export function cpuMillis<T>(work: () => T): { result: T; millis: number } {
  const started = process.cpuUsage();
  const result = work();
  const { user, system } = process.cpuUsage(started);
  return { result, millis: (user + system) / 1000 };
}
