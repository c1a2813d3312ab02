export { RULES, findRule } from './registry.js';
export { runRules, failsAt, compareFindings, oneLine } from './engine.js';
export { docsUrl, type Rule, type RuleMeta, type RuleContext, type RuleReport } from './types.js';
