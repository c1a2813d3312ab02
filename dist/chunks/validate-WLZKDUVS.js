#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  appleLiveStateFor,
  command,
  repositoryContext,
  resolveNow,
  wantsColor,
  writeOutput
} from "./chunk-6C3SY2FV.js";
import "./chunk-JEPIWBFF.js";
import "./chunk-TQLEQBER.js";
import "./chunk-LONPGENA.js";
import "./chunk-2GTVUONC.js";
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
