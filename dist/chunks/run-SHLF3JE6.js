#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  parseArgs
} from "./chunk-VMIERVG2.js";
import {
  EXPLAIN,
  IMPORT,
  INIT,
  INSPECT,
  KEYPAIR,
  RENEW,
  TOKENS,
  VALIDATE
} from "./chunk-BMAVTRGN.js";
import {
  didYouMean,
  firstLineOf,
  formatJsonError,
  shownError
} from "./chunk-EUGHKTOP.js";
import {
  toolVersion
} from "./chunk-KUCBTSNI.js";
import "./chunk-FHVNIWH2.js";
import {
  UsageError
} from "./chunk-Y2FZCZNK.js";
import "./chunk-S7ZDPIFW.js";

// src/cli/commands/index.ts
var COMMANDS = [
  { ...VALIDATE, load: async () => (await import("./validate-6HL64JF3.js")).command },
  { ...TOKENS, load: async () => (await import("./tokens-DT7ZSX43.js")).command },
  { ...INSPECT, load: async () => (await import("./inspect-7J3Z5WCK.js")).command },
  { ...RENEW, load: async () => (await import("./renew-MLF2V7DL.js")).command },
  { ...KEYPAIR, load: async () => (await import("./keypair-PM6N7DZT.js")).command },
  { ...EXPLAIN, load: async () => (await import("./explain-WNHGGCZT.js")).command },
  { ...INIT, load: async () => (await import("./init-GSSD5UW4.js")).command },
  { ...IMPORT, load: async () => (await import("./import-RC27S2GL.js")).command }
];

// src/cli/run.ts
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === "help" && rest.length > 0) return helpFor(rest[0], io);
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(generalHelp());
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${toolVersion()}
`);
    return 0;
  }
  const command = findCommand(name, io);
  if (!command) return 2;
  const beforeDashes = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
  if (beforeDashes.includes("--help") || beforeDashes.includes("-h")) {
    io.stdout(commandHelp(command));
    return 0;
  }
  const wantsJson = jsonRequested(rest);
  let args;
  try {
    args = parseArgs(rest, command.options);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (wantsJson) io.stdout(formatJsonError(error.message));
    io.stderr(`abm-gitops ${command.name}: ${shownError(error.message)}
`);
    return 2;
  }
  try {
    return await (await command.load()).run(args, io);
  } catch (error) {
    const message = error instanceof UsageError ? shownError(error.message) : `internal error: ${shownError(firstLineOf(error))} (please report this)`;
    if (wantsJson) io.stdout(formatJsonError(message));
    io.stderr(`abm-gitops: ${message}
`);
    if (!(error instanceof UsageError) && io.env.ABM_GITOPS_DEBUG) io.stderr(`${error.stack ?? ""}
`);
    return 2;
  }
}
function findCommand(name, io) {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command) return command;
  const suggestion = didYouMean(
    name,
    COMMANDS.map((candidate) => candidate.name)
  );
  io.stderr(`abm-gitops: unknown command "${shownError(name)}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; run abm-gitops --help
`);
  return void 0;
}
function helpFor(name, io) {
  const command = findCommand(name, io);
  if (!command) return 2;
  io.stdout(commandHelp(command));
  return 0;
}
function jsonRequested(argv) {
  return argv.some((arg, index) => (arg === "--format" || arg === "-f") && argv[index + 1] === "json" || arg === "--format=json" || arg === "-fjson" || arg === "-f=json");
}
function generalHelp() {
  const width = COMMANDS.reduce((widest, command) => Math.max(widest, command.name.length), 0);
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    `abm-gitops ${toolVersion()}: Apple Business Manager, Apple Business and Apple Business Essentials setups as code.`,
    "",
    "Usage: abm-gitops <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run abm-gitops <command> --help for a command's options; --version prints the version.",
    ""
  ].join("\n");
}
function commandHelp(command) {
  const flags = command.options.map((option) => {
    const short = option.short ? `-${option.short}, ` : "    ";
    if (option.type === "boolean") return `${short}--${option.name}`;
    return `${short}--${option.name} <${option.choices ? option.choices.join("|") : "value"}>`;
  });
  const width = flags.reduce((widest, flag) => Math.max(widest, flag.length), 0);
  const options = command.options.map((option, index) => `  ${flags[index].padEnd(width)}  ${option.description}`);
  const optionLines = options.length > 0 ? ["Options:", ...options, ""] : [];
  return [`Usage: ${command.usage}`, "", command.summary, "", ...optionLines].join("\n");
}
export {
  runCli
};
