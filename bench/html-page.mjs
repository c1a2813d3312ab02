// `npm run bench:html`: the HTML report of a synthetic MSP with --organizations (default 10,000)
// customers, opened in Debian's Chromium (playwright-core, no browser download): page size,
// time to load, to the filter being usable, one filter keystroke, one sort, and the longest
// main-thread task. Measured here rather than in a timed test (docs/views.md).
// Options: --organizations N  --chromium <path>  --page <report.html>  --json
/* global window, document, PerformanceObserver, requestAnimationFrame -- the functions handed to page.evaluate run in the browser */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { BENCH_NOW, benchDirectory, generateRepository } from './generate.mjs';
import { scratchPath } from './measure.mjs';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const organizations = Number(option('organizations', '10000'));
const executablePath = option('chromium', process.env.ABM_GITOPS_CHROMIUM || '/usr/bin/chromium');
if (!existsSync(executablePath)) {
  console.error(`bench:html: no Chromium at ${executablePath} (apt-get install chromium, or --chromium <path>)`);
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error('bench:html: dist/cli.js is missing: build it first with `node scripts/build.mjs`');
  process.exit(2);
}

// --page <file> measures a report written before (to try a change to the page without validating again).
let page = option('page', undefined);
let writeMs = 0;
if (page === undefined) {
  generateRepository({ organizations, out: benchDirectory(organizations) });
  page = scratchPath(`report-${organizations}.html`);
  const started = performance.now();
  const run = spawnSync(process.execPath, [CLI, 'validate', benchDirectory(organizations), '--format', 'html', '--output', page, '--now', BENCH_NOW, '--fail-on', 'never'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  writeMs = performance.now() - started;
}

const userDataDir = mkdtempSync(join(tmpdir(), 'abm-gitops-bench-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: 1280, height: 900 },
});
try {
  const tab = await context.newPage();
  // Long tasks are what a person feels as a frozen page.
  await tab.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const loadStart = performance.now();
  await tab.goto(pathToFileURL(page).href, { waitUntil: 'load', timeout: 120_000 });
  const loadMs = performance.now() - loadStart;
  await tab.waitForSelector('#organization-controls:not([hidden])');
  const usableMs = performance.now() - loadStart;
  // Every organization is in the page; with JavaScript the table body holds only the rows shown (at most 500 unless "Show all").
  const rows = Number(/^(\d+) organizations/.exec((await tab.locator('#organizations caption').textContent()) ?? '')?.[1]);
  const initial = await tab.locator('#organization-count').textContent();
  // Until the next frame is painted: the layout of the rows is part of what a person waits for.
  const painted = () => tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));

  const filterStart = performance.now();
  await tab.fill('#organization-filter', '00042');
  await tab.waitForFunction((before) => document.getElementById('organization-count').textContent !== before, initial);
  await painted();
  const filterMs = performance.now() - filterStart;
  const shown = await tab.locator('#organization-count').textContent();
  const clearStart = performance.now();
  await tab.fill('#organization-filter', '');
  await tab.waitForFunction((before) => document.getElementById('organization-count').textContent === before, initial);
  await painted();
  const clearMs = performance.now() - clearStart;

  const sortStart = performance.now();
  // A CSS locator: a role query walks the accessibility tree of the whole 20 MB page, which is the locator's time, not the page's.
  await tab.locator('th[data-sort="next"] button').click();
  await tab.waitForSelector('th[aria-sort="ascending"]');
  await painted();
  const sortMs = performance.now() - sortStart;
  const longestTaskMs = await tab.evaluate(() => window.__longest);

  const result = {
    organizations,
    rows,
    pageBytes: statSync(page).size,
    writeMs: Math.round(writeMs),
    loadMs: Math.round(loadMs),
    usableMs: Math.round(usableMs),
    filterMs: Math.round(filterMs),
    filtered: shown,
    clearMs: Math.round(clearMs),
    sortMs: Math.round(sortMs),
    loadAverage: (await import('node:os')).loadavg()[0].toFixed(1),
    longestTaskMs: Math.round(longestTaskMs),
  };
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`HTML report of ${organizations} organizations: ${(result.pageBytes / 1e6).toFixed(1)} MB, ${rows} table rows (validate + write ${result.writeMs} ms)`);
    console.log(`  load ${result.loadMs} ms, filter usable after ${result.usableMs} ms`);
    console.log(`  one filter keystroke ("00042" → ${shown}) ${result.filterMs} ms, clearing it (all rows back) ${result.clearMs} ms, one sort ${result.sortMs} ms`);
    console.log(`  longest main-thread task ${result.longestTaskMs} ms (load average ${result.loadAverage})`);
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
