import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript without types
import { generateRepository } from '../../bench/generate.mjs';
import { readModelArtifacts } from '../../src/artifacts/stage.js';
import { parseInstant } from '../../src/base/dates.js';
import type { RepositoryModel } from '../../src/model/types.js';
import { RULES, RuleRun, runRules } from '../../src/rules/index.js';
import { buildModel } from '../../src/validate.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = parseInstant('2026-11-23')!;
const scratch = mkdtempSync(join(tmpdir(), 'abm-gitops-rule-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Each repository's model, built once for the four tests: they only read it (runs of the rules, and copies
 * with another config), and the 400-organization model was most of the file's CPU, built four times.
 */
const models = new Map<string, RepositoryModel>();
function modelOf(root: string): RepositoryModel {
  let model = models.get(root);
  if (model === undefined) {
    models.set(root, (model = buildModel(root, NOW, { invalidConfig: 'report' })));
    readModelArtifacts(model, {});
  }
  return model;
}
afterAll(() => models.clear());

/** The examples and a generated MSP repository (one deliberate finding in twenty organizations, anchors and merge keys). */
function repositories(): Array<[string, string]> {
  const examples = join(PACKAGE_ROOT, 'examples');
  const generated = join(scratch, 'msp');
  generateRepository({ organizations: 400, out: generated });
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

  it('a rule done in steps reports, organization by organization and then on the whole model, exactly what its check reports', () => {
    const inSteps = RULES.filter((rule) => rule.inSteps);
    expect(inSteps.map((rule) => rule.meta.id)).toContain('duplicate-id');
    const early = new Map<string, number>();
    for (const [name, root] of all) {
      const model = modelOf(root);
      const knownRuleIds = new Set(RULES.map((rule) => rule.meta.id));
      for (const rule of inSteps) {
        const steps = rule.inSteps!();
        // The first step is handed one organization at a time, never the model.
        const reports = model.organizations.flatMap((organization) => [...steps.organization(organization)]);
        early.set(rule.meta.id, (early.get(rule.meta.id) ?? 0) + reports.length);
        reports.push(...steps.finish({ model, knownRuleIds }));
        expect(reports, `${rule.meta.id} in ${name}`).toEqual([...rule.check({ model, knownRuleIds })]);
      }
    }
    // The work moved into the loading only if the first step finds something.
    expect(early.get('duplicate-id')).toBeGreaterThan(0);
  });

  it("skips the steps of a rule turned off, and gives runRules' findings with one", () => {
    for (const [name, root] of all) {
      const model = modelOf(root);
      const off = { ...model, config: { ...model.config, rules: { ...model.config.rules, 'duplicate-id': 'off' as const } } };
      const run = new RuleRun(RULES, off);
      for (const organization of off.organizations) run.organization(organization);
      const findings = run.finish(off);
      expect(
        findings.some((finding) => finding.ruleId === 'duplicate-id'),
        name,
      ).toBe(false);
      expect(findings, name).toEqual(runRules(off, RULES));
    }
  });
});
