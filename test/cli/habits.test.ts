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

describe('nothing validated is not success', () => {
  const nothing = async (files: Record<string, string>, argv: string[] = []) => {
    const root = writeRepo(files);
    return { root, ...(await run(['validate', '.', ...argv, ...NOW], {}, false, root)) };
  };

  it('an empty folder exits 2 with one line naming the root and what was looked for', async () => {
    const { code, out, err } = await nothing({});
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toBe(
      "abm-gitops: nothing validated in .: no file in scope (every *.yml and *.yaml file) declares `apiVersion: abm-gitops/v1`; check the folder, the `include` globs in abm-gitops.yml and the files' apiVersion\n",
    );
  });

  it('an include glob that matches nothing names the globs (an MSP that renamed customers/)', async () => {
    const { code, err } = await nothing({
      'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\ninclude: ["customers/**/*.yml"]\n',
      'clients/acme/organization.yml': organization('acme', '  units:\n    - { id: hq, name: HQ, primary: true }\n'),
    });
    expect(code).toBe(2);
    expect(err).toContain('nothing validated in .: no file in scope (include: customers/**/*.yml)');
    expect(err.split('\n')).toHaveLength(2);
  });

  it('as JSON: the error object, exit 2', async () => {
    const { code, out } = await nothing({ 'notes.yml': 'title: not ours\n' }, ['--format', 'json']);
    expect(code).toBe(2);
    expect((JSON.parse(out) as { error: { message: string } }).error.message).toMatch(/^nothing validated in \.: /);
  });

  it('a near-miss apiVersion is a schema finding at apiVersion, not a silently skipped file', async () => {
    const { code, out } = await nothing({ 'org.yml': organization('acme', '  units:\n    - { id: hq, name: HQ, primary: true }\n').replace('abm-gitops/v1', 'abm-gitop/v1') }, [
      '--format',
      'json',
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(out) as ValidationReport;
    expect(report.findings.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }))).toEqual([
      { ruleId: 'schema', line: 1, column: 1, message: '`apiVersion` must be `abm-gitops/v1`, not `abm-gitop/v1`.' },
    ]);
  });

  it("a near-miss kind is a schema finding too; another tool's apiVersion stays ignored", async () => {
    const org = organization('acme', '  units:\n    - { id: hq, name: HQ, primary: true }\n');
    const { code, out } = await nothing({ 'org.yml': org.replace('kind: Organization', 'kind: Organisation'), 'k8s.yml': 'apiVersion: apps/v1\nkind: Deployment\n' }, [
      '-f',
      'json',
    ]);
    expect(code).toBe(1);
    expect((JSON.parse(out) as ValidationReport).findings.map(({ file, ruleId, message }) => [file, ruleId, message])).toEqual([
      ['org.yml', 'schema', '`kind` must be `Organization`, not `Organisation`.'],
    ]);
  });
});

describe('validate <file>… (pre-commit, lint-staged, editors)', () => {
  const ORG = (name: string, units: string) => organization(name, units);
  const CLEAN_UNITS = '  units:\n    - { id: hq, name: HQ, primary: true }\n';
  const BROKEN_UNITS = '  units:\n    - { id: hq, name: HQ }\n';
  const repo = () =>
    writeRepo({
      'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\n',
      'customers/acme/organization.yml': ORG('acme', BROKEN_UNITS),
      'customers/beta/organization.yml': ORG('beta', BROKEN_UNITS),
      'customers/gamma/organization.yml': ORG('acme', CLEAN_UNITS),
      'docs/notes.yml': 'title: not ours\n',
    });

  it('reports findings in the given files only, with the whole repository loaded (cross-file rules)', async () => {
    const root = repo();
    const { code, out } = await run(['validate', 'customers/gamma/organization.yml', 'docs/notes.yml', '-f', 'json', ...NOW], {}, false, root);
    expect(code).toBe(1);
    const report = JSON.parse(out) as ValidationReport;
    // gamma reuses acme's name: a finding only the whole repository shows.
    expect(report.findings.map(({ file, ruleId }) => [file, ruleId])).toEqual([['customers/gamma/organization.yml', 'duplicate-id']]);
    expect(report.root).toBe('.');
  });

  it('works from any folder: the config repository is found upwards', async () => {
    const root = repo();
    const { code, out } = await run(['validate', 'organization.yml', '../beta/organization.yml', '-f', 'json', ...NOW], {}, false, join(root, 'customers/acme'));
    expect(code).toBe(1);
    const report = JSON.parse(out) as ValidationReport;
    expect(report.root).toBe('../..');
    expect([...new Set(report.findings.map(({ file }) => file))]).toEqual(['customers/acme/organization.yml', 'customers/beta/organization.yml']);
  });

  it('a clean file exits 0, a missing file exits 2 with one line', async () => {
    const root = repo();
    expect((await run(['validate', 'docs/notes.yml', ...NOW], {}, false, root)).code).toBe(0);
    expect(await run(['validate', 'customers/nope.yml', ...NOW], {}, false, root)).toEqual({
      code: 2,
      out: '',
      err: 'abm-gitops: cannot validate customers/nope.yml: no such file or folder\n',
    });
  });
});
