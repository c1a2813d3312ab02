#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  EXPLAIN
} from "./chunk-BMAVTRGN.js";
import {
  RULES,
  didYouMean,
  findPackageRoot,
  findRule,
  readRulePage
} from "./chunk-EUGHKTOP.js";
import "./chunk-KUCBTSNI.js";
import "./chunk-FHVNIWH2.js";
import {
  UsageError
} from "./chunk-Y2FZCZNK.js";
import "./chunk-S7ZDPIFW.js";

// src/cli/commands/explain.ts
import { fileURLToPath } from "node:url";
var command = {
  ...EXPLAIN,
  async run(args, io) {
    if (args.positionals.length > 1) throw new UsageError(`explain takes one rule id, not ${args.positionals.length}`);
    const ruleId = args.positionals[0];
    if (ruleId === void 0) {
      io.stdout(ruleList(RULES));
      return 0;
    }
    const rule = findRule(ruleId);
    if (!rule) {
      const suggestion = didYouMean(
        ruleId,
        RULES.map((candidate) => candidate.meta.id)
      );
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : "";
      throw new UsageError(`explain: unknown rule "${ruleId}"${hint}; run abm-gitops explain for the list of rules`);
    }
    const page = rulePage(rule.meta.id);
    io.stdout(page.endsWith("\n") ? page : `${page}
`);
    return 0;
  }
};
function ruleList(rules) {
  const idWidth = rules.reduce((widest, rule) => Math.max(widest, rule.meta.id.length), 0);
  const lines = rules.map((rule) => `  ${rule.meta.id.padEnd(idWidth)}  ${rule.meta.defaultSeverity.padEnd(7)}  ${rule.meta.summary}`);
  return [`${rules.length} rules (id, default severity, what it catches):`, "", ...lines, "", "Run abm-gitops explain <rule-id> for a rule's page.", ""].join("\n");
}
function rulePage(ruleId) {
  const page = readRulePage(ruleId, packageRoot());
  if (page === void 0) throw new UsageError(`explain: cannot read the page of ${ruleId}: reinstall abm-gitops`);
  return page;
}
function packageRoot(from = fileURLToPath(import.meta.url)) {
  const root = findPackageRoot(from);
  if (root === void 0) throw new UsageError("explain: cannot find the abm-gitops package folder (no package.json above the program): reinstall abm-gitops");
  return root;
}
export {
  command,
  packageRoot,
  ruleList,
  rulePage
};
