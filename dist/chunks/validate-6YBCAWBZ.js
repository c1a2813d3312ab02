#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  appleLiveStateFor,
  command,
  repositoryContext,
  resolveNow,
  wantsColor,
  writeOutput
} from "./chunk-XWMX25KM.js";
import "./chunk-PYZTSQ3J.js";
import "./chunk-TLV2EXJ4.js";
import "./chunk-4TN53QPF.js";
import "./chunk-OSWN2WEY.js";
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
