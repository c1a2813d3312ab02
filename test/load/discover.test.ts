import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverYamlFiles } from '../../src/load/index.js';
import { parseInstant } from '../../src/base/dates.js';
import { validateRepository } from '../../src/validate.js';
import { organization, writeRepo } from '../support/repo.js';

const UNITS = `  units:
    - id: hq
      name: HQ
      primary: true
`;
/** Valid, except that it has no primary unit: a finding proves the file was read. */
const NO_PRIMARY = `  units:
    - id: hq
      name: HQ
`;

function validate(root: string) {
  return validateRepository({ root, now: parseInstant('2026-11-23')! }).report;
}

function filesWithFindings(root: string): string[] {
  return [...new Set(validate(root).findings.map((finding) => finding.file))];
}

describe('discovery', () => {
  it('reads .yml and .yaml files at any depth, sorted by path, but not abm-gitops.yml', () => {
    const root = writeRepo({
      'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\n',
      'customers/zeta/organization.yaml': organization('zeta', NO_PRIMARY),
      'customers/alpha/organization.yml': organization('alpha', NO_PRIMARY),
      'top.YML': organization('top', NO_PRIMARY),
      'notes.txt': organization('txt', NO_PRIMARY),
    });
    expect(discoverYamlFiles(root).map((file) => file.path)).toEqual(['customers/alpha/organization.yml', 'customers/zeta/organization.yaml', 'top.YML']);
    expect(filesWithFindings(root)).toEqual(['customers/alpha/organization.yml', 'customers/zeta/organization.yaml', 'top.YML']);
  });

  it('ignores files with another apiVersion silently, and documents of other tools inside our files', () => {
    const root = writeRepo({
      'org.yml': `${organization('acme', UNITS)}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n`,
      '.github/workflows/ci.yml': 'name: ci\non: push\njobs: {}\n',
      'k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec: {replicas: 1}\n',
      'future.yml': organization('future', UNITS).replace('abm-gitops/v1', 'abm-gitops/v2'),
    });
    const report = validate(root);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatchObject({ files: 1, organizations: 1 });
  });

  it('narrows to the include globs', () => {
    const root = writeRepo({
      'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\ninclude: ["customers/**/*.yml"]\n',
      'customers/acme/organization.yml': organization('acme', NO_PRIMARY),
      'customers/acme/notes.yml': 'title: not an organization\n',
      'drafts/beta.yml': organization('beta', NO_PRIMARY),
    });
    expect(filesWithFindings(root)).toEqual(['customers/acme/organization.yml']);
    expect(validate(root).summary).toMatchObject({ files: 1, organizations: 1 });
  });

  it('with include, reports a broken included file even without our apiVersion in it', () => {
    const root = writeRepo({
      'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\ninclude: ["customers/*.yml"]\n',
      'customers/broken.yml': 'name: "unclosed\n',
    });
    expect(validate(root).findings.map(({ ruleId, file }) => ({ ruleId, file }))).toEqual([{ ruleId: 'yaml-syntax', file: 'customers/broken.yml' }]);
  });

  it('skips node_modules and .git', () => {
    const root = writeRepo({
      'org.yml': organization('acme', UNITS),
      'node_modules/some-package/org.yml': organization('dep', NO_PRIMARY),
      '.git/org.yml': organization('git', NO_PRIMARY),
      'nested/node_modules/org.yaml': organization('nested', NO_PRIMARY),
    });
    expect(validate(root).findings).toEqual([]);
    expect(discoverYamlFiles(root).map((file) => file.path)).toEqual(['org.yml']);
  });

  it('does not follow symlinks to files or folders', () => {
    const outside = writeRepo({ 'elsewhere.yml': organization('outside', NO_PRIMARY), 'dir/org.yml': organization('outside-dir', NO_PRIMARY) });
    const root = writeRepo({ 'org.yml': organization('acme', UNITS) });
    symlinkSync(join(outside, 'elsewhere.yml'), join(root, 'linked.yml'));
    symlinkSync(join(outside, 'dir'), join(root, 'linked-dir'));
    mkdirSync(join(root, 'inside'));
    writeFileSync(join(root, 'inside', 'real.yml'), organization('inside', UNITS));
    symlinkSync(join(root, 'inside', 'real.yml'), join(root, 'inside', 'alias.yml'));

    expect(discoverYamlFiles(root).map((file) => file.path)).toEqual(['inside/real.yml', 'org.yml']);
    expect(validate(root).findings).toEqual([]);
  });
});
