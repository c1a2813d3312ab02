// `validate --online` at MSP scale against the local Apple fake (test/support/apple-fake), with a
// fixed latency per request: the part of `npm run bench` that measures the Apple clients, the
// concurrency and the live-state stage. See docs/performance.md.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { measurePaired, runNode, scratchPath } from './measure.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(REPO, 'dist/cli.js');
const SERVER = fileURLToPath(new URL('./apple-fake-server.mjs', import.meta.url));

/** The fake and the scenario builder are TypeScript test support: bundle them once for plain Node (test/apple/bench-fake.test.ts). */
export async function bundleFake(outfile = join(REPO, '.bench/apple-fake.mjs')) {
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
  const world = scenario(mspPlans(organizations), new Date());
  const root = join(REPO, `.bench/online-${organizations}`);
  writeWorld(root, world.files);
  const fake = await startFake(bundle, writeSeed(world.organizations), latencyMs);
  const env = { ...process.env, ...world.env, ...fakeEndpoints(fake.url) };
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

/**
 * `validate --online` at MSP scale (the size of the other commands' rows) in turns with `validate`
 * of the same repository, for its paired ratio: what our side of the online stage costs (clients,
 * concurrency, JWT signing, server-token decryption, comparing), so the fake answers with
 * `latencyMs` (0 by default) instead of Apple's latency.
 *
 * Thousands of organizations cannot each pass their secrets in the environment (Linux caps it at
 * about 2 MB), so the repository is the fake's MSP with secrets shared and files where an MSP
 * could have them: one Apple Business API key for every API account (each keeps its own client
 * and key ids), one MDM key (the fake encrypts every server token to the same certificate), the
 * encrypted server tokens as `.p7m` files beside each organization file (a server token is only
 * readable with the MDM key, so it may be committed), and content tokens in the environment for a
 * fifth of the organizations. Every organization agrees with the fake: `problem` says so when the
 * report has a finding or a credential was not checked.
 */
export async function measureOnlineAtScale({ organizations, latencyMs = 0, runs, log }) {
  const bundle = await bundleFake();
  const { scenario } = await import(pathToFileURL(bundle).href);
  log?.(`  writing the online repository of ${organizations} organizations…`);
  const world = sharedSecretsWorld(scenario(scalePlans(organizations), new Date()));
  const root = join(REPO, `.bench/online-${organizations}`);
  writeWorld(root, world.files);
  const fake = await startFake(bundle, writeSeed(world.organizations), latencyMs);
  const env = { ...process.env, ...world.env, ...fakeEndpoints(fake.url) };
  const output = scratchPath('online-scale-report.json');
  let measured;
  try {
    measured = measurePaired(
      {
        validate: { nodeArgs: [CLI, 'validate', root, '--format', 'json', '--output', scratchPath('offline-scale-report.json'), '--fail-on', 'never'], options: { env } },
        online: { nodeArgs: [CLI, 'validate', root, '--online', '--format', 'json', '--output', output, '--fail-on', 'never'], options: { env } },
      },
      runs,
    );
  } finally {
    fake.stop();
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const findings = report.findings.filter((finding) => !finding.waived);
  const checked = Object.values(report.online?.checked ?? {}).reduce((sum, count) => sum + count, 0);
  // Reported, not thrown: the other rows of the run stay, and the target says FAIL.
  const problem =
    findings.length > 0
      ? `${findings.length} findings, expected none (first: ${findings[0].ruleId}: ${findings[0].message})`
      : checked < world.credentials
        ? `${checked} of ${world.credentials} credentials checked with the fake`
        : undefined;
  const { last: _last, pairedRatio, ...online } = measured.online;
  const { last: _lastOffline, pairedRatio: _unused, ...validate } = measured.validate;
  return {
    organizations,
    latencyMs,
    credentials: world.credentials,
    checked,
    findings: findings.length,
    problem,
    validate,
    online: { ...online, vsValidate: pairedRatio('validate') },
  };
}

/** A fifth each: nothing, the API key only, the content token only, the API key and the server token (twice). */
function scalePlans(count) {
  const mixes = [
    { appleApi: false, serverToken: false, contentToken: false },
    { appleApi: true, serverToken: false, contentToken: false },
    { appleApi: false, serverToken: false, contentToken: true },
    { appleApi: true, serverToken: true, contentToken: false },
    { appleApi: true, serverToken: true, contentToken: false },
  ];
  return Array.from({ length: count }, (_, index) => ({ name: `customer-${String(index + 1).padStart(5, '0')}`, credentials: mixes[index % mixes.length] }));
}

/** The scenario with one shared API key and MDM key, and server tokens as files (see measureOnlineAtScale). */
function sharedSecretsWorld(world) {
  const apiKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const env = { ABM_BENCH_APPLE_KEY: apiKey.privateKey.export({ type: 'sec1', format: 'pem' }).toString() };
  const files = { ...world.files };
  let credentials = 0;
  const organizations = world.organizations.map((organization) => {
    const path = `customers/${organization.name}/organization.yml`;
    let yaml = files[path];
    for (const [name, value] of Object.entries(organization.env)) {
      const reference = `env:${name}`;
      if (name.endsWith('_APPLE_KEY')) yaml = yaml.replace(reference, 'env:ABM_BENCH_APPLE_KEY');
      else if (name.endsWith('_MDM_KEY')) {
        yaml = yaml.replace(reference, 'env:ABM_BENCH_MDM_KEY');
        env.ABM_BENCH_MDM_KEY = value;
      } else if (name.endsWith('_SERVER_TOKEN')) {
        yaml = yaml.replace(reference, 'file:server-token.p7m');
        files[`customers/${organization.name}/server-token.p7m`] = value;
      } else env[name] = value;
      if (!name.endsWith('_MDM_KEY')) credentials++;
    }
    files[path] = yaml;
    const business = organization.fake.business && organization.env && Object.keys(organization.env).some((name) => name.endsWith('_APPLE_KEY'));
    return business ? { ...organization, fake: { ...organization.fake, business: { ...organization.fake.business, publicKey: apiKey.publicKey } } } : organization;
  });
  return { files, env, organizations, credentials };
}

function writeWorld(root, files) {
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function writeSeed(organizations) {
  const seed = organizations.map(({ fake }) => ({
    ...fake,
    business: fake.business && { ...fake.business, publicKey: fake.business.publicKey.export({ type: 'spki', format: 'pem' }) },
  }));
  const seedFile = scratchPath('apple-fake-seed.json');
  writeFileSync(seedFile, JSON.stringify(seed));
  return seedFile;
}

function fakeEndpoints(url) {
  return {
    ABM_GITOPS_APPLE_API_URL: url,
    ABM_GITOPS_APPLE_TOKEN_URL: `${url}/auth/oauth2/token`,
    ABM_GITOPS_ADE_API_URL: url,
    ABM_GITOPS_VPP_API_URL: `${url}/mdm/v2`,
  };
}
