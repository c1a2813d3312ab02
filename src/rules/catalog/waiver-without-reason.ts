import { inlineWaivers } from '../waivers.js';
import type { Rule } from '../types.js';

export const waiverWithoutReason: Rule = {
  meta: {
    id: 'waiver-without-reason',
    defaultSeverity: 'error',
    summary: 'An inline waiver has no reason, so it waives nothing.',
    sources: [],
  },
  *check({ model }) {
    for (const file of model.files) {
      for (const waiver of inlineWaivers(file)) {
        if (waiver.reason !== undefined) continue;
        const rule = waiver.ruleId ? ` for \`${waiver.ruleId}\`` : '';
        yield {
          at: { file: file.path, region: { line: waiver.line, column: waiver.column, endLine: waiver.line, endColumn: waiver.endColumn } },
          message: `This waiver${rule} gives no reason, so it waives nothing: a waiver must say why the finding is acceptable. Write \`# abm-gitops-ignore <rule-id> -- <reason>\`.`,
        };
      }
    }
  },
};
