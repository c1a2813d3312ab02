import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { ValidationReport } from '../../src/base/findings.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { organization, writeRepo } from '../support/repo.js';

const NOW = ['--now', '2026-11-23'];
const ESCAPE = '\u001b[';

/** One organization with one error (no primary unit). */
const repoWithError = () => writeRepo({ 'org.yml': organization('acme', '  units:\n    - id: hq\n      name: HQ\n') });

async function run(argv: string[], env: Record<string, string> = {}, isTTY = false, cwd = repoWithError()) {
  const io = recordingIo(cwd, env);
  io.isTTY = isTTY;
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('colour as other command-line tools do it', () => {
  const coloured = async (env: Record<string, string>, isTTY: boolean, flags: string[] = []) => (await run(['validate', '.', ...NOW, ...flags], env, isTTY)).out.includes(ESCAPE);

  it('colours a terminal, and not a pipe', async () => {
    expect(await coloured({}, true)).toBe(true);
    expect(await coloured({}, false)).toBe(false);
    expect(await coloured({ TERM: 'dumb' }, true)).toBe(false);
  });

  it('honours NO_COLOR (set and not empty) on a terminal', async () => {
    expect(await coloured({ NO_COLOR: '1' }, true)).toBe(false);
    expect(await coloured({ NO_COLOR: '' }, true)).toBe(true);
  });

  it('honours FORCE_COLOR in a pipe (CI logs), and FORCE_COLOR=0 on a terminal', async () => {
    expect(await coloured({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await coloured({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(await coloured({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await coloured({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(await coloured({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
  });

  it('lets --color and --no-color win over the environment', async () => {
    expect(await coloured({ NO_COLOR: '1' }, false, ['--color'])).toBe(true);
    expect(await coloured({ FORCE_COLOR: '1' }, true, ['--no-color'])).toBe(false);
  });
});

describe('help and usage errors', () => {
  it("`help <command>` prints that command's help, like `<command> --help`", async () => {
    const viaHelp = await run(['help', 'validate']);
    expect(viaHelp).toEqual(await run(['validate', '--help']));
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.out).toMatch(/^Usage: abm-gitops validate /);
    expect(await run(['help', 'valdate'])).toMatchObject({ code: 2, out: '', err: 'abm-gitops: unknown command "valdate" (did you mean "validate"?); run abm-gitops --help\n' });
  });

  it('an unknown option names the command once', async () => {
    expect(await run(['validate', '--fromat', 'json'])).toEqual({ code: 2, out: '', err: 'abm-gitops validate: unknown option --fromat (did you mean --format?)\n' });
    expect(await run(['validate', '-x'])).toEqual({ code: 2, out: '', err: 'abm-gitops validate: unknown option -x (short options are -f, -o, -q; others are written --name)\n' });
    const json = await run(['validate', '-f', 'json', '--fail-of', 'error']);
    expect(JSON.parse(json.out)).toEqual({ version: 1, error: { message: 'unknown option --fail-of (did you mean --fail-on?)' } });
  });

  it('a command without options has no empty "Options:" heading', async () => {
    const { code, out } = await run(['explain', '--help']);
    expect(code).toBe(0);
    expect(out).not.toContain('Options:');
    expect(out).toMatch(/^Usage: abm-gitops explain/);
  });
});

describe('short flags where the peers have them', () => {
  it('-f, -o and -q are --format, --output and --quiet', async () => {
    const root = repoWithError();
    const long = await run(['validate', '.', '--format', 'json', ...NOW], {}, false, root);
    const short = await run(['validate', '.', '-f', 'json', ...NOW], {}, false, root);
    expect(short).toEqual(long);
    expect((JSON.parse(short.out) as ValidationReport).findings).toHaveLength(1);

    expect(await run(['validate', '.', '-fjson', '-o', 'report.json', ...NOW], {}, false, root)).toEqual({ code: 1, out: '', err: '' });
    expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'))).toEqual(JSON.parse(long.out));

    const quiet = await run(['validate', '.', '-q', ...NOW], {}, false, root);
    expect(quiet).toEqual(await run(['validate', '.', '--quiet', ...NOW], {}, false, root));
    expect(quiet.out).not.toContain(' | ');
  });

  it('a short flag that takes no value refuses one', async () => {
    expect((await run(['validate', '-qx'])).err).toBe('abm-gitops validate: unknown option -qx (-q takes no value)\n');
  });
});
