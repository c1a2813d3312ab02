import { SEVERITY_RANK, type Finding, type Severity } from '../findings.js';
import { regionOf } from '../load/positions.js';
import { formatPath, type SourceDocument } from '../load/source.js';
import type { Rule, RuleContext, RuleReport } from './types.js';
import { applyWaivers } from './waivers.js';

/**
 * Runs every enabled rule over the model and returns its findings, with
 * severities from abm-gitops.yml, waivers applied, and a deterministic order.
 * Positions are computed here, once per finding, from each report's path.
 */
export function runRules(context: RuleContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const configured = context.config.rules[rule.meta.id];
    if (configured === 'off') continue;
    for (const report of rule.check(context)) {
      findings.push(toFinding(rule, report, configured));
    }
  }
  applyWaivers(findings, context.model, new Set(rules.map((rule) => rule.meta.id)));
  return findings.sort(compareFindings);
}

function toFinding(rule: Rule, report: RuleReport, configured: Severity | undefined): Finding {
  const severity = configured ?? report.severity ?? rule.meta.defaultSeverity;
  const base = { ruleId: rule.meta.id, severity, message: oneLine(report.message) };
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

/**
 * Messages quote values from YAML a pull request may have written: a line
 * break or carriage return in one could start a line that CI reads as a
 * command (`::error::`, `::add-mask::`). Control characters are shown escaped.
 */
export function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return message.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function organizationNameOf(document: SourceDocument): string | undefined {
  const value = document.value as { kind?: unknown; metadata?: { name?: unknown } } | null | undefined;
  const name = value?.kind === 'Organization' ? value.metadata?.name : undefined;
  return typeof name === 'string' ? name : undefined;
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the finding counts towards failing at `failOn` (waived findings never do). */
export function failsAt(finding: Finding, failOn: Severity | 'never'): boolean {
  if (failOn === 'never' || finding.waived) return false;
  return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
}
