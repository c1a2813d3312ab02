/**
 * The Action's source run under GitHub's runner emulator, `@github/local-action`,
 * on every example: its stub of `@actions/core` enforces the runner's rules
 * (annotations spanning lines carry no columns, …) that a plain unit test
 * of our own code cannot see. A crash shows as "internal error" in its log.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_MARKER } from './local-action-entry.js';

const root = join(import.meta.dirname, '..', '..');
const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'workflows')
  .map((entry) => entry.name);

interface Run {
  code: number | null;
  log: string;
}

/** The emulator's program (`src/index.ts`, the package's main) and the TypeScript runner its launcher starts it with. */
const emulatorMain = createRequire(import.meta.url).resolve('@github/local-action');
const tsxCli = createRequire(emulatorMain).resolve('tsx/cli');

/**
 * `local-action run . test/action/local-action-entry.ts <env file>`: one emulator, the Action run once per
 * example. Started as the package's launcher (`bin/local-action.js`) starts it for a repository without a
 * `packageManager` field (ours has none): `tsx <emulator>/src/index.ts run <action> …` with TARGET_ACTION_PATH,
 * NODE_PACKAGE_MANAGER=npm and NODE_NO_WARNINGS set; only the launcher's own node and its `npm exec` round
 * trip to find tsx are left out (about 1 s of CPU, docs/testing.md). The emulator then runs as it always does:
 * `npm ls` to find the toolkit packages it stubs, its @actions/core stub, the Action's TypeScript through tsx.
 */
function runAction(names: readonly string[]): Promise<Run> {
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { packageManager?: string };
  if (packageManager !== undefined) throw new Error(`package.json names ${packageManager}: the launcher would use it instead of npm; start the emulator as it does`);
  const envFile = join(mkdtempSync(join(tmpdir(), 'abm-local-action-')), '.env');
  writeFileSync(envFile, ['INPUT_NOW=2026-11-23', 'INPUT_TOKEN=', `GITHUB_WORKSPACE=${root}`, ''].join('\n'));
  const env = {
    ...process.env,
    TARGET_ACTION_PATH: root,
    NODE_PACKAGE_MANAGER: 'npm',
    NODE_NO_WARNINGS: '1',
    ABM_LOCAL_ACTION_EXAMPLES: names.join(','),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const child = spawn(process.execPath, [tsxCli, emulatorMain, 'run', root, 'test/action/local-action-entry.ts', envFile], { cwd: root, env });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  return new Promise((done) => child.on('close', (code) => done({ code, log })));
}

/** Each example's part of the log: from its marker line to the next marker (or the end). */
function logsByExample(log: string): Map<string, string> {
  const parts = log.split(new RegExp(`^${EXAMPLE_MARKER}`, 'm')).slice(1);
  return new Map(parts.map((part) => [part.slice(0, part.indexOf('\n')), part.slice(part.indexOf('\n') + 1)]));
}

describe('the Action under @github/local-action', () => {
  let emulator: Run;
  let logs: Map<string, string>;
  beforeAll(async () => {
    emulator = await runAction(examples);
    logs = logsByExample(emulator.log);
  }, 240_000);

  it('starts the emulator, runs the Action once per example and exits cleanly', () => {
    expect(emulator.log).toContain('Running Action');
    expect(emulator.code, emulator.log).toBe(0);
    expect([...logs.keys()]).toEqual(examples);
  });

  it.each(examples)('runs on examples/%s without a crash, its annotations accepted', (example) => {
    const log = logs.get(example)!;
    expect(log).not.toContain('internal error');
    expect(log).not.toContain('Annotations spanning multiple lines');
    const annotations = log.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));
    for (const line of annotations) {
      const properties = /^::\w+ ([^:]*)::/.exec(line)?.[1] ?? '';
      const spans = /line=(\d+)/.exec(properties)?.[1] !== /endLine=(\d+)/.exec(properties)?.[1];
      if (spans) expect(properties).not.toMatch(/(^|,)(col|endColumn)=/);
    }
    if (example === 'broken') {
      expect(annotations.length).toBeGreaterThan(10);
      expect(log).toMatch(/^::error::abm-gitops: \d+ findings at or above fail-on: error$/m);
    }
  });
});
