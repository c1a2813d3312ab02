import type { Region, Severity } from '../findings.js';
import type { ResolvedConfig } from '../load/config.js';
import type { DocPath, SourceDocument } from '../load/source.js';
import type { RepositoryModel } from '../model/types.js';

export const DOCS_BASE_URL = 'https://github.com/abm-gitops/abm-gitops/blob/main/docs/rules';

export interface RuleMeta {
  /** Stable kebab-case id, used in output, config, waivers and `explain`. */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule catches (SARIF short description, `explain` heading). */
  summary: string;
  /** Seed documents (../shared/seeds) the rule comes from, e.g. `['001', '003']`. */
  sources: readonly string[];
  /** Reads Apple's live state: fires only in `validate --online` runs. */
  online?: true;
}

/** Where a report points: a path inside a YAML document, or a region of any file. */
export type ReportLocation = { document: SourceDocument; path: DocPath } | { file: string; region: Region };

export interface RuleReport {
  at: ReportLocation;
  /** What is wrong, why, and what to do (Biome style). */
  message: string;
  /** For rules with more than one level (token-expiry); defaults to the rule's severity. */
  severity?: Severity;
  /** Defaults to the organization of the document the report points into. */
  organization?: string;
}

export interface RuleContext {
  model: RepositoryModel;
  config: ResolvedConfig;
  now: Date;
}

export interface Rule {
  meta: RuleMeta;
  /** Pure: reads the model, yields reports; never reads the clock, the disk or the environment. */
  check(context: RuleContext): Iterable<RuleReport>;
}

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}/${ruleId}.md`;
}
