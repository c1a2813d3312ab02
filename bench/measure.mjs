// Runs one subject as a whole child process and measures its wall time and peak memory.
// Peak memory comes from GNU time (`/usr/bin/time -f %M`, Debian package `time`) when present;
// otherwise every subject is a Node process, so a preloaded hook reports its own maxRSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const RSS_HOOK = new URL('./rss-hook.mjs', import.meta.url).href;
const scratch = mkdtempSync(join(tmpdir(), 'abm-gitops-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

export function scratchPath(name) {
  return join(scratch, name);
}

function gnuTimeWorks() {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ['-f', '%M %U %S', '-o', scratchPath('probe'), 'true']);
  return probe.status === 0 && /^\d+ [\d.]+ [\d.]+\s*$/.test(readFileSync(scratchPath('probe'), 'utf8'));
}

export const PEAK_MEMORY_SOURCE = gnuTimeWorks() ? 'GNU time (%M)' : 'process.resourceUsage().maxRSS via --import hook';
const useGnuTime = PEAK_MEMORY_SOURCE.startsWith('GNU');

/**
 * Runs `node <nodeArgs…>` once. Returns wall time (ms, measured here around the whole child,
 * start-up included), peak RSS (KiB) and the child's exit status and output.
 */
export function runNode(nodeArgs, { cwd, allowStatus = [0], env: childEnv = process.env } = {}) {
  const rssFile = scratchPath('rss');
  rmSync(rssFile, { force: true });
  const command = useGnuTime ? GNU_TIME : process.execPath;
  const args = useGnuTime ? ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...nodeArgs] : ['--import', RSS_HOOK, ...nodeArgs];
  const env = useGnuTime ? childEnv : { ...childEnv, ABM_BENCH_RSS_FILE: rssFile };
  const started = process.hrtime.bigint();
  const child = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.error) throw child.error;
  if (!allowStatus.includes(child.status)) {
    throw new Error(`node ${nodeArgs.join(' ')} exited ${child.status}: ${(child.stderr || child.stdout).trim().split('\n').slice(-3).join(' | ')}`);
  }
  // GNU time writes "peak-KiB user-s system-s"; the hook writes "peak-KiB cpu-ms".
  const [peak, first, second] = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [];
  const peakRssKiB = peak ?? Number.NaN;
  const cpuMs = useGnuTime ? (first + second) * 1000 : (first ?? Number.NaN);
  return { wallMs, cpuMs, peakRssKiB, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** Runs the same subject `runs` times; medians of wall time, CPU time and peak memory, plus the last run. */
export function measureNode(nodeArgs, options = {}) {
  return measurePaired({ subject: { nodeArgs, options } }, options.runs ?? 5).subject;
}

/**
 * Runs several subjects interleaved (a b c a b c …) so that a busy machine slows each of them
 * alike, and compares them run by run: `pairedRatio(name)` gives, per subject, the median of the
 * per-run ratios of its wall and CPU time to that subject's.
 */
export function measurePaired(subjects, runs) {
  const samples = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, { nodeArgs, options = {} }] of Object.entries(subjects)) samples[name].push(runNode(nodeArgs, options));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, summarize(list, samples)]));
}

function summarize(samples, all) {
  const last = samples.at(-1);
  return {
    runs: samples.length,
    wallMs: median(samples.map((sample) => sample.wallMs)),
    minWallMs: Math.min(...samples.map((sample) => sample.wallMs)),
    maxWallMs: Math.max(...samples.map((sample) => sample.wallMs)),
    cpuMs: median(samples.map((sample) => sample.cpuMs)),
    /** Median over runs of this subject's wall and CPU time divided by `other`'s in the same round. */
    pairedRatio(other) {
      const them = all[other];
      return {
        wall: median(samples.map((sample, i) => sample.wallMs / them[i].wallMs)),
        cpu: median(samples.map((sample, i) => sample.cpuMs / them[i].cpuMs)),
      };
    },
    peakRssKiB: Math.max(...samples.map((sample) => sample.peakRssKiB)),
    last,
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
