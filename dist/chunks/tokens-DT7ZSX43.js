#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  stepContext,
  stepsFor
} from "./chunk-PGC555RH.js";
import "./chunk-LTIDLRT2.js";
import {
  appleLiveStateFor,
  buildModel,
  resolveNow,
  tokenEntries,
  writeOutput
} from "./chunk-XVXZB4M3.js";
import {
  booleanOption,
  stringOption
} from "./chunk-VMIERVG2.js";
import {
  TOKENS,
  TOKENS_FORMATS
} from "./chunk-BMAVTRGN.js";
import {
  readModelArtifacts
} from "./chunk-NNO4W54U.js";
import {
  applyLiveState,
  calendarUid,
  formatCalendar,
  formatDay,
  formatTokensCsv,
  formatTokensJsonChunks,
  formatTokensText,
  kindLabel,
  withStatus
} from "./chunk-EUGHKTOP.js";
import "./chunk-KUCBTSNI.js";
import "./chunk-FHVNIWH2.js";
import {
  UsageError
} from "./chunk-Y2FZCZNK.js";
import "./chunk-S7ZDPIFW.js";

// src/cli/commands/tokens.ts
import { resolve as resolve2 } from "node:path";

// src/tokens.ts
import { resolve } from "node:path";
function tokenInventory(options) {
  const model = buildModel(resolve(options.root), options.now);
  readModelArtifacts(model, options.env ?? {});
  return { model, tokens: tokenRows(model) };
}
async function tokenInventoryOnline(options) {
  const model = buildModel(resolve(options.root), options.now);
  readModelArtifacts(model, options.env ?? {});
  applyLiveState(model, await options.liveState(model));
  return { model, tokens: tokenRows(model) };
}
function tokenRows(model) {
  return withStatus(tokenEntries(model.organizations, model.now), model.now, model.config.expiry);
}
function tokenCalendar(model, tokens) {
  return formatCalendar(calendarEvents(model, tokens), { now: model.now });
}
function calendarEvents(model, tokens) {
  const artifacts = /* @__PURE__ */ new Map();
  for (const organization of model.organizations) {
    for (const artifact of organization.artifacts) {
      const uid = calendarUid(organization.name, artifact.kind, artifact.id);
      if (!artifacts.has(uid)) artifacts.set(uid, artifact);
    }
  }
  const { renewBeforeMs, warnBeforeMs, errorBeforeMs } = model.config.expiry;
  const events = [];
  const seen = /* @__PURE__ */ new Set();
  for (const token of tokens) {
    const uid = calendarUid(token.organization, token.kind, token.id);
    const artifact = artifacts.get(uid);
    if (!artifact || seen.has(uid)) continue;
    seen.add(uid);
    const expiresAt = new Date(token.expiresAt);
    const what = `the ${token.id} ${kindLabel(token.kind)} of ${organizationName(artifact.organization)}`;
    events.push({
      uid,
      day: formatDay(expiresAt),
      summary: `Renew ${what}: it expires today`,
      description: [
        `${capitalize(what)} expires on ${formatDay(expiresAt)}. Renew it by ${formatDay(new Date(expiresAt.getTime() - errorBeforeMs))}.`,
        `Declared in ${token.file}, line ${token.line}.`,
        "",
        "Steps:",
        ...renewalSteps(artifact).map((step, index) => `${index + 1}. ${step}`),
        "",
        "abm-gitops renew opens a pull request for it when the renewal window starts."
      ].join("\n"),
      alarmsBeforeMs: [renewBeforeMs, warnBeforeMs]
    });
  }
  return events;
}
var PLAIN = {
  text: (value) => flatText(value),
  code: (value) => flatText(value),
  organization: organizationName
};
function renewalSteps(artifact) {
  const context = stepContext(artifact.organization, artifact, PLAIN);
  const lost = artifact.service?.value.access === "lost";
  return stepsFor(artifact, context, lost).map((step) => step.replace(/\*\*|`/g, ""));
}
function organizationName(organization) {
  return organization.displayName ? `${flatText(organization.displayName)} (${organization.name})` : organization.name;
}
function flatText(value) {
  const flat = value.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}\u2026` : flat;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/cli/commands/tokens.ts
var command = {
  ...TOKENS,
  async run(args, io) {
    if (args.positionals.length > 1) throw new UsageError(`tokens takes one root folder, not ${args.positionals.length}`);
    const root = args.positionals[0] ?? ".";
    const format = stringOption(args, "format") ?? "text";
    const now = resolveNow(stringOption(args, "now"));
    const options = { root: resolve2(io.cwd, root), now, env: io.env };
    const { model, tokens } = booleanOption(args, "online", false) ? await tokenInventoryOnline({ ...options, liveState: await appleLiveStateFor(io.env) }) : tokenInventory(options);
    const list = { root, now: now.toISOString(), tokens };
    const output = format === "json" ? formatTokensJsonChunks(list) : format === "csv" ? formatTokensCsv(list) : format === "ics" ? tokenCalendar(model, tokens) : formatTokensText(list);
    writeOutput(output, stringOption(args, "output"), io);
    return 0;
  }
};
export {
  TOKENS_FORMATS,
  command
};
