#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  appleLiveStateFor,
  command,
  repositoryContext,
  resolveNow,
  wantsColor,
  writeOutput
} from "./chunk-OE7WUFWU.js";
import "./chunk-D6K4WBTG.js";
import "./chunk-FI6FJUKA.js";
import "./chunk-ENTDPAWY.js";
import "./chunk-RG5CM4XV.js";
import "./chunk-7NKK55ZC.js";
import "./chunk-KUCBTSNI.js";
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
