export { RULES, RULE_METAS, findRule } from './registry.js';
export { runRules, RuleRun, failsAt, compareFindings } from './engine.js';
export { docsUrl, type Rule, type RuleMeta, type RuleContext, type RuleReport } from './types.js';
export { inlineWaivers, rememberInlineWaivers, type InlineWaiver } from './waivers.js';
