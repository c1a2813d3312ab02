/**
 * What describes a rule to the outside (reporters, `explain`, docs): its id,
 * default severity, summary and sources, and where its page lives.
 */
import type { Severity } from './findings.js';

export const DOCS_BASE_URL = 'https://github.com/abm-gitops/abm-gitops/blob/main/docs/rules';

export interface RuleMeta {
  /** Stable kebab-case id, used in output, config, waivers and `explain`. */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule catches (SARIF short description, `explain` heading). */
  summary: string;
  /** Ids of the Apple and N-able pages the rule comes from (listed in docs/sources.md), e.g. `['001', '003']`. */
  sources: readonly string[];
  /** Reads Apple's live state: fires only in `validate --online` runs. */
  online?: true;
}

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}/${ruleId}.md`;
}
