// `npm run bench`: abm-gitops validate at MSP scale against the floor (read + parse + ajv) and,
// with --vs-spectral, against Spectral; plus the bundled CLI's start-up. See docs/performance.md.
// Options: --sizes 100,1000,10000  --runs 5  --startup-runs 20  --vs-spectral  --spectral-runs 3
//          --seed N  --json  --markdown  --strict (exit 1 when a target fails)
//          --online-only (just `validate --online` on 150 organizations, 50 ms per request)
//          --views-size N (the size for the renew --dry-run / tokens / --format html rows and for
//          validate --online against the Apple fake with no latency; default the largest of
//          --sizes; 0 skips them)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BENCH_NOW, DEFAULT_SEED, benchDirectory, generateRepository } from './generate.mjs';
import { build } from 'esbuild';
import { precompiledValidators, yamlDebugSwitchesOff } from '../scripts/bundle-plugins.mjs';
import { PEAK_MEMORY_SOURCE, measurePaired, scratchPath } from './measure.mjs';
import { measureOnline, measureOnlineAtScale } from './online.mjs';
import { checkTargets, compareFindings, printFindingCheck, printResults } from './report.mjs';
import { ensureFloorParser } from './floor-parser.mjs';
import { ensureSpectral, preparedRuleset, spectralArgs, spectralFindings } from './spectral.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const FLOOR = scratchPath('floor.mjs');
const SPECTRAL_SIZE = 2000;
const ONLINE = { organizations: 150, latencyMs: 50 };

function parseOptions(argv) {
  const options = {
    sizes: [100, 1000, 10000],
    runs: 5,
    startupRuns: 20,
    spectralRuns: 3,
    seed: DEFAULT_SEED,
    vsSpectral: false,
    json: false,
    markdown: false,
    strict: false,
    onlineOnly: false,
    viewsSize: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) usage(`${arg} needs a value`);
      return next;
    };
    if (arg === '--sizes') options.sizes = value().split(',').map(Number);
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--startup-runs') options.startupRuns = Number(value());
    else if (arg === '--spectral-runs') options.spectralRuns = Number(value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--vs-spectral') options.vsSpectral = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--markdown') options.markdown = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--online-only') options.onlineOnly = true;
    else if (arg === '--views-size') options.viewsSize = Number(value());
    else usage(`unknown option ${arg}`);
  }
  options.viewsSize ??= Math.max(...options.sizes);
  if (!Number.isInteger(options.viewsSize) || options.viewsSize < 0) usage('--views-size must be 0 or a positive integer');
  const counts = [...options.sizes, options.runs, options.spectralRuns];
  if (counts.some((count) => !Number.isInteger(count) || count < 1)) usage('sizes and run counts must be positive integers');
  if (!Number.isInteger(options.startupRuns) || options.startupRuns < 0) usage('--startup-runs must be 0 (skip start-up) or a positive integer');
  return options;
}

function usage(problem) {
  console.error(
    `bench: ${problem}\nusage: npm run bench -- [--sizes 100,1000,10000] [--runs 5] [--startup-runs 20] [--vs-spectral] [--spectral-runs 3] [--seed N] [--json] [--markdown] [--strict] [--online-only]`,
  );
  process.exit(2);
}

const options = parseOptions(process.argv.slice(2));
// Progress goes to stderr so that --json leaves stdout machine-readable.
const log = (line) => console.error(line);

if (!existsSync(CLI)) usage('dist/cli.js is missing: build it first with `node scripts/build.mjs`');

// The floor is bundled the way the CLI is, with the same plugins: no debug-switch lookups in yaml,
// validators generated at build time. Otherwise the floor would pay costs the CLI does not. Its
// parser (@stoplight/yaml-ast-parser) comes from a bench-only install in $TMPDIR.
const floorParser = ensureFloorParser(log);
await build({
  nodePaths: [floorParser.nodePath],
  entryPoints: [fileURLToPath(new URL('./floor.mjs', import.meta.url))],
  outfile: FLOOR,
  plugins: [yamlDebugSwitchesOff, await precompiledValidators()],
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

function repository(organizations) {
  const manifest = generateRepository({ organizations, seed: options.seed, out: benchDirectory(organizations, options.seed) });
  log(`${manifest.reused ? 'reusing' : 'generated'} ${organizations} organizations (${(manifest.bytes / 1e6).toFixed(1)} MB) in ${benchDirectory(organizations, options.seed)}`);
  return { root: benchDirectory(organizations, options.seed), manifest };
}

/**
 * abm-gitops validate as a user's CI runs it (the whole bundled CLI, JSON report to a file) and
 * the floor, run in turns; the ratios are medians of the per-round ratios.
 */
function measureAgainstFloor(root, runs) {
  const output = scratchPath('report.json');
  const measured = measurePaired(
    {
      abm: { nodeArgs: [CLI, 'validate', root, '--format', 'json', '--output', output, '--now', BENCH_NOW, '--fail-on', 'never'] },
      floor: { nodeArgs: [FLOOR, root] },
    },
    runs,
  );
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const byRule = {};
  for (const finding of report.findings) if (!finding.waived) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  return {
    abm: { ...measured.abm, findings: report.findings.length, byRule, report, vsFloor: measured.abm.pairedRatio('floor') },
    floor: { ...measured.floor, findings: JSON.parse(measured.floor.last.stdout).findings },
  };
}

/**
 * The other commands over the same repository, in turns with `validate --format json` so that
 * each gets its paired ratio to it: the renewal plan (`renew --dry-run`, no git, no network), the
 * token list (`tokens --format json`) and the HTML report (`validate --format html`).
 */
function measureViews(root, runs) {
  const common = ['--now', BENCH_NOW];
  const measured = measurePaired(
    {
      validate: { nodeArgs: [CLI, 'validate', root, '--format', 'json', '--output', scratchPath('views-report.json'), ...common, '--fail-on', 'never'] },
      renewDryRun: { nodeArgs: [CLI, 'renew', root, '--dry-run', '--format', 'json', ...common] },
      tokens: { nodeArgs: [CLI, 'tokens', root, '--format', 'json', '--output', scratchPath('tokens.json'), ...common] },
      html: { nodeArgs: [CLI, 'validate', root, '--format', 'html', '--output', scratchPath('report.html'), ...common, '--fail-on', 'never'] },
    },
    runs,
  );
  return Object.fromEntries(Object.entries(measured).map(([name, result]) => [name, { ...strip(result), vsValidate: result.pairedRatio('validate') }]));
}

/**
 * Spectral in turns with abm-gitops validate (abm, Spectral, abm, Spectral…), so that both see the
 * same load and the ratio is the median of the per-round ratios, as for the floor.
 */
function measureSpectral(root, runs) {
  const spectral = ensureSpectral(log);
  const output = scratchPath('spectral.json');
  const measured = measurePaired(
    {
      abm: { nodeArgs: [CLI, 'validate', root, '--format', 'json', '--output', scratchPath('spectral-abm-report.json'), '--now', BENCH_NOW, '--fail-on', 'never'] },
      spectral: { nodeArgs: spectralArgs(spectral.cli, preparedRuleset(), output), options: { cwd: root, allowStatus: [0, 1] } },
    },
    runs,
  );
  const byRule = spectralFindings(output);
  return {
    ...measured.spectral,
    vsAbm: measured.spectral.pairedRatio('abm'),
    version: spectral.version,
    findings: Object.values(byRule).reduce((sum, count) => sum + count, 0),
    byRule,
  };
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  floorParser: floorParser.version,
  peakMemorySource: PEAK_MEMORY_SOURCE,
  seed: options.seed,
  runs: options.runs,
  scale: [],
  findingChecks: [],
  startup: undefined,
  views: undefined,
  onlineAtScale: undefined,
  spectral: undefined,
};

for (const size of options.onlineOnly ? [] : options.sizes) {
  const { root, manifest } = repository(size);
  log(`  abm-gitops validate and floor, in turns × ${options.runs}…`);
  const { abm, floor } = measureAgainstFloor(root, options.runs);
  results.scale.push({ organizations: size, files: manifest.files, bytes: manifest.bytes, abm: strip(abm), floor: strip(floor) });
  results.findingChecks.push({ organizations: size, rows: compareFindings(manifest.expectedByRule, abm.byRule, abm.report) });
}

if (!options.onlineOnly && options.startupRuns > 0) {
  log(`start-up × ${options.startupRuns}…`);
  const oneOrganization = repository(1).root;
  const startup = measurePaired(
    {
      nodeBaseline: { nodeArgs: ['-e', '0'] },
      version: { nodeArgs: [CLI, '--version'] },
      validateOneFile: { nodeArgs: [CLI, 'validate', oneOrganization, '--now', BENCH_NOW, '--fail-on', 'never'] },
    },
    options.startupRuns,
  );
  results.startup = Object.fromEntries(Object.entries(startup).map(([name, measured]) => [name, strip(measured)]));
}

if (!options.onlineOnly && options.viewsSize > 0) {
  const { root } = repository(options.viewsSize);
  log(`renew --dry-run, tokens and --format html at ${options.viewsSize} organizations, in turns with validate × ${options.runs}…`);
  results.views = { organizations: options.viewsSize, ...measureViews(root, options.runs) };
  log(`validate --online at ${options.viewsSize} organizations against the local Apple fake (0 ms per request), in turns with validate × ${options.runs}…`);
  results.onlineAtScale = await measureOnlineAtScale({ organizations: options.viewsSize, runs: options.runs, log });
}

log(`validate --online: ${ONLINE.organizations} organizations against the local Apple fake, ${ONLINE.latencyMs} ms per request…`);
results.online = await measureOnline({ ...ONLINE, runs: Math.min(options.runs, 3), log });

if (options.vsSpectral && !options.onlineOnly) {
  const { root, manifest } = repository(SPECTRAL_SIZE);
  log(`Spectral comparison on ${SPECTRAL_SIZE} files: abm-gitops and floor × ${options.runs}, then Spectral in turns with abm-gitops × ${options.spectralRuns}…`);
  const { abm, floor } = measureAgainstFloor(root, options.runs);
  const spectral = measureSpectral(root, options.spectralRuns);
  results.spectral = { organizations: SPECTRAL_SIZE, files: manifest.files, abm: strip(abm), floor: strip(floor), spectral: strip(spectral) };
}

results.targets = checkTargets(results);
if (options.json) console.log(JSON.stringify(results, null, 2));
else {
  printResults(results, { markdown: options.markdown, repo: REPO });
  for (const check of results.findingChecks) printFindingCheck(check, options.markdown);
}
if (options.strict && results.targets.some((target) => target.status === 'FAIL')) process.exitCode = 1;

/** Keeps the numbers, drops the raw output and the report. */
function strip({ last: _last, report: _report, pairedRatio: _pairedRatio, ...rest }) {
  return rest;
}
