import { maskCredentials } from '../base/credentials.js';
import { compareText, escapeControlCharacters } from '../base/text.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../base/findings.js';
import { formatPath, regionOf, type SourceDocument } from '../load/index.js';
import type { RepositoryModel } from '../model/types.js';
import type { Rule, RuleContext, RuleReport } from './types.js';
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
  applyWaivers(findings, model, knownRuleIds);
  return findings.sort(compareFindings);
}

function toFinding(rule: Rule, report: RuleReport, configured: Severity | undefined): Finding {
  const severity = configured ?? report.severity ?? rule.meta.defaultSeverity;
  const base = { ruleId: rule.meta.id, severity, message: escapeControlCharacters(maskCredentials(report.message)) };
  if ('document' in report.at) {
    const { document, path } = report.at;
    const organization = report.organization ?? organizationNameOf(document);
    return {
      ...base,
      file: document.file.path,
      ...regionOf(document, path),
      ...(organization !== undefined ? { organization } : {}),
      path: formatPath(path),
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
