// `validate --online` at MSP scale against the local Apple fake (test/support/apple-fake), with a
// fixed latency per request: the part of `npm run bench` that measures the Apple clients, the
// concurrency and the live-state stage. See docs/performance.md.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { runNode, scratchPath } from './measure.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const SERVER = fileURLToPath(new URL('./apple-fake-server.mjs', import.meta.url));

/** The fake and the scenario builder are TypeScript test support: bundle them once for plain Node. */
async function bundleFake() {
  const outfile = join(REPO, '.bench/apple-fake.mjs');
  await build({
    entryPoints: [join(REPO, 'test/support/apple-fake/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

async function startFake(bundle, seedFile, latencyMs) {
  const child = spawn(process.execPath, [SERVER, bundle, seedFile, String(latencyMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const { value: url } = await lines.next();
  if (typeof url !== 'string' || !url.startsWith('http://127.0.0.1:')) throw new Error('the Apple fake did not start');
  return { url, stop: () => child.kill() };
}

/**
 * Writes an MSP repository of `organizations` (a mix of credentials, all agreeing with the fake)
 * and runs `validate --online` `runs` times against the fake with `latencyMs` per request.
 */
export async function measureOnline({ organizations, latencyMs, runs, log }) {
  const bundle = await bundleFake();
  const { scenario, mspPlans } = await import(pathToFileURL(bundle).href);
  const now = new Date();
  const world = scenario(mspPlans(organizations), now);
  const root = join(REPO, `.bench/online-${organizations}`);
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of Object.entries(world.files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const seed = world.organizations.map(({ fake }) => ({
    ...fake,
    business: fake.business && { ...fake.business, publicKey: fake.business.publicKey.export({ type: 'spki', format: 'pem' }) },
  }));
  const seedFile = scratchPath('apple-fake-seed.json');
  writeFileSync(seedFile, JSON.stringify(seed));
  const fake = await startFake(bundle, seedFile, latencyMs);
  const env = {
    ...process.env,
    ...world.env,
    ABM_GITOPS_APPLE_API_URL: fake.url,
    ABM_GITOPS_APPLE_TOKEN_URL: `${fake.url}/auth/oauth2/token`,
    ABM_GITOPS_ADE_API_URL: fake.url,
    ABM_GITOPS_VPP_API_URL: `${fake.url}/mdm/v2`,
  };
  const output = scratchPath('online-report.json');
  const samples = [];
  try {
    for (let run = 0; run < runs; run++) {
      log?.(`  validate --online × ${run + 1}/${runs}…`);
      samples.push(runNode([CLI, 'validate', root, '--online', '--format', 'json', '--output', output, '--fail-on', 'never'], { env }));
    }
  } finally {
    fake.stop();
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const wall = samples.map((sample) => sample.wallMs).sort((a, b) => a - b);
  return {
    organizations,
    latencyMs,
    runs,
    wallMs: wall[Math.floor(wall.length / 2)],
    peakRssKiB: samples.at(-1).peakRssKiB,
    findings: report.findings.filter((finding) => !finding.waived).length,
    online: report.online,
  };
}
