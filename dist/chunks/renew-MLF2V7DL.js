#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  formatRenewalJson,
  formatRenewalText,
  runRenewal
} from "./chunk-PGC555RH.js";
import "./chunk-LTIDLRT2.js";
import {
  resolveNow
} from "./chunk-XVXZB4M3.js";
import {
  booleanOption,
  envValue,
  stringOption
} from "./chunk-VMIERVG2.js";
import {
  RENEW
} from "./chunk-BMAVTRGN.js";
import "./chunk-NNO4W54U.js";
import "./chunk-EUGHKTOP.js";
import "./chunk-KUCBTSNI.js";
import "./chunk-FHVNIWH2.js";
import {
  UsageError
} from "./chunk-Y2FZCZNK.js";
import "./chunk-S7ZDPIFW.js";

// src/cli/commands/renew.ts
import { resolve } from "node:path";
var command = {
  ...RENEW,
  async run(args, io) {
    if (args.positionals.length > 1) throw new UsageError(`renew takes one root folder, not ${args.positionals.length}`);
    const root = resolve(io.cwd, args.positionals[0] ?? ".");
    const dryRun = booleanOption(args, "dry-run", false);
    const tokenVariable = stringOption(args, "token-env") ?? "GITHUB_TOKEN";
    const token = envValue(io.env, tokenVariable) ?? "";
    if (!dryRun && token === "") throw new UsageError(`renew needs a GitHub token in ${tokenVariable} (or --dry-run to only print the plan)`);
    const repository = stringOption(args, "repo") ?? nonEmpty(io.env.GITHUB_REPOSITORY);
    const base = stringOption(args, "base");
    const author = stringOption(args, "author");
    const apiUrl = nonEmpty(io.env.GITHUB_API_URL);
    const result = await runRenewal({
      root,
      now: resolveNow(stringOption(args, "now")),
      token,
      dryRun,
      ...apiUrl !== void 0 ? { apiUrl } : {},
      ...repository !== void 0 ? { repository } : {},
      ...base !== void 0 ? { base } : {},
      ...author !== void 0 ? { author } : {},
      ...io.githubDelayUnitMs !== void 0 ? { github: { delayUnitMs: io.githubDelayUnitMs } } : {},
      log: (line) => io.stderr(`${line}
`)
    });
    const json = stringOption(args, "format") === "json";
    io.stdout(json ? formatRenewalJson(result) : formatRenewalText(result, { showBodies: dryRun }));
    if (result.error !== void 0) io.stderr(`abm-gitops: renewal stopped: ${result.error}
`);
    return result.failed > 0 ? 1 : 0;
  }
};
function nonEmpty(value) {
  return value === void 0 || value === "" ? void 0 : value;
}
export {
  command
};
