import { maskPrefixedTokens } from '../base/credentials.js';
import { compareText, escapeControlCharacters } from '../base/text.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../base/findings.js';
import { formatPath, regionOf, type SourceDocument } from '../load/index.js';
import type { Organization, RepositoryModel } from '../model/types.js';
import type { Rule, RuleContext, RuleReport, RuleSteps } from './types.js';
import { applyWaivers } from './waivers.js';

/**
 * Runs every enabled rule over the model and returns its findings, with
 * severities from abm-gitops.yml, waivers applied, and a deterministic order.
 * Positions are computed here, once per finding, from each report's path.
 */
export function runRules(model: RepositoryModel, rules: readonly Rule[]): Finding[] {
  const knownRuleIds = new Set(rules.map((rule) => rule.meta.id));
  const context: RuleContext = { model, knownRuleIds };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const configured = model.config.rules[rule.meta.id];
    if (configured === 'off') continue;
    for (const report of rule.check(context)) {
      findings.push(toFinding(rule, report, configured));
    }
  }
  return finishFindings(findings, model, knownRuleIds);
}

/** What a rule run needs before the model is whole: the settings, the clock and (filled as organizations are read) the public keys. */
export type ModelBasis = Pick<RepositoryModel, 'root' | 'config' | 'now' | 'publicKeys'>;

/**
 * `runRules` in two steps, with the same findings: the `perOrganization`
 * rules and the first step of the rules done `inSteps` run on each
 * organization as soon as it is modelled and its artifacts are read
 * (`organization`), while the other files still load; the rest, the
 * waivers and the order once the model is whole (`finish`).
 */
export class RuleRun {
  private readonly knownRuleIds: ReadonlySet<string>;
  /** Each rule's findings, in `rules` order, as `runRules` would have collected them. */
  private readonly byRule: Finding[][];
  private readonly slice: RepositoryModel;
  private readonly context: RuleContext;
  /** The runs of the rules done in steps (`inSteps`), by index in `rules`. */
  private readonly steps: Map<number, RuleSteps>;

  constructor(
    private readonly rules: readonly Rule[],
    basis: ModelBasis,
  ) {
    this.knownRuleIds = new Set(rules.map((rule) => rule.meta.id));
    this.byRule = rules.map(() => []);
    // A model of one organization: a per-organization rule reads no other field.
    this.slice = {
      ...basis,
      files: [],
      repositoryFiles: [],
      organizationDocuments: [],
      organizations: [],
      parseProblems: [],
      schemaProblems: [],
      referenceProblems: [],
      secretFiles: [],
    };
    this.context = { model: this.slice, knownRuleIds: this.knownRuleIds };
    this.steps = new Map();
    rules.forEach((rule, index) => {
      if (!rule.perOrganization && rule.inSteps && basis.config.rules[rule.meta.id] !== 'off') this.steps.set(index, rule.inSteps());
    });
  }

  organization(organization: Organization): void {
    this.slice.organizations[0] = organization;
    this.rules.forEach((rule, index) => {
      const configured = this.slice.config.rules[rule.meta.id];
      if (!rule.perOrganization || configured === 'off') return;
      for (const report of rule.check(this.context)) this.byRule[index]!.push(toFinding(rule, report, configured));
    });
    for (const [index, steps] of this.steps) {
      const rule = this.rules[index]!;
      const configured = this.slice.config.rules[rule.meta.id];
      if (configured === 'off') continue;
      for (const report of steps.organization(organization)) this.byRule[index]!.push(toFinding(rule, report, configured));
    }
  }

  /** Runs the other rules on the whole model (whose organizations must all have been through `organization`). */
  finish(model: RepositoryModel): Finding[] {
    const context: RuleContext = { model, knownRuleIds: this.knownRuleIds };
    this.rules.forEach((rule, index) => {
      const configured = model.config.rules[rule.meta.id];
      if (rule.perOrganization || configured === 'off') return;
      const steps = this.steps.get(index);
      for (const report of steps ? steps.finish(context) : rule.check(context)) this.byRule[index]!.push(toFinding(rule, report, configured));
    });
    return finishFindings(this.byRule.flat(), model, this.knownRuleIds);
  }
}

function finishFindings(findings: Finding[], model: RepositoryModel, knownRuleIds: ReadonlySet<string>): Finding[] {
  applyWaivers(findings, model, knownRuleIds);
  return findings.sort(compareFindings);
}

function toFinding(rule: Rule, report: RuleReport, configured: Severity | undefined): Finding {
  const severity = configured ?? report.severity ?? rule.meta.defaultSeverity;
  const base = { ruleId: rule.meta.id, severity, message: escapeControlCharacters(maskPrefixedTokens(report.message)) };
  if ('document' in report.at) {
    const { document, path } = report.at;
    const organization = report.organization ?? organizationNameOf(document);
    return {
      ...base,
      file: document.file.path,
      ...regionOf(document, path),
      ...(organization !== undefined ? { organization } : {}),
      // An unknown key is the user's text too: `spec.ghp_…` must not carry the token.
      path: maskPrefixedTokens(formatPath(path)),
    };
  }
  return {
    ...base,
    file: report.at.file,
    ...report.at.region,
    ...(report.organization !== undefined ? { organization: report.organization } : {}),
  };
}

export function organizationNameOf(document: SourceDocument): string | undefined {
  const value = document.value as { kind?: unknown; metadata?: { name?: unknown } } | null | undefined;
  const name = value?.kind === 'Organization' ? value.metadata?.name : undefined;
  return typeof name === 'string' ? name : undefined;
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}

/** True when the finding counts towards failing at `failOn` (waived findings never do). */
export function failsAt(finding: Finding, failOn: Severity | 'never'): boolean {
  if (failOn === 'never' || finding.waived) return false;
  return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
}
