import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
      'created abm-gitops.yml\ncreated organization.yml\ncreated .github/workflows/abm-gitops.yml\n\nNext: fill in organization.yml, then run abm-gitops validate.\n',
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
});
