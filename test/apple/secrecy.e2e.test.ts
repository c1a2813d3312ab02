/**
 * Secrecy proven, not promised (online.md, "Secrets"): every format of
 * `validate --online`, in-process and through the bundled CLI, against the
 * fake, with organizations that agree with Apple, disagree with it, and are
 * refused by it. No byte run of any credential, decrypted server token
 * value, session token, access token, client assertion, content token or
 * secret response field may appear in stdout, stderr or a written file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDist } from '../support/built-dist.js';
import { runCli } from '../../src/cli/run.js';
import { TOKENS_FORMATS } from '../../src/cli/commands/tokens.js';
import { OUTPUT_FORMATS } from '../../src/report/index.js';
import { AppleFake, handledSecrets, leaks, scenario, type Problem } from '../support/apple-fake/index.js';
import { writeRepo } from '../support/repo.js';

const PROJECT = new URL('../../', import.meta.url).pathname;
const NOW = new Date();
const problems: Problem[] = [
  'server-token-mismatch',
  'content-token-claimed',
  'content-token-rejected',
  'server-token-rejected',
  'api-key-unknown',
  'account-departed',
  'service-silent',
];
const world = scenario([{ name: 'clean' }, ...problems.map((problem) => ({ name: problem, problem }))], NOW);
const fake = new AppleFake(world.organizations.map((organization) => organization.fake));
let root: string;
let outDir: string;

beforeAll(async () => {
  await builtDist();
  await fake.start();
  root = writeRepo(world.files);
  outDir = mkdtempSync(join(tmpdir(), 'abm-gitops-secrecy-'));
}, 120_000);
afterAll(async () => {
  await fake.stop();
  rmSync(outDir, { recursive: true, force: true });
});

const secrets = () => handledSecrets(world, fake);

describe('no secret in any output of validate --online', () => {
  it('in-process CLI, every format, to stdout and to --output', async () => {
    const outputs: Record<string, string> = {};
    const env = { ...world.env, ...fake.env };
    for (const format of OUTPUT_FORMATS) {
      let stdout = '';
      let stderr = '';
      const io = { stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text), env, cwd: root, isTTY: false };
      const code = await runCli(['validate', '.', '--online', '--format', format, '--fail-on', 'never'], io);
      expect({ format, code }).toEqual({ format, code: 0 });
      outputs[`${format} stdout`] = stdout;
      outputs[`${format} stderr`] = stderr;
      const file = join(outDir, `report.${format}`);
      await runCli(['validate', '.', '--online', '--format', format, '--output', file, '--fail-on', 'never'], io);
      outputs[`${format} file`] = readFileSync(file, 'utf8');
    }
    // The run really did meet Apple: findings from every kind of answer are in the outputs.
    expect(outputs['json stdout']).toContain('apple-server-token-mismatch');
    expect(outputs['json stdout']).toContain('apple-content-token-rejected');
    expect(outputs['json stdout']).toContain('apple-api-unavailable');
    expect(fake.enrollment.sessions.size).toBeGreaterThan(0);
    expect(fake.business.accessTokens.size).toBeGreaterThan(0);
    expect(leaks(outputs, secrets())).toEqual([]);
  }, 180_000);

  it('the bundled CLI, with a failing run and a usage error, also leaks nothing', async () => {
    const run = promisify(execFile);
    const env = { PATH: process.env.PATH ?? '', ...world.env, ...fake.env };
    const outputs: Record<string, string> = {};
    for (const format of ['text', 'sarif', 'markdown'] as const) {
      const result = await run(process.execPath, [join(PROJECT, 'dist/cli.js'), 'validate', '.', '--online', '--format', format], {
        cwd: root,
        env,
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { code: number; stdout: string; stderr: string }) => error);
      expect({ format, code: 'code' in result ? result.code : 0 }).toEqual({ format, code: 1 });
      outputs[`bundle ${format} stdout`] = result.stdout;
      outputs[`bundle ${format} stderr`] = result.stderr;
    }
    const usage = await run(process.execPath, [join(PROJECT, 'dist/cli.js'), 'validate', '.', '--online'], {
      cwd: root,
      env: { ...env, ABM_GITOPS_APPLE_API_URL: 'http://apple.example.com' },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect('code' in usage && usage.code).toBe(2);
    outputs['usage stderr'] = usage.stderr;
    expect(leaks(outputs, secrets())).toEqual([]);
  }, 180_000);

  it('tokens --online in every format and inspect --online on a content token and a server token leak nothing either', async () => {
    const outputs: Record<string, string> = {};
    const clean = world.organizations.find((organization) => organization.name === 'clean')!;
    const contentFile = join(outDir, 'clean.vpptoken');
    const serverFile = join(outDir, 'clean_Token_smime.p7m');
    writeFileSync(contentFile, clean.fake.contentTokens![0]!.sToken);
    writeFileSync(serverFile, clean.env.CLEAN_SERVER_TOKEN!);
    const env = { ...world.env, ...fake.env };
    const runs: Array<[string, string[]]> = [
      ...TOKENS_FORMATS.map((format): [string, string[]] => [`tokens ${format}`, ['tokens', '.', '--online', '--format', format]]),
      ...(['text', 'json'] as const).map((format): [string, string[]] => [`inspect content ${format}`, ['inspect', contentFile, '--online', '--format', format]]),
      ...(['text', 'json'] as const).map((format): [string, string[]] => [
        `inspect server ${format}`,
        ['inspect', serverFile, '--private-key', 'env:CLEAN_MDM_KEY', '--online', '--format', format],
      ]),
    ];
    for (const [name, argv] of runs) {
      let stdout = '';
      let stderr = '';
      const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env, cwd: root, isTTY: false });
      expect({ name, code, stderr }).toEqual({ name, code: expect.any(Number), stderr: '' });
      outputs[`${name} stdout`] = stdout;
    }
    // The inspections did reach Apple: its answers are in them.
    expect(outputs['inspect content json stdout']).toContain('Clean HQ');
    expect(outputs['inspect server text stdout']).toContain('admin@clean.example');
    expect(leaks(outputs, secrets())).toEqual([]);
  }, 180_000);

  it('the scan itself finds a planted secret (it can fail)', () => {
    // A piece of the Apple key's body, of a consumer secret, of a content token: each is caught.
    for (const secret of [world.secrets[0]!, world.secrets[2]!, world.secrets[6]!]) {
      const middle = Math.floor(secret.length / 2);
      expect(leaks({ planted: `message with ${secret.slice(middle - 15, middle + 15)} inside` }, secrets()).length).toBeGreaterThan(0);
    }
  });
});
