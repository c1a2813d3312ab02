import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkSchema } from '../../src/schema/index.js';
import { customerDownloads, importCli, place, scratchFolders } from './downloads.js';

const folder = scratchFolders();

describe('import on bad input: one clear line each, never a crash or a hang', () => {
  it('lists a symlink leaving the folder, a FIFO, a 1 GB file, a damaged token and an empty file, and imports the rest', async () => {
    const work = folder();
    const outside = folder();
    const downloads = customerDownloads();
    place(work, 'd', downloads.publicFiles);
    outside.write('elsewhere.pem', downloads.publicFiles['certs/jamf-prod.pem']!);
    symlinkSync(join(outside.root, 'elsewhere.pem'), join(work.root, 'd/link-out.pem'));
    symlinkSync(join(work.root, 'd/certs/jamf-prod.pem'), join(work.root, 'd/link-in.pem'));
    spawnSync('mkfifo', [join(work.root, 'd/pipe.p7m')]);
    const big = openSync(join(work.root, 'd/huge_Token_2026-01-01T00-00-00Z_smime.p7m'), 'w');
    ftruncateSync(big, 1024 ** 3);
    closeSync(big);
    work.write('d/broken.vpptoken', 'eyJ0b2tlbiI6I');
    work.write('d/empty.pem', '');
    const started = Date.now();
    const run = await importCli(work.root, ['d', '--organization', 'acme']);
    // A FIFO opened for a blocking read or a 1 GB read would hang or take far longer; the bound leaves room for a loaded machine.
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(run.code).toBe(1);
    expect(checkSchema('organization', parse(run.out))).toEqual([]);
    const notImported = run.err.slice(run.err.indexOf('Not imported:'));
    expect(notImported).toContain('  d/link-out.pem: a symlink that leads outside the folder: not followed\n');
    expect(notImported).toContain('  d/pipe.p7m: not a regular file (a FIFO): not read\n');
    expect(notImported).toContain('  d/huge_Token_2026-01-01T00-00-00Z_smime.p7m: 1073741824 bytes, over the 2097152-byte cap for a token or certificate: not read\n');
    expect(notImported).toMatch(/ {2}d\/broken\.vpptoken: .*content token.*\n/);
    expect(notImported).toContain('  d/empty.pem: empty\n');
    // A link that stays inside is the same file: read once.
    expect(run.err).not.toContain('link-in');
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it('shows a hostile file name escaped in the report and keeps control characters out of names', async () => {
    const work = folder();
    const downloads = customerDownloads();
    const hostile = 'Evil\n::error::pwned\u001b[31m_Token_2026-01-10T14-37-38Z_smime.p7m';
    work.write(`d/${hostile}`, downloads.publicFiles['Jamf Pro Production_Token_2026-01-10T14-37-38Z_smime.p7m']!);
    const run = await importCli(work.root, ['d', '--organization', 'acme']);
    const document = parse(run.out) as { spec: { deviceManagementServices: Array<{ name: string; serviceToken: { ref: string } }> } };
    expect(checkSchema('organization', document)).toEqual([]);
    expect(document.spec.deviceManagementServices[0]!.name).toBe('Evil ::error::pwned [31m');
    expect(document.spec.deviceManagementServices[0]!.serviceToken.ref).toBeUndefined();
    expect(run.err).toContain('which a `file:` reference cannot: rename the file');
    expect(run.err).not.toMatch(/^::error::/m);
    expect(run.err).not.toContain('\u001b');
    expect(run.err).toContain('d/Evil\\u000a::error::pwned\\u001b[31m_Token_');
  });

  it('refuses a missing path, a missing --organization and a bad name with exit 2 and one line', async () => {
    const work = folder();
    expect(await importCli(work.root, ['nope', '--organization', 'acme'])).toEqual({ code: 2, out: '', err: 'abm-gitops: import: nope: no such file or folder\n' });
    expect(await importCli(work.root, ['.'])).toEqual({
      code: 2,
      out: '',
      err: 'abm-gitops: import needs --organization <name>: the short name of the organization (metadata.name), e.g. acme\n',
    });
    expect((await importCli(work.root, ['.', '--organization', 'Acme Corp'])).err).toBe(
      'abm-gitops: import: --organization must be lowercase letters, digits and dashes (e.g. acme), not "Acme Corp"\n',
    );
    expect((await importCli(work.root, ['--organization', 'acme'])).code).toBe(2);
  });

  it('refuses an --into file of another organization or with broken YAML, and leaves it alone', async () => {
    const work = folder();
    work.write('d/README', 'x');
    const other = 'apiVersion: abm-gitops/v1\nkind: Organization\nmetadata:\n  name: globex\nspec:\n  product: apple-business\n  units: [{id: hq, name: Globex, primary: true}]\n';
    work.write('other.yml', other);
    work.write('broken.yml', 'spec: [\n');
    expect(await importCli(work.root, ['d', '--organization', 'acme', '--into', 'other.yml'])).toEqual({
      code: 2,
      out: '',
      err: "abm-gitops: import: --into other.yml holds no organization named acme (it holds globex): give that organization's file, or --organization with its name\n",
    });
    const broken = await importCli(work.root, ['d', '--organization', 'acme', '--into', 'broken.yml']);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^abm-gitops: import: --into broken\.yml: the YAML does not parse \(.*\); fix it first\n$/);
    expect(readFileSync(join(work.root, 'other.yml'), 'utf8')).toBe(other);
  });

  it('lets no secret byte reach stdout, stderr or the written file', async () => {
    const work = folder();
    const downloads = customerDownloads();
    place(work, 'repo/files', downloads.publicFiles);
    place(work, 'secrets', downloads.secretFiles);
    work.write('repo/abm-gitops.yml', 'apiVersion: abm-gitops/v1\nkind: Config\n');
    const env = { JAMF_KEY: downloads.secretFiles['jamf-dep.key'] as string };
    const outputs: string[] = [];
    for (const args of [
      ['repo/files', 'secrets', '--organization', 'acme'],
      ['repo/files', 'secrets', '--organization', 'acme', '--private-key', 'env:JAMF_KEY'],
      ['repo/files', 'secrets', '--organization', 'acme', '--into', 'repo/acme.yml', '--dry-run'],
      ['repo/files', 'secrets', '--organization', 'acme', '--into', 'repo/acme.yml'],
      ['repo/files', 'secrets', '--organization', 'acme', '--into', 'repo/acme.yml'],
      ['secrets/sToken_for_Acme Corp.vpptoken', '--organization', 'acme', '--private-key', 'secrets/jamf-dep.key'],
    ]) {
      const run = await importCli(work.root, args, env);
      expect(run.code, run.err).toBeLessThan(2);
      outputs.push(run.out, run.err);
    }
    outputs.push(readFileSync(join(work.root, 'repo/acme.yml'), 'utf8'));
    expect(outputs.join('').length).toBeGreaterThan(1000);
    for (const secret of downloads.secrets) {
      for (const output of outputs) expect(output.includes(secret), `a secret (${secret.slice(0, 6)}…) was printed`).toBe(false);
    }
  });
});

/** Root reads every folder: the unreadable-folder case runs the bundled CLI as an unprivileged user. */
describe('an unreadable folder', () => {
  const bundle = join(tmpdir(), `abm-gitops-import-cli-${process.pid}.mjs`);
  const asRoot = process.getuid?.() === 0;
  beforeAll(async () => {
    if (!asRoot) return;
    await build({
      entryPoints: [join(import.meta.dirname, '../../src/cli/main.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      define: { __ABM_GITOPS_VERSION__: '"test"' },
      banner: { js: "import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);" },
    });
  }, 60_000);
  afterAll(() => {
    spawnSync('rm', ['-f', bundle]);
  });

  it('is listed with the reason while the readable files are imported', async () => {
    const work = folder();
    const downloads = customerDownloads();
    place(work, 'd', downloads.publicFiles);
    mkdirSync(join(work.root, 'd/locked'));
    work.write('d/locked/sToken_for_Hidden.vpptoken', 'x');
    chmodSync(join(work.root, 'd/locked'), 0o000);
    chmodSync(work.root, 0o755);
    let code: number | null;
    let stdout: string;
    let stderr: string;
    if (asRoot) {
      const run = spawnSync(process.execPath, [bundle, 'import', 'd', '--organization', 'acme'], {
        cwd: work.root,
        encoding: 'utf8',
        uid: 65534,
        gid: 65534,
        env: { PATH: process.env.PATH ?? '' },
      });
      ({ status: code, stdout, stderr } = run);
    } else {
      ({ code, out: stdout, err: stderr } = await importCli(work.root, ['d', '--organization', 'acme']));
    }
    chmodSync(join(work.root, 'd/locked'), 0o755);
    expect(stderr).toContain('  d/locked: this folder cannot be read (permission denied)\n');
    expect(code).toBe(1);
    expect((parse(stdout) as { spec: { deviceManagementServices: unknown[] } }).spec.deviceManagementServices).toHaveLength(2);
  });
});
