#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  allowYoungGenerationCap,
  capYoungGeneration,
  capYoungGenerationAgain,
  capYoungGenerationNow
} from "./chunk-FHVNIWH2.js";
import "./chunk-S7ZDPIFW.js";
export {
  allowYoungGenerationCap,
  capYoungGeneration,
  capYoungGenerationAgain,
  capYoungGenerationNow
};
