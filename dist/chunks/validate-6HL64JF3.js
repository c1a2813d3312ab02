#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  appleLiveStateFor,
  command,
  repositoryContext,
  resolveNow,
  wantsColor,
  writeOutput
} from "./chunk-XVXZB4M3.js";
import "./chunk-VMIERVG2.js";
import "./chunk-BMAVTRGN.js";
import "./chunk-NNO4W54U.js";
import "./chunk-EUGHKTOP.js";
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
