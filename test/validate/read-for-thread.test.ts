import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type DiscoveredFile } from '../../src/load/index.js';
import { modelOffThread, readForThread, type WorkerSetup } from '../../src/validate/off-thread.js';

const root = mkdtempSync(join(tmpdir(), 'abm-gitops-read-for-thread-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// With `include`, a file that cannot be read is in scope: the thread hands it back to the main thread.
const setup: WorkerSetup = { root, scope: { include: ['*.yml'], limits: DEFAULT_LIMITS } };

function organization(name: string, comment: number): string {
  return `apiVersion: abm-gitops/v1\nkind: Organization\nmetadata:\n  name: ${name}\nspec:\n  product: apple-business\n  units:\n    - id: hq\n      name: HQ\n      primary: true\n# ${'x'.repeat(comment)}\n`;
}

function file(name: string, text?: string): DiscoveredFile {
  if (text !== undefined) writeFileSync(join(root, name), text);
  return { path: name, absolutePath: join(root, name) };
}

describe('the main thread reading a batch for a worker thread', () => {
  // Three files of 60 KB pass the batch buffer's first 128 KiB; a missing file and a symlink leading out of the root are left to the thread.
  const outside = mkdtempSync(join(tmpdir(), 'abm-gitops-outside-'));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));
  writeFileSync(join(outside, 'secret.yml'), organization('outside', 10));
  symlinkSync(join(outside, 'secret.yml'), join(root, 'link.yml'));
  const batch = [
    file('a.yml', organization('a', 60_000)),
    file('missing.yml'),
    file('b.yml', organization('b', 60_000)),
    file('link.yml'),
    file('c.yml', organization('c', 60_000)),
    file('empty.yml', ''),
  ];

  it('puts every readable file in one buffer, growing it, and leaves the others to the thread', () => {
    const { tasks, buffer } = readForThread(setup, batch, undefined);
    expect(buffer!.byteLength).toBeGreaterThan(3 * 60_000);
    expect(tasks.map((task) => task.found)).toEqual(batch);
    for (const task of tasks) {
      if (['missing.yml', 'link.yml'].includes(task.found.path)) {
        expect(task.start).toBeUndefined();
        continue;
      }
      const bytes = new Uint8Array(buffer!, task.start!, task.end! - task.start!);
      expect(Buffer.from(bytes).equals(readFileSync(task.found.absolutePath))).toBe(true);
    }
  });

  it('gives the thread the same results as reading each file itself', () => {
    const { tasks, buffer } = readForThread(setup, batch, undefined);
    const results = tasks.map((task) => modelOffThread(setup, task, buffer));
    expect(results).toEqual(batch.map((found) => modelOffThread(setup, { found }, undefined)));
    expect(results.map((result) => result.kind)).toEqual(['modelled', 'here', 'modelled', 'here', 'modelled', 'skipped']);
  });

  it('leaves the files past 8 MiB in a batch to the thread', () => {
    const large = ['e', 'f', 'g', 'h', 'i'].map((name) => file(`${name}.yml`, organization(name, 1_900_000)));
    const { tasks, buffer } = readForThread(setup, large, undefined);
    expect(tasks.map((task) => task.start !== undefined)).toEqual([true, true, true, true, false]);
    expect(buffer!.byteLength).toBeLessThanOrEqual(8 * 1024 * 1024);
    expect(tasks.map((task) => modelOffThread(setup, task, buffer))).toEqual(large.map((found) => modelOffThread(setup, { found }, undefined)));
  });

  it('fills a buffer given back when it is not too large, and never keeps one grown past 1 MiB', () => {
    const small = [file('d.yml', organization('d', 10))];
    const spare = new ArrayBuffer(64 * 1024);
    expect(readForThread(setup, small, spare).buffer).toBe(spare);
    const huge = new ArrayBuffer(2 * 1024 * 1024);
    const { tasks, buffer } = readForThread(setup, small, huge);
    expect(buffer).not.toBe(huge);
    expect(Buffer.from(new Uint8Array(buffer!, tasks[0]!.start!, tasks[0]!.end! - tasks[0]!.start!)).toString()).toBe(organization('d', 10));
  });
});
