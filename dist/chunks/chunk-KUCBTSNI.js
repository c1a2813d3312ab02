#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);

// src/base/version.ts
import { readFileSync } from "node:fs";
function toolVersion() {
  if (true) return "0.1.0";
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  return pkg.version;
}

export {
  toolVersion
};
