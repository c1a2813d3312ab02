#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);

// src/base/young-generation.ts
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
var SEMI_SPACE_CAP_MB = 4;
var FILES_PER_LOOK = 4;
var CALLS_PER_RESET = 64;
var CAP_FLAG = "--semi-space-growth-factor=1";
var allowed = false;
var capped = false;
var files = 0;
function allowYoungGenerationCap() {
  allowed = true;
}
function capYoungGeneration() {
  if (!allowed) return;
  files++;
  if (capped) {
    if (files % CALLS_PER_RESET === 0) setFlagsFromString(CAP_FLAG);
  } else if (files % FILES_PER_LOOK === 0) capIfGrown();
}
function capYoungGenerationNow() {
  if (allowed && !capped) capIfGrown();
}
function capYoungGenerationAgain() {
  capped = false;
  capYoungGenerationNow();
}
function capIfGrown() {
  const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  if (newSpace === void 0 || newSpace.space_size < 2 * SEMI_SPACE_CAP_MB * 1024 * 1024) return;
  setFlagsFromString(CAP_FLAG);
  capped = true;
}

export {
  allowYoungGenerationCap,
  capYoungGeneration,
  capYoungGenerationNow,
  capYoungGenerationAgain
};
