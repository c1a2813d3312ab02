import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { recordingIo as io } from '../artifacts/cli-io.js';
import { runCli } from '../../src/cli/run.js';
import { VALIDATE_WORKFLOW } from '../../src/cli/commands/init.js';
import { parseInstant } from '../../src/base/dates.js';
import { validateRepository } from '../../src/validate.js';
import organizationSchema from '../../schemas/organization.schema.json' with { type: 'json' };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'abm-gitops-init-'));
  dirs.push(dir);
  return dir;
}

describe('abm-gitops init', () => {
  it('scaffolds a repository that validates with no findings', async () => {
    const parent = scratch();
    const recorder = io(parent);
    expect(await runCli(['init', 'acme-config'], recorder)).toBe(0);
    expect(recorder.out).toBe(
      'created abm-gitops.yml\ncreated organization.yml\ncreated .github/workflows/abm-gitops.yml\n\n' +
        // Outside any git repository: the folder is meant to become one, and the note says what else to do.
        "GitHub reads workflows only from .github/workflows at a repository's root: make this folder the root (git init), or move the workflow to the root of the repository that will hold this folder and set its path: input to this folder.\n\n" +
        'Next: fill in organization.yml, then run abm-gitops validate.\n',
    );
    const root = join(parent, 'acme-config');
    const { report } = validateRepository({ root, now: parseInstant('2026-11-23')! });
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ files: 1, organizations: 1, errors: 0, warnings: 0, infos: 0, waived: 0 });

    const organization = readFileSync(join(root, 'organization.yml'), 'utf8');
    expect(organization.split('\n', 1)[0]).toBe(`# yaml-language-server: $schema=${organizationSchema.$id}`);
    expect(organization.split('\n', 1)[0]).toBe('# yaml-language-server: $schema=https://abm-gitops.dev/schemas/v1/organization.schema.json');
    expect(organization).toContain('  name: acme-config\n');
    expect(organization).toContain('  product: apple-business ');
    expect(organization).toContain('      type: built-in ');
  });

  it('writes the same workflow as examples/workflows/validate.yml', async () => {
    const root = scratch();
    expect(await runCli(['init', '--name', 'bakery'], io(root))).toBe(0);
    const workflow = readFileSync(join(root, '.github/workflows/abm-gitops.yml'), 'utf8');
    expect(workflow).toBe(VALIDATE_WORKFLOW);
    expect(workflow).toBe(readFileSync(new URL('../../examples/workflows/validate.yml', import.meta.url), 'utf8'));
    expect(readFileSync(join(root, 'organization.yml'), 'utf8')).toContain('  name: bakery\n');
  });

  it('refuses to overwrite existing files without --force, and overwrites with it', async () => {
    const root = scratch();
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    writeFileSync(join(root, 'abm-gitops.yml'), 'mine\n');
    writeFileSync(join(root, '.github/workflows/abm-gitops.yml'), 'mine too\n');
    const refused = io(root);
    expect(await runCli(['init'], refused)).toBe(2);
    expect(refused.err).toBe('abm-gitops: init: abm-gitops.yml, .github/workflows/abm-gitops.yml already exist in .; use --force to overwrite\n');
    expect(readFileSync(join(root, 'abm-gitops.yml'), 'utf8')).toBe('mine\n');

    expect(await runCli(['init', '--force', '--name', 'acme'], io(root))).toBe(0);
    expect(readFileSync(join(root, 'abm-gitops.yml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=https:\/\/abm-gitops\.dev\/schemas\/v1\/config\.schema\.json\n/);
    expect(validateRepository({ root, now: parseInstant('2026-11-23')! }).report.findings).toEqual([]);
  });

  it('derives the organization name from the folder, and rejects a bad --name in one line', async () => {
    const parent = scratch();
    expect(await runCli(['init', 'Acme Corp_Config'], io(parent))).toBe(0);
    expect(readFileSync(join(parent, 'Acme Corp_Config', 'organization.yml'), 'utf8')).toContain('  name: acme-corp-config\n');
    const bad = io(parent);
    expect(await runCli(['init', 'other', '--name', 'Acme Corp'], bad)).toBe(2);
    expect(bad.err).toBe('abm-gitops: init: --name must be lowercase letters, digits and dashes (e.g. acme), not "Acme Corp"\n');
  });

  describe('inside a git repository', () => {
    function gitRepository(): string {
      const root = scratch();
      execFileSync('git', ['init', '-q', root]);
      return root;
    }
    const workflowAt = (root: string) => readFileSync(join(root, '.github/workflows/abm-gitops.yml'), 'utf8');
    const validatePath = (workflow: string) => {
      const job = (parseYaml(workflow) as { jobs: { validate: { steps: Array<{ uses?: string; with?: { path?: string } }> } } }).jobs.validate;
      return job.steps.find((step) => step.uses?.startsWith('abm-gitops/abm-gitops@'))!.with!.path;
    };

    it('at its root: the workflow goes into the folder, as outside a repository, with no note', async () => {
      const root = gitRepository();
      const recorder = io(root);
      expect(await runCli(['init', '--name', 'acme'], recorder)).toBe(0);
      expect(workflowAt(root)).toBe(VALIDATE_WORKFLOW);
      expect(recorder.out).toBe(
        'created abm-gitops.yml\ncreated organization.yml\ncreated .github/workflows/abm-gitops.yml\n\nNext: fill in organization.yml, then run abm-gitops validate.\n',
      );
    });

    it('in a subfolder: the workflow goes to the root, where GitHub reads it, and validates that subfolder', async () => {
      const root = gitRepository();
      mkdirSync(join(root, 'it'));
      const recorder = io(join(root, 'it'));
      expect(await runCli(['init', 'abm-config', '--name', 'acme'], recorder)).toBe(0);
      expect(recorder.out).toBe(
        'created abm-gitops.yml\ncreated organization.yml\ncreated ../../.github/workflows/abm-gitops.yml\n\n' +
          'The workflow went to the root of the git repository (..), the only place GitHub reads workflows from; it validates path: it/abm-config.\n\n' +
          'Next: fill in organization.yml, then run abm-gitops validate.\n',
      );
      expect(existsSync(join(root, 'it/abm-config/.github'))).toBe(false);
      const workflow = workflowAt(root);
      expect(validatePath(workflow)).toBe('it/abm-config');
      // Only the path differs from the published workflow.
      expect(workflow.replace('path: it/abm-config\n', 'path: .\n')).toBe(VALIDATE_WORKFLOW);
      const { report } = validateRepository({ root: join(root, validatePath(workflow)!), now: parseInstant('2026-11-23')! });
      expect(report.summary).toMatchObject({ files: 1, organizations: 1, errors: 0, warnings: 0 });
    });

    it('quotes a subfolder whose name YAML would misread', async () => {
      const root = gitRepository();
      expect(await runCli(['init', 'IT config #2: "abm"', '--name', 'acme'], io(root))).toBe(0);
      expect(validatePath(workflowAt(root))).toBe('IT config #2: "abm"');
    });

    it('refuses to overwrite a workflow already at the root without --force, and writes nothing', async () => {
      const root = gitRepository();
      mkdirSync(join(root, '.github/workflows'), { recursive: true });
      writeFileSync(join(root, '.github/workflows/abm-gitops.yml'), 'mine\n');
      const refused = io(root);
      expect(await runCli(['init', 'config'], refused)).toBe(2);
      expect(refused.err).toBe('abm-gitops: init: ../.github/workflows/abm-gitops.yml already exists in config; use --force to overwrite\n');
      expect(existsSync(join(root, 'config'))).toBe(false);
      expect(workflowAt(root)).toBe('mine\n');
    });
  });

  describe('never writes through a symlink that leaves the target', () => {
    it('a folder on the way (`.github`) that links outside: refused in one line, nothing written anywhere', async () => {
      const root = scratch();
      const outside = scratch();
      symlinkSync(outside, join(root, '.github'));
      const refused = io(root);
      expect(await runCli(['init', '--name', 'acme'], refused)).toBe(2);
      expect(refused.err).toBe(
        `abm-gitops: init: .github (on the way to .github/workflows/abm-gitops.yml) is a symlink that leads outside ${root}, so init did not write through it: replace it with a real folder\n`,
      );
      expect(readdirSync(outside)).toEqual([]);
      expect(readdirSync(root)).toEqual(['.github']);
    });

    it('the same through --force, and at the root of a git repository for a subfolder', async () => {
      const root = scratch();
      execFileSync('git', ['init', '-q', root]);
      const outside = scratch();
      mkdirSync(join(outside, 'workflows'));
      symlinkSync(outside, join(root, '.github'));
      const refused = io(root);
      expect(await runCli(['init', 'config', '--force'], refused)).toBe(2);
      expect(refused.err).toMatch(/^abm-gitops: init: \.github \(on the way to \.\.\/\.github\/workflows\/abm-gitops\.yml\) is a symlink that leads outside /);
      expect(readdirSync(join(outside, 'workflows'))).toEqual([]);
      expect(existsSync(join(root, 'config'))).toBe(false);
    });

    it('the file itself as a symlink (outside, inside or dangling): refused, its target untouched', async () => {
      const outside = scratch();
      writeFileSync(join(outside, 'victim.txt'), 'keep me\n');
      for (const target of [join(outside, 'victim.txt'), 'organization.yml', join(outside, 'not-yet.yml')]) {
        const root = scratch();
        symlinkSync(target, join(root, 'abm-gitops.yml'));
        const refused = io(root);
        expect(await runCli(['init', '--name', 'acme', '--force'], refused)).toBe(2);
        expect(refused.err).toBe(
          'abm-gitops: init: abm-gitops.yml is a symlink, and init writes only regular files, never through a link: remove the link (or write the file yourself)\n',
        );
        expect(readdirSync(root)).toEqual(['abm-gitops.yml']);
      }
      expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('keep me\n');
      expect(existsSync(join(outside, 'not-yet.yml'))).toBe(false);
    });

    it('a folder link that stays inside the target is followed (a shared CI folder)', async () => {
      const root = scratch();
      mkdirSync(join(root, 'ci/github'), { recursive: true });
      symlinkSync('ci/github', join(root, '.github'));
      expect(await runCli(['init', '--name', 'acme'], io(root))).toBe(0);
      expect(readFileSync(join(root, 'ci/github/workflows/abm-gitops.yml'), 'utf8')).toBe(VALIDATE_WORKFLOW);
    });
  });
});
