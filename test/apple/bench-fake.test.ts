import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
// @ts-expect-error: the bench is plain JavaScript without declarations.
import { bundleFake } from '../../bench/online.mjs';

/**
 * `npm run bench` bundles the Apple fake and its scenario builder (test support) into a plain Node process, outside
 * `vitest run`: whatever the fixtures share across a test run must not need the run there.
 */
describe("the bench's Apple fake", () => {
  it('builds a scenario in a plain node process, without vitest', async () => {
    // Where the bench keeps it: its packages stay external and are found in this repository's node_modules.
    const folder = fileURLToPath(new URL('../../.bench/', import.meta.url));
    mkdirSync(folder, { recursive: true });
    const bundle = join(folder, `apple-fake-test-${process.pid}.mjs`);
    onTestFinished(() => rmSync(bundle, { force: true }));
    await bundleFake(bundle);
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
    const script = `const { scenario, mspPlans } = await import(${JSON.stringify(pathToFileURL(bundle).href)}); const world = scenario(mspPlans(3), new Date()); console.log(world.organizations.length, Object.keys(world.files).length > 0);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('3 true');
  }, 60_000);
});
