/**
 * The Action's source run under GitHub's runner emulator, `@github/local-action`,
 * on every example: its stub of `@actions/core` enforces the runner's rules
 * (annotations spanning lines carry no columns, …) that a plain unit test
 * of our own code cannot see. A crash shows as "internal error" in its log.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'workflows')
  .map((entry) => entry.name);

interface Run {
  code: number | null;
  log: string;
}

/** `local-action run . src/action/run.ts <env file>` with the example as the `path` input. */
function runAction(example: string): Promise<Run> {
  const envFile = join(mkdtempSync(join(tmpdir(), 'abm-local-action-')), '.env');
  writeFileSync(envFile, [`INPUT_PATH=examples/${example}`, 'INPUT_NOW=2026-11-23', 'INPUT_TOKEN=', `GITHUB_WORKSPACE=${root}`, ''].join('\n'));
  // npm_config_yes: local-action runs its TypeScript loader through npx, which would otherwise ask.
  const env = { ...process.env, npm_config_yes: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };
  const child = spawn(join(root, 'node_modules', '.bin', 'local-action'), ['run', root, 'src/action/run.ts', envFile], { cwd: root, env });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  return new Promise((done) => child.on('close', (code) => done({ code, log })));
}

describe('the Action under @github/local-action', () => {
  it.concurrent.each(examples)('runs on examples/%s without a crash, its annotations accepted', { timeout: 240_000 }, async (example) => {
    const { code, log } = await runAction(example);
    expect(log).not.toContain('internal error');
    expect(log).not.toContain('Annotations spanning multiple lines');
    expect(log).toContain('Running Action');
    expect(code).toBe(0);
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
