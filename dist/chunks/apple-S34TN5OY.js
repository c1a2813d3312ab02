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
} from "./chunk-CFZF5V44.js";
import "./chunk-NNO4W54U.js";
import "./chunk-EUGHKTOP.js";
import "./chunk-KUCBTSNI.js";
import "./chunk-FHVNIWH2.js";
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
