#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  appleLiveStateFor,
  command,
  repositoryContext,
  resolveNow,
  wantsColor,
  writeOutput
} from "./chunk-H4YM6JQH.js";
import "./chunk-5W34UCIB.js";
import "./chunk-DR3BUTGE.js";
import "./chunk-ZYF3ETEH.js";
import "./chunk-5DNLHXDG.js";
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
