// --output replaces a report whole or not at all: a run that fails while writing leaves the
// previous report as it was, and what is not a regular file (a symlink, a device) is written in place.
import { chmodSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../../src/cli/command.js';
import { writeOutput } from '../../src/cli/commands/validate.js';
import { UsageError } from '../../src/base/errors.js';
import { runFolder } from '../support/run-folder.js';

/** A fresh folder in the run's folder, which the global teardown removes. */
function scratch(): string {
  return mkdtempSync(join(runFolder(), 'output-'));
}

function ioIn(cwd: string): CommandIo {
  return { cwd, env: {}, isTTY: false, stdout: () => undefined, stderr: () => undefined };
}

/** A report of `count` 1 KiB pieces whose generation fails after `failAfter` of them. */
function* failingReport(count: number, failAfter: number): Generator<string> {
  for (let index = 0; index < count; index++) {
    if (index === failAfter) throw new Error('the report could not be finished');
    yield `${String(index).padStart(8, '0')}${'x'.repeat(1016)}\n`;
  }
}

describe('--output', () => {
  it('a run that fails half way through a large report leaves the previous report whole, and no partial file', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'report.json'), 'the previous report\n');
    // 200 pieces of 1 KiB: three 64 KiB batches reach the disk before the failure.
    expect(() => writeOutput(failingReport(400, 200), 'report.json', ioIn(folder))).toThrow('the report could not be finished');
    expect(readFileSync(join(folder, 'report.json'), 'utf8')).toBe('the previous report\n');
    expect(readdirSync(folder)).toEqual(['report.json']);
  });

  it('a finished report replaces the previous one and keeps its permissions', () => {
    const folder = scratch();
    const target = join(folder, 'report.json');
    writeFileSync(target, 'the previous report\n');
    chmodSync(target, 0o640);
    writeOutput(failingReport(300, -1), 'report.json', ioIn(folder));
    const written = readFileSync(target, 'utf8');
    expect(written.length).toBe(300 * 1025);
    expect(written.startsWith('00000000')).toBe(true);
    expect(written.endsWith(`00000299${'x'.repeat(1016)}\n`)).toBe(true);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(['report.json']);
  });

  it('through a symlink, the linked file is written and the link stays a link', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'real.sarif'), 'old');
    symlinkSync('real.sarif', join(folder, 'report.sarif'));
    writeOutput('new report\n', 'report.sarif', ioIn(folder));
    expect(lstatSync(join(folder, 'report.sarif')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(folder, 'report.sarif'))).toBe('real.sarif');
    expect(readFileSync(join(folder, 'real.sarif'), 'utf8')).toBe('new report\n');
  });

  it('a folder that does not exist is a one-line usage error, and nothing is left behind', () => {
    const folder = scratch();
    let thrown: unknown;
    try {
      writeOutput('report\n', join('missing', 'report.json'), ioIn(folder));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toBe(`cannot write ${join('missing', 'report.json')}: ENOENT`);
    expect(readdirSync(folder)).toEqual([]);
  });
});
