import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readModelArtifacts } from '../../src/artifacts/stage.js';
import { parseInstant } from '../../src/base/dates.js';
import type { RepositoryModel } from '../../src/model/types.js';
import { RULES, RuleRun, runRules } from '../../src/rules/index.js';
import { buildModel } from '../../src/validate.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = parseInstant('2026-11-23')!;
const scratch = mkdtempSync(join(tmpdir(), 'abm-gitops-rule-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function modelOf(root: string): RepositoryModel {
  const model = buildModel(root, NOW, { invalidConfig: 'report' });
  readModelArtifacts(model, {});
  return model;
}

/** The examples and a generated MSP repository (one deliberate finding in twenty organizations, anchors and merge keys). */
function repositories(): Array<[string, string]> {
  const examples = join(PACKAGE_ROOT, 'examples');
  const generated = join(scratch, 'msp');
  const written = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bench', 'generate.mjs'), '400', '--out', generated], { encoding: 'utf8' });
  if (written.status !== 0) throw new Error(`bench/generate.mjs failed: ${written.stderr}`);
  return [...readdirSync(examples).map((name): [string, string] => [name, join(examples, name)]), ['generated', generated]];
}

describe('rules run organization by organization (RuleRun)', () => {
  const all = repositories();

  it('a per-organization rule reports for the model exactly what it reports for each organization alone, in order', () => {
    const perOrganization = RULES.filter((rule) => rule.perOrganization);
    expect(perOrganization.length).toBeGreaterThan(10);
    let reports = 0;
    for (const [name, root] of all) {
      const model = modelOf(root);
      const knownRuleIds = new Set(RULES.map((rule) => rule.meta.id));
      for (const rule of perOrganization) {
        const whole = [...rule.check({ model, knownRuleIds })];
        const alone = model.organizations.flatMap((organization) => [...rule.check({ model: { ...model, organizations: [organization] }, knownRuleIds })]);
        expect(alone, `${rule.meta.id} in ${name}`).toEqual(whole);
        reports += whole.length;
      }
    }
    // The comparison above proves little if the rules found nothing.
    expect(reports).toBeGreaterThan(20);
  });

  it('gives the findings of runRules, fed one organization at a time', () => {
    for (const [name, root] of all) {
      const model = modelOf(root);
      const run = new RuleRun(RULES, model);
      for (const organization of model.organizations) run.organization(organization);
      expect(run.finish(model), name).toEqual(runRules(model, RULES));
    }
  });
});
