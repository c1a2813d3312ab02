#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  changedFilesSince,
  gitClient
} from "./chunk-LTIDLRT2.js";
import "./chunk-Y2FZCZNK.js";
import "./chunk-S7ZDPIFW.js";
export {
  changedFilesSince,
  gitClient
};
