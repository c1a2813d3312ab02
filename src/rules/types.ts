import type { Region, Severity } from '../base/findings.js';
import type { RuleMeta } from '../base/rule-meta.js';

export { DOCS_BASE_URL, docsUrl, type RuleMeta } from '../base/rule-meta.js';
import type { DocPath, SourceDocument } from '../load/index.js';
import type { Organization, RepositoryModel } from '../model/types.js';

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

/** What a rule reads: the model (with its `config` and `now`) and the ids of the run's rules. */
export interface RuleContext {
  model: RepositoryModel;
  /** Every rule of this run, by id: a waiver naming another id waives nothing. */
  knownRuleIds: ReadonlySet<string>;
}

export interface Rule {
  meta: RuleMeta;
  /**
   * `check` looks at one organization at a time: its reports for the model
   * are its reports for each organization alone (a model whose
   * `organizations` holds that one), in order, and it reads nothing else of
   * the model but `config`, `now` and `publicKeys`. The engine may then run
   * it on each organization as soon as it is modelled, while other files load.
   */
  perOrganization?: boolean;
  /**
   * For a rule that compares organizations: starts a run that hears of each
   * organization in model order (`organization`: its reports may read that
   * organization and the ones before it) and ends with the whole model
   * (`finish`). Together they report exactly what `check` reports, in order
   * (`checkInSteps` makes such a `check`), so the engine may do the first part
   * while other files load.
   */
  inSteps?(): RuleSteps;
  /** Pure: reads the model, yields reports; never reads the clock, the disk or the environment. */
  check(context: RuleContext): Iterable<RuleReport>;
}

/** A rule run organization by organization, then on the whole model (`Rule.inSteps`). */
export interface RuleSteps {
  organization(organization: Organization): Iterable<RuleReport>;
  finish(context: RuleContext): Iterable<RuleReport>;
}

/** The `check` of a rule done in steps: every organization of the model in order, then `finish`. */
export function checkInSteps(start: () => RuleSteps): Rule['check'] {
  return function* (context) {
    const steps = start();
    for (const organization of context.model.organizations) yield* steps.organization(organization);
    yield* steps.finish(context);
  };
}
