#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  toolVersion
} from "./chunks/chunk-KUCBTSNI.js";
import "./chunks/chunk-S7ZDPIFW.js";

// src/cli/main.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${toolVersion()}
`);
} else {
  const [{ runCli }, { allowYoungGenerationCap }] = await Promise.all([import("./chunks/run-SHLF3JE6.js"), import("./chunks/young-generation-BZKGVVWE.js")]);
  allowYoungGenerationCap();
  process.exitCode = await runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // A copy: every read of process.env is the C library's getenv, a linear scan, and an MSP's run looks up thousands of secrets.
    env: { ...process.env },
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true
  });
}
