#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  appleLiveStateFor,
  command,
  repositoryContext,
  resolveNow,
  wantsColor,
  writeOutput
} from "./chunk-5VD4LESN.js";
import "./chunk-YTVHXUY2.js";
import "./chunk-MWHCHX7L.js";
import "./chunk-FUWN7XWB.js";
import "./chunk-GQ4IQSVS.js";
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
