// Generates a synthetic MSP config repository: one customers/<name>/organization.yml per
// organization, deterministic for a seed and size, with a known share of deliberate findings.
// Usage: node bench/generate.mjs <organizations> [--seed N] [--out DIR]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitOrganization } from './organization-yaml.mjs';

/** Bumped whenever the generated shape changes, so stale repos under .bench/ are rebuilt. */
const GENERATOR_VERSION = 4;
/** Every date is relative to this instant; validate runs with `--now` set to it. */
export const BENCH_NOW = '2026-11-23';
export const DEFAULT_SEED = 20261123;
/** Every FAULT_EVERY-th organization (offset FAULT_OFFSET) carries one deliberate finding: 5 %. */
const FAULT_EVERY = 20;
const FAULT_OFFSET = 10;

/**
 * The deliberate findings, in the order they are handed out. Each adds exactly `count` findings of
 * `rule` (content-token-shared may be reported on one or both entries of the pair: `max`).
 */
export const FAULT_KINDS = [
  'token-expiry',
  'schema',
  'unresolved-reference',
  'downloader-departed',
  'content-token-shared',
  'release-devices-enabled',
  'renewal-access-lost',
  'legacy-content-token',
];

const DAY = 86_400_000;
const nowMs = Date.parse(`${BENCH_NOW}T00:00:00Z`);
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

/** mulberry32: tiny, fast and good enough to make repos that look random but never change. */
function prng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const NAME_WORDS = [
  'harbor',
  'alpine',
  'cedar',
  'summit',
  'lumen',
  'orchid',
  'granite',
  'willow',
  'meridian',
  'pioneer',
  'coastal',
  'bright',
  'north',
  'silver',
  'maple',
  'quartz',
];
const TRADE_WORDS = ['dental', 'legal', 'bakery', 'clinic', 'logistics', 'studio', 'school', 'retail', 'builders', 'pharmacy', 'realty', 'brewing', 'vet', 'accounting'];
const UNIT_WORDS = ['hq', 'downtown', 'riverside', 'airport', 'harbour', 'uptown', 'warehouse', 'lab', 'east', 'west', 'campus', 'annex'];
const PEOPLE = ['alex', 'sam', 'jordan', 'casey', 'morgan', 'riley', 'taylor', 'jamie', 'robin', 'quinn'];
const VENDORS = [
  ['jamf', 'Jamf Pro'],
  ['intune', 'Microsoft Intune'],
  ['kandji', 'Kandji'],
  ['mosyle', 'Mosyle Business'],
  ['fleet', 'Fleet'],
  ['n-central', 'N-central'],
  ['n-sight', 'N-sight'],
  ['nanomdm', 'NanoMDM'],
];
const PRODUCTS = ['apple-business', 'apple-business', 'apple-business-manager', 'apple-business-manager', 'apple-business-essentials'];

function shuffled(list, random) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const title = (word) => word[0].toUpperCase() + word.slice(1);
const envName = (...parts) =>
  parts
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9_]/g, '_');
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** Roles that may download each kind of token, per product (rules.md role catalogue). */
const ROLES = {
  'apple-business': {
    admin: 'organization-administrator',
    serviceDownloader: 'it-administrator',
    contentDownloader: 'apps-token-only',
    extra: ['people-manager', 'staff', 'marketing-administrator'],
  },
  'apple-business-manager': { admin: 'administrator', serviceDownloader: 'device-enrollment-manager', contentDownloader: 'content-manager', extra: ['people-manager', 'staff'] },
  'apple-business-essentials': { admin: 'administrator', serviceDownloader: 'administrator', contentDownloader: 'content-manager', extra: ['people-manager', 'staff'] },
};

/** A download `ageDays` ago that lasts a year: expires 65–355 days after BENCH_NOW, far from every window. */
function datesDownloaded(ageDays) {
  const downloaded = nowMs - ageDays * DAY;
  return { downloadedAt: isoDate(downloaded), expiresAt: isoDate(downloaded + 365 * DAY) };
}

/** The plain-data organization (before YAML), plus the findings its fault adds. */
function buildOrganization(index, random, seed, previous) {
  const name = `${random.pick(NAME_WORDS)}-${random.pick(TRADE_WORDS)}-${String(index).padStart(5, '0')}`;
  const domain = `${name}.example`;
  const product = random.pick(PRODUCTS);
  const subscription = product === 'apple-business-essentials' ? random.pick(['none', 'monthly', 'annual']) : undefined;
  const fault = index % FAULT_EVERY === FAULT_OFFSET ? FAULT_KINDS[Math.floor(index / FAULT_EVERY) % FAULT_KINDS.length] : undefined;
  const roles = ROLES[product];

  const unitIds = [...new Set(Array.from({ length: random.int(1, 4) }, () => random.pick(UNIT_WORDS)))];
  const units = unitIds.map((id, i) => ({
    id,
    name: i === 0 ? `${title(name.split('-')[0])} ${title(name.split('-')[1])}` : `${title(id)} office`,
    primary: i === 0 ? true : undefined,
  }));

  const admin = { id: `${random.pick(PEOPLE)}.admin@${domain}`, role: roles.admin, passwordChangedAt: isoDate(nowMs - random.int(330, 700) * DAY) };
  const serviceDownloader = roles.serviceDownloader === roles.admin ? admin : { id: `msp-enroll@${domain}`, role: roles.serviceDownloader };
  const contentDownloader = { id: `msp-apps@${domain}`, role: roles.contentDownloader };
  const accounts = [admin, ...(serviceDownloader === admin ? [] : [serviceDownloader]), contentDownloader];
  for (let i = random.int(0, 3); i > 0; i--) accounts.push({ id: `${PEOPLE[i]}.${i}@${domain}`, role: random.pick(roles.extra) });

  const customRoles = product === 'apple-business' ? [{ id: 'apps-token-only', name: 'Apps Token Account', permissions: ['assign-licenses-for-apps-and-books'] }] : [];

  // Apple's built-in service exists in Apple Business, and Essentials uses it with a monthly plan.
  const mayUseBuiltIn = product === 'apple-business' || subscription === 'monthly';
  const needsExternal = ['unresolved-reference', 'downloader-departed', 'release-devices-enabled', 'renewal-access-lost'].includes(fault);
  let serviceCount = random.int(0, 3);
  if (needsExternal && serviceCount === 0) serviceCount = 1;
  const services = [];
  const builtIn = mayUseBuiltIn && serviceCount > (needsExternal ? 1 : 0) && random.chance(0.4);
  if (builtIn) services.push({ id: 'built-in', type: 'built-in', units: random.chance(0.5) ? [unitIds[0]] : undefined });
  const vendors = shuffled(VENDORS, random).slice(0, serviceCount - services.length);
  for (const [vendor, label] of vendors) {
    const dates = datesDownloaded(random.int(10, 300));
    const apns = datesDownloaded(random.int(10, 300));
    services.push({
      id: `${vendor}-prod`,
      type: 'external',
      name: `${label} (${name})`,
      vendor,
      units: unitIds.length > 1 && random.chance(0.2) ? unitIds.slice(0, 1) : undefined,
      publicKey: { ref: `env:${envName(name, vendor, 'public_key')}` },
      serviceToken: { downloadedBy: serviceDownloader.id, ...dates },
      apnsCertificate: { downloadedAt: apns.downloadedAt, expiresAt: apns.expiresAt },
    });
  }
  const externals = services.filter((service) => service.type === 'external');
  const usesBuiltIn = builtIn || subscription === 'monthly';

  const contentTokens = unitIds.map((unit, i) => {
    // The primary unit's token stays with the built-in service when the organization uses it.
    const target = i === 0 && usesBuiltIn ? (builtIn ? 'built-in' : undefined) : externals.length > 0 && random.chance(0.8) ? random.pick(externals).id : undefined;
    return {
      id: `${unit}-apps`,
      unit,
      service: target,
      ref: `env:${envName('vpp_token', name, unit)}`,
      sha256: sha256(`${seed}:${name}:${unit}`),
      downloadedBy: contentDownloader.id,
      ...datesDownloaded(random.int(10, 300)),
    };
  });
  // Tokens downloaded in one sitting share their fields through an anchor and merge key.
  const sharedDownload = contentTokens.length > 1 && random.chance(0.15);
  if (sharedDownload) for (const token of contentTokens.slice(1)) Object.assign(token, { downloadedAt: contentTokens[0].downloadedAt, expiresAt: contentTokens[0].expiresAt });

  const organization = {
    name,
    displayName: units[0].name,
    owners: ['@msp/service-desk', `@msp/team-${name.split('-')[1]}`],
    product,
    subscription,
    units,
    customRoles,
    accounts,
    services,
    contentTokens,
    sharedDownload,
    typo: false,
  };
  const expected = applyFault(fault, organization, previous);
  return { organization, fault, expected };
}

/** Breaks the organization in one deliberate way; returns the findings that must follow, by rule. */
function applyFault(fault, organization, previous) {
  const firstExternal = organization.services.find((service) => service.type === 'external');
  const primaryToken = organization.contentTokens[0];
  switch (fault) {
    case undefined:
      return {};
    case 'token-expiry': {
      const expires = nowMs + 12 * DAY;
      Object.assign(primaryToken, { downloadedAt: isoDate(expires - 365 * DAY), expiresAt: isoDate(expires) });
      organization.sharedDownload = false;
      return { 'token-expiry': 1 };
    }
    case 'schema':
      organization.typo = true;
      return { schema: 1 };
    case 'unresolved-reference':
      firstExternal.units = [organization.units[0].id, 'closed-branch'];
      return { 'unresolved-reference': 1 };
    case 'downloader-departed': {
      const downloader = organization.accounts.find((account) => account.id === firstExternal.serviceToken.downloadedBy);
      downloader.status = 'departed';
      const tokens = organization.services.filter((service) => service.serviceToken?.downloadedBy === downloader.id).length;
      return { 'downloader-departed': tokens };
    }
    case 'content-token-shared':
      // The MSP copied another customer's token file: same sha256 across two organizations.
      primaryToken.sha256 = previous.contentTokens[0].sha256;
      return { 'content-token-shared': 1 };
    case 'release-devices-enabled':
      firstExternal.releaseDevices = true;
      return { 'release-devices-enabled': 1 };
    case 'renewal-access-lost':
      firstExternal.access = 'lost';
      return { 'renewal-access-lost': 1 };
    case 'legacy-content-token':
      primaryToken.legacyUserBased = true;
      return { 'legacy-content-token': 1 };
    default:
      throw new Error(`unknown fault ${fault}`);
  }
}

/**
 * Writes the repository into `out` (or reuses it when a manifest for the same seed, size and
 * generator version is there) and returns its manifest.
 */
export function generateRepository({ organizations, seed = DEFAULT_SEED, out }) {
  const manifestPath = join(out, 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.generatorVersion === GENERATOR_VERSION && manifest.seed === seed && manifest.organizations === organizations) return { ...manifest, reused: true };
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'abm-gitops.yml'), CONFIG_YAML);

  const random = prng(seed);
  const expectedByRule = {};
  const faults = {};
  let bytes = 0;
  let previous;
  for (let index = 0; index < organizations; index++) {
    const { organization, fault, expected } = buildOrganization(index, random, seed, previous);
    for (const [rule, count] of Object.entries(expected)) expectedByRule[rule] = (expectedByRule[rule] ?? 0) + count;
    if (fault) faults[fault] = (faults[fault] ?? 0) + 1;
    const directory = join(out, 'customers', organization.name);
    mkdirSync(directory, { recursive: true });
    const text = emitOrganization(organization);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(directory, 'organization.yml'), text);
    previous = organization;
  }
  const manifest = { generatorVersion: GENERATOR_VERSION, seed, organizations, files: organizations, bytes, now: BENCH_NOW, faults, expectedByRule };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...manifest, reused: false };
}

const CONFIG_YAML = `# Synthetic MSP repository generated by bench/generate.mjs: do not edit.
apiVersion: abm-gitops/v1
kind: Config
include: ["customers/**/*.yml"]
expiry:
  warnBefore: 30d
  errorBefore: 7d
  renewBefore: 60d
renewal:
  group: organization
  reviewers: ["@msp/service-desk"]
`;

export function benchDirectory(organizations, seed = DEFAULT_SEED) {
  return resolve(fileURLToPath(new URL('..', import.meta.url)), '.bench', `msp-${seed}-${organizations}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const organizations = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 100);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : DEFAULT_SEED;
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? resolve(args[outAt + 1]) : benchDirectory(organizations, seed);
  const manifest = generateRepository({ organizations, seed, out });
  console.log(
    `${manifest.reused ? 'reused' : 'wrote'} ${out}: ${manifest.organizations} organizations, ${(manifest.bytes / 1e6).toFixed(1)} MB, findings expected ${JSON.stringify(manifest.expectedByRule)}`,
  );
}
