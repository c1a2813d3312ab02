import { didYouMean } from '../../schema/index.js';
import { inlineWaivers } from '../waivers.js';
import type { Rule, RuleReport } from '../types.js';

export const waiverUnknownRule: Rule = {
  meta: {
    id: 'waiver-unknown-rule',
    defaultSeverity: 'error',
    summary: 'A waiver (inline or in exceptions) names no known rule.',
    sources: [],
  },
  *check({ model, knownRuleIds }) {
    const { config } = model;
    const describe = (ruleId: string): string => {
      const suggestion = didYouMean(ruleId, knownRuleIds);
      return suggestion ? `did you mean \`${suggestion}\`?` : 'run `abm-gitops explain` for the list of rules.';
    };
    for (const file of model.files) {
      for (const waiver of inlineWaivers(file)) {
        if (waiver.reason === undefined || (waiver.ruleId !== undefined && knownRuleIds.has(waiver.ruleId))) continue;
        const report: RuleReport = {
          at: { file: file.path, region: { line: waiver.line, column: waiver.column, endLine: waiver.line, endColumn: waiver.endColumn } },
          message: waiver.ruleId
            ? `This waiver names \`${waiver.ruleId}\`, which is no rule, so it waives nothing: ${describe(waiver.ruleId)}`
            : 'This waiver names no rule, so it waives nothing: write `# abm-gitops-ignore <rule-id> -- <reason>`.',
        };
        yield report;
      }
    }
    if (!config.source) return;
    for (const exception of config.exceptions) {
      if (knownRuleIds.has(exception.rule)) continue;
      yield {
        at: { document: config.source, path: [...exception.path, 'rule'] },
        message: `The exception for organization \`${exception.organization}\` names \`${exception.rule}\`, which is no rule, so it waives nothing: ${describe(exception.rule)}`,
        organization: exception.organization,
      };
    }
  },
};
