// Preloaded with `node --import` when /usr/bin/time is missing: on exit, writes this process's
// peak resident set size (KiB) and CPU time (user + system, ms) to the file named by ABM_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const target = process.env.ABM_BENCH_RSS_FILE;
  const usage = process.resourceUsage();
  if (target) writeFileSync(target, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}`);
});
