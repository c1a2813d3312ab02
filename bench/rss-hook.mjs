// Preloaded with `node --import` when /usr/bin/time is missing: on exit, writes this process's
// peak resident set size (KiB) to the file named by ABM_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const target = process.env.ABM_BENCH_RSS_FILE;
  if (target) writeFileSync(target, String(process.resourceUsage().maxRSS));
});
