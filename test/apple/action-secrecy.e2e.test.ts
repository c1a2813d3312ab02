/**
 * The bundled Action (dist/action.js, run as the runner runs it) with
 * `online: true` on a push, against the fake: it asks Apple, fails the step
 * on Apple's findings, and no secret reaches the log (masking commands
 * aside: they are instructions the runner consumes), the job summary, the
 * SARIF file, the HTML report or the outputs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDist } from '../support/built-dist.js';
import { AppleFake, handledSecrets, leaks, scenario, type Problem } from '../support/apple-fake/index.js';
import { writeRepo } from '../support/repo.js';

const PROJECT = new URL('../../', import.meta.url).pathname;
const NOW = new Date();
const problems: Problem[] = ['server-token-mismatch', 'content-token-claimed', 'content-token-rejected', 'api-key-unknown', 'unit-not-found'];
const world = scenario([{ name: 'clean' }, ...problems.map((problem) => ({ name: problem, problem }))], NOW);
const fake = new AppleFake(world.organizations.map((organization) => organization.fake));
let runner: string;

beforeAll(async () => {
  await builtDist();
  await fake.start();
  runner = mkdtempSync(join(tmpdir(), 'abm-gitops-online-runner-'));
}, 120_000);
afterAll(async () => {
  await fake.stop();
  rmSync(runner, { recursive: true, force: true });
});

describe('dist/action.js with online: true on push', () => {
  it('reports what Apple says and leaks no secret into the log, summary, SARIF, HTML or outputs', async () => {
    const workspace = writeRepo(world.files);
    const files = { output: join(runner, 'output'), summary: join(runner, 'summary'), event: join(runner, 'event.json') };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    writeFileSync(files.event, JSON.stringify({ ref: 'refs/heads/main', after: 'a'.repeat(40) }));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: runner,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/it-config',
      GITHUB_SHA: 'a'.repeat(40),
      ...world.env,
      ...fake.env,
      INPUT_PATH: '.',
      'INPUT_FAIL-ON': 'error',
      'INPUT_SARIF-FILE': 'out/abm.sarif',
      'INPUT_HTML-FILE': 'out/abm.html',
      'INPUT_CHANGED-ONLY': '',
      INPUT_RENEW: 'false',
      INPUT_ONLINE: 'true',
      INPUT_TOKEN: 'ghs_notsentanywhere',
    };
    const result = await promisify(execFile)(process.execPath, [join(PROJECT, 'dist/action.js')], { cwd: workspace, env, maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect('code' in result ? result.code : 0).toBe(1);
    const log = result.stdout;
    const summary = readFileSync(files.summary, 'utf8');
    expect(log).toMatch(/::error title=apple-server-token-mismatch,file=customers\/server-token-mismatch\/organization.yml/);
    expect(log).toMatch(/::warning title=apple-api-unavailable,file=customers\/api-key-unknown\/organization.yml/);
    expect(summary).toContain('apple-content-token-claimed');
    // Every credential the run read or Apple granted was masked before use.
    const masked = new Set(
      log
        .split('\n')
        .filter((line) => line.startsWith('::add-mask::'))
        .map((line) => line.slice('::add-mask::'.length)),
    );
    for (const session of fake.enrollment.sessions.keys()) expect(masked.has(session)).toBe(true);
    for (const token of fake.business.accessTokens.keys()) expect(masked.has(token)).toBe(true);
    const outputs = {
      log: log
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      stderr: result.stderr,
      summary,
      sarif: readFileSync(join(workspace, 'out/abm.sarif'), 'utf8'),
      html: readFileSync(join(workspace, 'out/abm.html'), 'utf8'),
      outputs: readFileSync(files.output, 'utf8'),
    };
    expect(leaks(outputs, handledSecrets(world, fake))).toEqual([]);
  }, 180_000);
});
