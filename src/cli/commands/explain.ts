/**
 * `abm-gitops explain [rule-id]`: prints a rule's documentation page, or,
 * without an id, every rule with its default severity and summary. The
 * pages are Markdown, which reads well as plain text in a terminal, so they
 * are printed as written: what a user reads here is exactly what the
 * findings' help links show.
 */
import { fileURLToPath } from 'node:url';
import { findPackageRoot, readRulePage } from '../../report/index.js';
import { RULES, findRule, type Rule } from '../../rules/index.js';
import { didYouMean } from '../../schema/index.js';
import { UsageError } from '../../base/errors.js';
import { type Command } from '../command.js';
import { EXPLAIN } from './specs.js';

export const command: Command = {
  ...EXPLAIN,
  async run(args, io) {
    if (args.positionals.length > 1) throw new UsageError(`explain takes one rule id, not ${args.positionals.length}`);
    const ruleId = args.positionals[0];
    if (ruleId === undefined) {
      io.stdout(ruleList(RULES));
      return 0;
    }
    const rule = findRule(ruleId);
    if (!rule) {
      const suggestion = didYouMean(
        ruleId,
        RULES.map((candidate) => candidate.meta.id),
      );
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
      throw new UsageError(`explain: unknown rule "${ruleId}"${hint}; run abm-gitops explain for the list of rules`);
    }
    const page = rulePage(rule.meta.id);
    io.stdout(page.endsWith('\n') ? page : `${page}\n`);
    return 0;
  },
};

/** Every rule, one a line: id, default severity, summary. */
export function ruleList(rules: readonly Rule[]): string {
  const idWidth = rules.reduce((widest, rule) => Math.max(widest, rule.meta.id.length), 0);
  const lines = rules.map((rule) => `  ${rule.meta.id.padEnd(idWidth)}  ${rule.meta.defaultSeverity.padEnd(7)}  ${rule.meta.summary}`);
  return [`${rules.length} rules (id, default severity, what it catches):`, '', ...lines, '', "Run abm-gitops explain <rule-id> for a rule's page.", ''].join('\n');
}

/** The text of `docs/rules/<id>.md` shipped with the package. */
export function rulePage(ruleId: string): string {
  const page = readRulePage(ruleId, packageRoot());
  // Only a broken installation gets here: every registered rule has a page (test/docs).
  if (page === undefined) throw new UsageError(`explain: cannot read the page of ${ruleId}: reinstall abm-gitops`);
  return page;
}

/** The folder holding package.json above this module (`findPackageRoot`), or a one-line error. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  const root = findPackageRoot(from);
  if (root === undefined) throw new UsageError('explain: cannot find the abm-gitops package folder (no package.json above the program): reinstall abm-gitops');
  return root;
}
