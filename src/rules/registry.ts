import { yamlSyntax } from './catalog/yaml-syntax.js';
import { duplicateId } from './catalog/duplicate-id.js';
import { inputLimit } from './catalog/input-limit.js';
import { primaryUnitCount } from './catalog/primary-unit-count.js';
import { schema } from './catalog/schema.js';
import { unresolvedReference } from './catalog/unresolved-reference.js';
import { waiverExpired } from './catalog/waiver-expired.js';
import { knownRuleIds, waiverUnknownRule } from './catalog/waiver-unknown-rule.js';
import { waiverWithoutReason } from './catalog/waiver-without-reason.js';
import type { Rule } from './types.js';

/** Every rule, in catalogue order (../shared/spec/rules.md). Add a rule here and give it a docs page. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  inputLimit,
  schema,
  duplicateId,
  unresolvedReference,
  primaryUnitCount,
  waiverWithoutReason,
  waiverUnknownRule,
  waiverExpired,
];

for (const rule of RULES) knownRuleIds.add(rule.meta.id);

const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
