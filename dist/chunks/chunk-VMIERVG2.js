#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-EUGHKTOP.js";
import {
  UsageError
} from "./chunk-Y2FZCZNK.js";

// src/base/environment.ts
function envValue(env, name) {
  if (!Object.hasOwn(env, name)) return void 0;
  const value = env[name];
  return typeof value === "string" ? value : void 0;
}

// src/cli/args.ts
function parseArgs(argv, specs) {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const byShort = new Map(specs.filter((spec) => spec.short !== void 0).map((spec) => [spec.short, spec]));
  const parsed = { positionals: [], options: {} };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === "--") {
      for (const rest of argv.slice(i + 1)) parsed.positionals.push(rest);
      break;
    }
    if (/^-[^-]/.test(arg)) {
      const spec2 = byShort.get(arg.slice(1, 2));
      if (!spec2) {
        const shorts = [...byShort.keys()].map((letter) => `-${letter}`);
        throw new UsageError(
          `unknown option ${arg}${shorts.length > 0 ? ` (short options are ${shorts.join(", ")}; others are written --name)` : " (options are written --name)"}`
        );
      }
      const attached = arg.slice(2);
      if (spec2.type === "boolean" && attached !== "") throw new UsageError(`unknown option ${arg} (-${spec2.short} takes no value)`);
      arg = `--${spec2.name}${attached === "" ? "" : `=${attached.replace(/^=/, "")}`}`;
    }
    if (!arg.startsWith("--") || arg === "-") {
      parsed.positionals.push(arg);
      continue;
    }
    const [rawName, inlineValue] = splitOnce(arg.slice(2), "=");
    const negated = !byName.has(rawName) && rawName.startsWith("no-") && byName.get(rawName.slice(3))?.type === "boolean";
    const name = negated ? rawName.slice(3) : rawName;
    const spec = byName.get(name);
    if (!spec) {
      const suggestion = didYouMean(rawName, [...byName.keys()]);
      throw new UsageError(`unknown option --${rawName}${suggestion ? ` (did you mean --${suggestion}?)` : ""}`);
    }
    if (spec.type === "boolean") {
      if (inlineValue !== void 0) throw new UsageError(`--${name} takes no value`);
      parsed.options[name] = !negated;
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === void 0 || inlineValue === void 0 && value.startsWith("--")) {
      throw new UsageError(`--${name} needs a value${spec.choices ? ` (${spec.choices.join("|")})` : ""}`);
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`--${name} must be one of ${spec.choices.join(", ")}, not "${value}"`);
    }
    if (spec.multiple) parsed.options[name] = [...parsed.options[name] ?? [], value];
    else parsed.options[name] = value;
  }
  return parsed;
}
function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at === -1 ? [text, void 0] : [text.slice(0, at), text.slice(at + 1)];
}
function stringOption(args, name) {
  const value = args.options[name];
  return typeof value === "string" ? value : void 0;
}
function booleanOption(args, name, fallback) {
  const value = args.options[name];
  return typeof value === "boolean" ? value : fallback;
}
function secretFromEnv(option, source, env) {
  if (!source.startsWith("env:")) throw new UsageError(`${option} takes env:NAME, so the secret stays out of shell history and process lists`);
  const name = source.slice(4);
  const value = envValue(env, name);
  if (value === void 0 || value.trim() === "") throw new UsageError(`${option} ${source}: ${name} is not set`);
  return { name, value };
}

export {
  envValue,
  parseArgs,
  stringOption,
  booleanOption,
  secretFromEnv
};
