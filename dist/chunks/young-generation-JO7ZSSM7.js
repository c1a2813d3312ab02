#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  allowYoungGenerationCap,
  capYoungGeneration
} from "./chunk-D6K4WBTG.js";
import "./chunk-S7ZDPIFW.js";
export {
  allowYoungGenerationCap,
  capYoungGeneration
};
