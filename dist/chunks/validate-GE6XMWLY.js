#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  appleLiveStateFor,
  command,
  repositoryContext,
  resolveNow,
  wantsColor,
  writeOutput
} from "./chunk-NWWJDBVI.js";
import "./chunk-3WOUU6T5.js";
import "./chunk-BW23E5OR.js";
import "./chunk-4WYFK5XJ.js";
import "./chunk-EFENFJT3.js";
import "./chunk-KUCBTSNI.js";
import "./chunk-FHVNIWH2.js";
import "./chunk-Y2FZCZNK.js";
import "./chunk-S7ZDPIFW.js";
export {
  appleLiveStateFor,
  command,
  repositoryContext,
  resolveNow,
  wantsColor,
  writeOutput
};
