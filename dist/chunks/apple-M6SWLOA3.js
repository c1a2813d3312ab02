#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  APPLE_ENDPOINTS,
  AppleApiError,
  AppsAndBooksClient,
  BusinessApiClient,
  CLIENT_ASSERTION_AUDIENCE,
  DEFAULT_HTTP_SETTINGS,
  DeviceEnrollmentClient,
  HttpClient,
  appleLiveState,
  appleUserAgent,
  checkClientId,
  checkKeyId,
  fetchLiveState,
  parseAppleApiKey,
  resolveEndpoints,
  runnerVariableRefusal
} from "./chunk-TYSJ7OF6.js";
import "./chunk-RG5CM4XV.js";
import "./chunk-7NKK55ZC.js";
import "./chunk-KUCBTSNI.js";
import "./chunk-Y2FZCZNK.js";
import "./chunk-S7ZDPIFW.js";
export {
  APPLE_ENDPOINTS,
  AppleApiError,
  AppsAndBooksClient,
  BusinessApiClient,
  CLIENT_ASSERTION_AUDIENCE,
  DEFAULT_HTTP_SETTINGS,
  DeviceEnrollmentClient,
  HttpClient,
  appleLiveState,
  appleUserAgent,
  checkClientId,
  checkKeyId,
  fetchLiveState,
  parseAppleApiKey,
  resolveEndpoints,
  runnerVariableRefusal
};
