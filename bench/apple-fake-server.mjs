// The local Apple fake as its own process for `npm run bench` (the bench runs the CLI with spawnSync,
// which would block a fake living in the bench's own event loop). Usage:
//   node bench/apple-fake-server.mjs <bundled fake .mjs> <seed.json> <latency ms>
// Prints the fake's URL on its first line and serves until killed.
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, seedFile, latency] = process.argv.slice(2);
const { AppleFake } = await import(pathToFileURL(bundle).href);
const organizations = JSON.parse(readFileSync(seedFile, 'utf8')).map((organization) => ({
  ...organization,
  business: organization.business && { ...organization.business, publicKey: createPublicKey(organization.business.publicKey) },
}));
const fake = new AppleFake(organizations);
fake.latencyMs = Number(latency);
console.log(await fake.start());
