#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  createReferenceReader
} from "./chunk-YTVHXUY2.js";
import {
  APPLE_APIS,
  APPLE_API_NAMES,
  decryptServerTokenCredentials,
  parseAppleDate,
  readContentToken
} from "./chunk-GQ4IQSVS.js";
import {
  toolVersion
} from "./chunk-KUCBTSNI.js";
import {
  UsageError
} from "./chunk-Y2FZCZNK.js";

// src/apple/failure.ts
var AppleApiError = class extends Error {
  constructor(api, kind, code, status) {
    super(describeFailure(api, kind, code, status));
    this.api = api;
    this.kind = kind;
    this.code = code;
    this.status = status;
  }
  api;
  kind;
  code;
  status;
  name = "AppleApiError";
  toFailure() {
    return {
      api: this.api,
      ...this.status === void 0 ? {} : { status: this.status },
      ...this.code === void 0 ? {} : { code: this.code },
      message: this.message
    };
  }
};
var TRANSPORT_WORDS = {
  timeout: "did not answer in time",
  ECONNREFUSED: "refused the connection",
  ENOTFOUND: "has no such host",
  "too-large": "answered with a body over the size cap",
  "not-json": "answered with something that is not JSON",
  "unexpected-shape": "answered JSON of an unexpected shape",
  "too-many-pages": "kept paginating past the page cap"
};
function describeFailure(api, kind, code, status) {
  const name = APPLE_API_NAMES[api];
  const suffix = code === void 0 ? "" : ` (${code})`;
  if (status !== void 0) {
    const what = kind === "refused" ? "refused the credentials" : "answered";
    return `${name} ${what}: HTTP ${status}${suffix}`;
  }
  const words = code === void 0 ? void 0 : TRANSPORT_WORDS[code];
  if (words !== void 0) return `${name} ${words}${suffix}`;
  return `${name} could not be reached${suffix}`;
}
var CODE_SHAPE = /^[A-Za-z0-9_.:-]{1,48}$/;
function safeCode(value, secrets = []) {
  const text = typeof value === "number" && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== "string" || !CODE_SHAPE.test(text)) return void 0;
  for (const secret of secrets) {
    if (secret.length < 6) continue;
    if (text.length >= 8 && secret.includes(text) || text.includes(secret)) return void 0;
  }
  return text;
}

// src/apple/http.ts
var DEFAULT_HTTP_SETTINGS = {
  timeoutMs: 2e4,
  maxTries: 3,
  maxWaitMs: 6e4,
  maxBodyBytes: 4 * 1024 * 1024,
  backoffMs: 1e3,
  concurrency: 4,
  breakerThreshold: 3
};
var RETRYABLE_TRANSPORT = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "connection-dropped"]);
function isRetryableStatus(status) {
  return status === 429 || status >= 500;
}
var HttpClient = class {
  settings;
  inFlight = 0;
  waiting = [];
  unanswered = /* @__PURE__ */ new Map();
  constructor(settings = {}) {
    this.settings = { ...DEFAULT_HTTP_SETTINGS, ...settings };
    if (!(this.settings.concurrency >= 1)) this.settings.concurrency = 1;
  }
  async send(request) {
    const origin = new URL(request.url).origin;
    const retryable = request.retryable ?? ((response) => isRetryableStatus(response.status));
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const broken = this.unanswered.get(origin);
      if (broken !== void 0 && broken.count >= this.settings.breakerThreshold) {
        throw new AppleApiError(request.api, "unreachable", broken.code);
      }
      let response;
      try {
        response = await this.withSlot(() => this.tryOnce(request));
        this.unanswered.delete(origin);
      } catch (error) {
        if (!(error instanceof AppleApiError)) throw error;
        if (error.kind === "unreachable" && !RETRYABLE_TRANSPORT.has(error.code ?? "")) this.noteUnanswered(origin, error.code ?? "unreachable");
        const delay2 = this.backoff(attempt);
        if (!RETRYABLE_TRANSPORT.has(error.code ?? "") || attempt >= this.settings.maxTries || waited + delay2 > this.settings.maxWaitMs) throw error;
        waited += delay2;
        await sleep(delay2);
        continue;
      }
      if (!retryable(response) || attempt >= this.settings.maxTries) return response;
      const delay = retryAfterMs(response.headers.get("retry-after")) ?? this.backoff(attempt);
      if (waited + delay > this.settings.maxWaitMs) return response;
      waited += delay;
      await sleep(delay);
    }
  }
  backoff(attempt) {
    return this.settings.backoffMs * 2 ** (attempt - 1);
  }
  noteUnanswered(origin, code) {
    const count = (this.unanswered.get(origin)?.count ?? 0) + 1;
    this.unanswered.set(origin, { count, code });
  }
  async withSlot(task) {
    if (this.inFlight >= this.settings.concurrency) await new Promise((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    try {
      return await task();
    } finally {
      this.inFlight--;
      this.waiting.shift()?.();
    }
  }
  async tryOnce(request) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.settings.timeoutMs);
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        ...request.body === void 0 ? {} : { body: request.body },
        redirect: "manual",
        signal: controller.signal
      });
      const text = await readCapped(response, this.settings.maxBodyBytes, request.api);
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      if (error instanceof AppleApiError) throw error;
      throw new AppleApiError(request.api, "unreachable", controller.signal.aborted ? "timeout" : transportCode(error));
    } finally {
      clearTimeout(timer);
    }
  }
};
async function readCapped(response, maxBytes, api) {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes || response.body === null) {
    await response.body?.cancel().catch(() => void 0);
    if (declared > maxBytes) throw new AppleApiError(api, "unexpected", "too-large");
    return "";
  }
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => void 0);
      throw new AppleApiError(api, "unexpected", "too-large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function retryAfterMs(value, now = Date.now()) {
  if (value === null || value.trim() === "") return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}
function transportCode(error) {
  let current = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === "object"; depth++) {
    const code = current.code;
    if (typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
    if (Array.isArray(current.errors)) current = current.errors[0];
    else current = current.cause;
  }
  return "connection-dropped";
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function jsonBody(api, response) {
  try {
    return JSON.parse(response.text);
  } catch {
    throw new AppleApiError(api, "unexpected", "not-json", response.status);
  }
}

// src/apple/apps-and-books.ts
var API = "apps-and-books-api";
var TOKEN_UNUSABLE = /* @__PURE__ */ new Set([9601, 9621, 9622, 9625, 9722]);
var TRY_AGAIN = /* @__PURE__ */ new Set([9603, 9646, 9729]);
var AppsAndBooksClient = class {
  constructor(http, baseUrl, contentToken) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.contentToken = contentToken;
  }
  http;
  baseUrl;
  contentToken;
  /** What Apple says about the token: valid with its client config, rejected, or unavailable. */
  async check() {
    try {
      return { outcome: "valid", ...await this.clientConfig() };
    } catch (error) {
      if (!(error instanceof AppleApiError)) throw error;
      return { outcome: error.kind === "refused" ? "rejected" : "unavailable", failure: error.toFailure() };
    }
  }
  async clientConfig() {
    const response = await this.http.send({
      api: API,
      method: "GET",
      url: `${this.baseUrl}/client/config`,
      headers: { Authorization: `Bearer ${this.contentToken}`, Accept: "application/json" },
      retryable: (answer) => isRetryableStatus(answer.status) || TRY_AGAIN.has(errorNumberOf(answer) ?? 0)
    });
    const errorNumber = errorNumberOf(response);
    if (errorNumber !== void 0 || response.status !== 200) throw this.errorFrom(response, errorNumber);
    const body = jsonBody(API, response);
    if (typeof body !== "object" || body === null || Array.isArray(body)) throw new AppleApiError(API, "unexpected", "unexpected-shape", 200);
    const config = body;
    const result = {};
    if (typeof config.locationName === "string") result.locationName = config.locationName;
    const expiresAt = typeof config.tokenExpirationDate === "string" ? parseAppleDate(config.tokenExpirationDate) : void 0;
    if (expiresAt !== void 0) result.expiresAt = expiresAt;
    const mdmInfo = config.mdmInfo;
    if (mdmInfo !== null && typeof mdmInfo === "object" && typeof mdmInfo.id === "string" && mdmInfo.id !== "") {
      result.mdmInfo = { id: mdmInfo.id, ...typeof mdmInfo.name === "string" ? { name: mdmInfo.name } : {} };
    }
    return result;
  }
  errorFrom(response, errorNumber) {
    const code = errorNumber === -1 ? void 0 : safeCode(errorNumber, [this.contentToken]);
    if (errorNumber !== void 0 && TOKEN_UNUSABLE.has(errorNumber)) return new AppleApiError(API, "refused", code, response.status);
    if (errorNumber === void 0 && response.status === 401) return new AppleApiError(API, "refused", void 0, 401);
    if (errorNumber === void 0 && response.status === 200) return new AppleApiError(API, "unexpected", "unexpected-shape", 200);
    return new AppleApiError(API, "unexpected", code, response.status);
  }
};
function errorNumberOf(response) {
  if (!response.text.includes("error")) return void 0;
  try {
    const body = JSON.parse(response.text);
    if (body === null || typeof body !== "object") return void 0;
    if (typeof body.errorNumber === "number" && body.errorNumber !== 0) return body.errorNumber;
    if (typeof body.errorMessage === "string" && body.errorMessage !== "") return -1;
  } catch {
    return void 0;
  }
  return void 0;
}

// src/apple/business-api.ts
import { randomUUID } from "node:crypto";

// node_modules/jose/dist/webapi/lib/buffer_utils.js
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
var UINT32_RANGE = 2 ** 32;
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
var NON_ASCII = /[^\x00-\x7f]/;
function encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function encodeBase64(input, url = false) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = false) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// node_modules/jose/dist/webapi/util/errors.js
var JOSEError = class extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message2, options) {
    super(message2, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
};
var JOSENotSupported = class extends JOSEError {
  static code = "ERR_JOSE_NOT_SUPPORTED";
  code = "ERR_JOSE_NOT_SUPPORTED";
};
var JWSInvalid = class extends JOSEError {
  static code = "ERR_JWS_INVALID";
  code = "ERR_JWS_INVALID";
};
var JWTInvalid = class extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
};

// node_modules/jose/dist/webapi/util/base64url.js
var invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), true);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function encode2(input) {
  return encodeBase64(typeof input == "string" ? encoder.encode(input) : input, true);
}

// node_modules/jose/dist/webapi/lib/validate.js
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return false;
        parameters.add(parameter);
      }
  return true;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
var JWS_RECOGNIZED = { __proto__: null, b64: true };
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return true;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}

// node_modules/jose/dist/webapi/lib/key.js
var tag = (key) => key[Symbol.toStringTag];
var jwkMatchesOp = (entry, key, usage) => {
  const { alg } = entry;
  if (key.use !== void 0) {
    const expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
    if (key.use !== expected)
      throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
  }
  if (key.kty === "AKP" && key.alg === void 0)
    throw new TypeError('missing "alg" (Algorithm) Parameter value');
  if (key.alg !== void 0 && key.alg !== alg)
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  if (Array.isArray(key.key_ops)) {
    const expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry.ops?.[usage === "encrypt" ? 0 : 1] : usage;
    if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp))
      throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
  }
};
async function prepareKey(entry, key, usage) {
  const { alg, secret } = entry, requiresPrivateKey = usage === "decrypt" || usage === "sign";
  if (secret && key instanceof Uint8Array)
    return key;
  let normalized, keyObject;
  if (isObject(key)) {
    if (normalized = normalizeJwk(key), typeof normalized.kty != "string")
      throw invalidKeyType(alg, key, secret);
    if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0)))
      throw new TypeError(secret ? 'JSON Web Key for symmetric algorithms must have JWK "kty" (Key Type) equal to "oct" and the JWK "k" (Key Value) present' : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
    if (jwkMatchesOp(entry, normalized, usage), normalized.kty === "oct")
      return decode(normalized.k);
    if (!Object.isFrozen(key)) {
      const { key_ops } = key;
      Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
    }
  } else {
    if (!isKeyLike(key))
      throw invalidKeyType(alg, key, secret);
    const expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
    if (key.type !== expectedType && (secret || ["secret", "public", "private"].includes(key.type)))
      throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
    if (isCryptoKey(key))
      return key;
    if (keyObject = key, keyObject.type === "secret")
      return keyObject.export();
  }
  cache ||= /* @__PURE__ */ new WeakMap();
  const cacheKey = key;
  let cached = cache.get(cacheKey);
  if (cached?.[alg])
    return cached[alg];
  if (cached || cache.set(cacheKey, cached = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
    const isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry.resolve?.({ crv, asymmetricKeyType: keyObject.asymmetricKeyType }) ?? entry.subtle;
    return cached[alg] = keyObject.toCryptoKey(params, isPublic, entry.usages[isPublic ? 0 : 1]);
  }
  return normalized ??= keyObject.export({ format: "jwk" }), normalized.alg = alg, cached[alg] = await jwkToKey(entry, normalized);
}
var cache;
var nist = {
  __proto__: null,
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521"
};
var isCryptoKey = (key) => {
  if (key?.[Symbol.toStringTag] === "CryptoKey")
    return true;
  try {
    return key instanceof CryptoKey;
  } catch {
    return false;
  }
};
var isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject";
var isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
  if (types.length > 2) {
    const last = types.pop();
    msg += `one of type ${types.join(", ")}, or ${last}.`;
  } else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
  return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
function invalidKeyType(alg, actual, secret) {
  const types = ["CryptoKey", "KeyObject", "JSON Web Key"];
  return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
var unusable = (name, prop = "algorithm.name") => new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage) {
  if (usage && !key.usages.includes(usage))
    throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
  const { modulusLength } = key.algorithm;
  if (typeof modulusLength != "number" || modulusLength < 2048)
    throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
  const algorithm = key.algorithm;
  if (algorithm.name !== expected.name)
    throw unusable(expected.name);
  if (expected.hash && algorithm.hash?.name !== expected.hash)
    throw unusable(expected.hash, "algorithm.hash");
  if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve)
    throw unusable(expected.namedCurve, "algorithm.namedCurve");
  if (expected.length !== void 0 && algorithm.length !== expected.length)
    throw unusable(expected.length, "algorithm.length");
  checkUsage(key, usage);
}
function snapshotJwk(jwk) {
  return { __proto__: null, ...jwk };
}
function normalizeJwk(jwk) {
  const normalized = snapshotJwk(jwk);
  if (normalized.ext !== void 0 && typeof normalized.ext != "boolean")
    throw new TypeError('"ext" (Extractable) Parameter must be a boolean');
  if (normalized.key_ops !== void 0) {
    const value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
    if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length)
      throw new TypeError('"key_ops" (Key Operations) Parameter must be an array of unique strings');
    normalized.key_ops = keyOps;
  }
  return normalized;
}
async function jwkToKey(entry, jwk, extractable) {
  if (!entry.kty.includes(jwk.kty))
    throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
  const algorithm = entry.resolve?.({ kty: jwk.kty, crv: jwk.crv }) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = { ...jwk, ext: extractable ?? jwk.ext };
  return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = false) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}

// node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  const out = { __proto__: null };
  for (const alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}

// node_modules/jose/dist/webapi/lib/jws_algorithms.js
var sig = [["verify"], ["sign"]];
function hmac(bits) {
  const subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: true, subtle, signing: subtle, usages: sig };
}
function rsa(bits, saltLength) {
  const subtle = { name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash: `SHA-${bits}` };
  return {
    kty: ["RSA"],
    subtle,
    signing: saltLength ? { ...subtle, saltLength } : subtle,
    usages: sig,
    minRsaBits: 2048
  };
}
function ecdsa(crv, bits) {
  return {
    kty: ["EC"],
    crv,
    subtle: { name: "ECDSA", namedCurve: crv },
    signing: { name: "ECDSA", hash: `SHA-${bits}` },
    usages: sig
  };
}
function eddsa() {
  const subtle = { name: "Ed25519" };
  return {
    kty: ["OKP"],
    crv: "Ed25519",
    subtle,
    signing: subtle,
    usages: sig
  };
}
function mldsa(parameterSet) {
  const subtle = { name: `ML-DSA-${parameterSet}` };
  return {
    kty: ["AKP"],
    subtle,
    signing: subtle,
    usages: sig
  };
}
var JWS = table({
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa("P-256", 256),
  ES384: ecdsa("P-384", 384),
  ES512: ecdsa("P-521", 512),
  EdDSA: eddsa(),
  Ed25519: eddsa(),
  "ML-DSA-44": mldsa(44),
  "ML-DSA-65": mldsa(65),
  "ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
  const entry = typeof alg == "string" ? JWS[alg] : void 0;
  if (!entry)
    throw new JOSENotSupported(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
  return entry;
}

// node_modules/jose/dist/webapi/lib/jwt_claims_set.js
var epoch = (date) => Math.floor(date.getTime() / 1e3);
var multipliers = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600
};
var REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i;
function invalidDuration() {
  throw new TypeError("Invalid time period format");
}
function secs(str) {
  typeof str != "string" && invalidDuration();
  const matched = REGEX.exec(str);
  (!matched || matched[4] && matched[1]) && invalidDuration();
  const value = parseFloat(matched[2]), durationSeconds = Math.round(value * multipliers[matched[3][0].toLowerCase()]);
  return Number.isFinite(durationSeconds) || invalidDuration(), matched[1] === "-" || matched[4]?.toLowerCase() === "ago" ? -durationSeconds : durationSeconds;
}
function validateInput(label, input) {
  if (!Number.isFinite(input))
    throw new TypeError(`Invalid ${label} input`);
  return input;
}
function validateStringClaim(claim, value) {
  if (typeof value != "string")
    throw new TypeError(`"${claim}" claim must be a string`);
}
function validateAudienceClaim(value) {
  if (typeof value != "string" && (!Array.isArray(value) || Array.from(value).some((member) => typeof member != "string")))
    throw new TypeError('"aud" claim must be a string or an array of strings');
}
function numericDate(value, label) {
  return typeof value == "number" ? validateInput(label, value) : value instanceof Date ? validateInput(label, epoch(value)) : epoch(/* @__PURE__ */ new Date()) + secs(value);
}
var producerClaimsSets;
function producerClaimsSet(producer) {
  return producerClaimsSets.get(producer);
}
function jwtClaimsSetBytes(producer) {
  const claimsSet = producerClaimsSet(producer);
  for (const claim of ["iat", "nbf", "exp"]) {
    const value = claimsSet[claim];
    if (typeof value == "number" && !Number.isFinite(value))
      throw new TypeError(`"${claim}" claim must be a finite number`);
  }
  return encoder.encode(JSON.stringify(claimsSet));
}
var JWTClaimsBuilder = class {
  constructor(claimsSet = {}) {
    if (!isObject(claimsSet))
      throw new TypeError("JWT Claims Set MUST be an object");
    (producerClaimsSets ||= /* @__PURE__ */ new WeakMap()).set(this, structuredClone(claimsSet));
  }
  setIssuer(value) {
    return validateStringClaim("iss", value), producerClaimsSet(this).iss = value, this;
  }
  setSubject(value) {
    return validateStringClaim("sub", value), producerClaimsSet(this).sub = value, this;
  }
  setAudience(value) {
    return validateAudienceClaim(value), producerClaimsSet(this).aud = value, this;
  }
  setJti(value) {
    return validateStringClaim("jti", value), producerClaimsSet(this).jti = value, this;
  }
  setNotBefore(value) {
    return producerClaimsSet(this).nbf = numericDate(value, "setNotBefore"), this;
  }
  setExpirationTime(value) {
    return producerClaimsSet(this).exp = numericDate(value, "setExpirationTime"), this;
  }
  setIssuedAt(value) {
    const claimsSet = producerClaimsSet(this);
    return value === void 0 ? claimsSet.iat = epoch(/* @__PURE__ */ new Date()) : typeof value == "string" ? claimsSet.iat = validateInput("setIssuedAt", epoch(/* @__PURE__ */ new Date()) + secs(value)) : claimsSet.iat = numericDate(value, "setIssuedAt"), this;
  }
};

// node_modules/jose/dist/webapi/lib/jws_sign.js
async function createSignature(input, key, rejectUnencoded) {
  let [payload, protectedHeader, unprotectedHeader, crit] = input, encodedProtectedHeader = "";
  if (protectedHeader !== void 0) {
    const normalized = serializeJoseHeader(JWSInvalid, protectedHeader);
    protectedHeader = normalized[0], encodedProtectedHeader = encode2(normalized[1]);
  }
  if (unprotectedHeader !== void 0 && (unprotectedHeader = serializeJoseHeader(JWSInvalid, unprotectedHeader)[0]), !protectedHeader && !unprotectedHeader)
    throw new JWSInvalid("either setProtectedHeader or setUnprotectedHeader must be called before #sign()");
  if (!isDisjoint(protectedHeader, unprotectedHeader))
    throw new JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...unprotectedHeader };
  validateCritDuplicates(JWSInvalid, protectedHeader);
  const b64 = validateB64(protectedHeader, validateCrit(JWSInvalid, JWS_RECOGNIZED, crit, protectedHeader, joseHeader));
  b64 || rejectUnencoded?.();
  const { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  const entry = jwsAlgorithm(alg);
  let encodedPayload = "", signingPayload = payload, signingInput;
  if (b64) {
    const encodedPayloadCache = input[4];
    encodedPayloadCache ? (encodedPayload = encodedPayloadCache[0] ??= encode2(payload), signingPayload = encodedPayloadCache[1] ??= encode(encodedPayload)) : (encodedPayload = encode2(payload), signingInput = encoder.encode(`${encodedProtectedHeader}.${encodedPayload}`));
  }
  signingInput ??= concat(encode(encodedProtectedHeader), encode("."), signingPayload);
  const signingKey = await rawKey(await prepareKey(entry, key, "sign"), entry.subtle, "sign");
  entry.minRsaBits && checkModulusLength(entry.alg, signingKey);
  const jws = {
    signature: encode2(new Uint8Array(await crypto.subtle.sign(entry.signing, signingKey, signingInput))),
    payload: encodedPayload
  };
  return protectedHeader && (jws.protected = encodedProtectedHeader), unprotectedHeader && (jws.header = unprotectedHeader), [jws, b64];
}
async function createCompactSignature(payload, protectedHeader, crit, key, rejectUnencoded) {
  const [jws] = await createSignature([payload, protectedHeader, void 0, crit], key, rejectUnencoded);
  return `${jws.protected}.${jws.payload}.${jws.signature}`;
}

// node_modules/jose/dist/webapi/jwt/sign.js
var SignJWT_base = JWTClaimsBuilder;
var SignJWT = class extends SignJWT_base {
  #protectedHeader;
  setProtectedHeader(protectedHeader) {
    return assertNotSet(this.#protectedHeader, "setProtectedHeader"), this.#protectedHeader = protectedHeader, this;
  }
  async sign(key, options) {
    return createCompactSignature(jwtClaimsSetBytes(this), this.#protectedHeader, options?.crit, key, () => {
      throw new JWTInvalid("JWTs MUST NOT use unencoded payload");
    });
  }
};

// src/apple/business-api.ts
var API2 = "apple-business-api";
var CLIENT_ASSERTION_AUDIENCE = "https://account.apple.com/auth/oauth2/v2/token";
var ASSERTION_LIFETIME_S = 15 * 60;
var PAGE_LIMIT = 1e3;
var DEFAULT_MAX_PAGES = 200;
var EXPIRY_MARGIN_MS = 6e4;
var BusinessApiClient = class {
  constructor(http, endpoints, credentials, options = {}) {
    this.http = http;
    this.endpoints = endpoints;
    this.credentials = credentials;
    this.now = options.now ?? (() => /* @__PURE__ */ new Date());
    this.maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    this.onSecret = options.onSecret ?? (() => void 0);
  }
  http;
  endpoints;
  credentials;
  token;
  pending;
  now;
  maxPages;
  onSecret;
  /** Everything the online rules read about the organization. */
  async state() {
    const mdmServers = await this.mdmServers();
    const units = await this.units();
    const users = await this.users();
    return { mdmServers, units, users };
  }
  async mdmServers() {
    const fields = "serverName,serverType,status,deviceCount,lastConnectedDateTime";
    return (await this.list("mdmServers", fields)).map(({ id, attributes }) => ({
      id,
      serverName: requiredString(attributes.serverName),
      serverType: optionalString(attributes.serverType) ?? "UNKNOWN",
      status: optionalString(attributes.status) ?? "UNKNOWN",
      ...typeof attributes.deviceCount === "number" ? { deviceCount: attributes.deviceCount } : {},
      lastConnectedAt: dateOrNull(attributes.lastConnectedDateTime)
    }));
  }
  async units() {
    return (await this.list("organizationalUnits", "name")).map(({ id, attributes }) => ({ id, name: requiredString(attributes.name) }));
  }
  async users() {
    return (await this.list("users", "managedAppleAccount,status,roleOuList")).map(({ id, attributes }) => ({
      id,
      managedAppleAccount: requiredString(attributes.managedAppleAccount),
      status: optionalString(attributes.status) ?? "UNKNOWN",
      roles: (Array.isArray(attributes.roleOuList) ? attributes.roleOuList : []).flatMap((entry) => {
        const { roleName, ouId } = entry ?? {};
        if (typeof roleName !== "string") return [];
        return [{ roleName, ...typeof ouId === "string" ? { unitId: ouId } : {} }];
      })
    }));
  }
  /** A JSON:API list, every page: the cursor is followed with our own parameters, as Apple's examples allow. */
  async list(type, fields) {
    const resources = [];
    const seen = /* @__PURE__ */ new Set();
    let cursor;
    for (let page = 1; ; page++) {
      if (page > this.maxPages) throw new AppleApiError(API2, "unexpected", "too-many-pages");
      const query = new URLSearchParams({ [`fields[${type}]`]: fields, limit: String(PAGE_LIMIT) });
      if (cursor !== void 0) query.set("cursor", cursor);
      const body = await this.get(`${this.endpoints.businessApi}/v1/${type}?${query}`);
      const { data, next } = readPage(body);
      for (const resource of data) resources.push(resource);
      if (next === void 0) return resources;
      if (seen.has(next)) throw new AppleApiError(API2, "unexpected", "unexpected-shape");
      seen.add(next);
      cursor = next;
    }
  }
  async get(url) {
    let response = await this.sendWithToken(url, await this.accessToken());
    if (response.status === 401) {
      response = await this.sendWithToken(url, await this.accessToken(true));
    }
    if (response.status !== 200) throw this.errorFrom(response);
    return jsonBody(API2, response);
  }
  sendWithToken(url, token) {
    return this.http.send({ api: API2, method: "GET", url, headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } });
  }
  /** The cached access token, or a new one (one request at a time, however many lists ask). */
  async accessToken(renew = false) {
    if (!renew && this.token !== void 0 && this.token.expiresAt > this.now().getTime()) return this.token.value;
    if (this.pending === void 0) {
      this.pending = this.requestToken().finally(() => this.pending = void 0);
    }
    return this.pending;
  }
  async requestToken() {
    const assertion = await this.clientAssertion();
    this.onSecret(assertion);
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: this.credentials.clientId,
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: assertion,
      scope: "business.api"
    });
    const response = await this.http.send({
      api: API2,
      method: "POST",
      url: this.endpoints.tokenUrl,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: form.toString()
    });
    if (response.status !== 200) {
      const error = tokenError(response);
      throw new AppleApiError(API2, response.status < 500 && response.status !== 429 ? "refused" : "unexpected", error, response.status);
    }
    const body = jsonBody(API2, response);
    const value = body?.access_token;
    const lifetime = body?.expires_in;
    if (typeof value !== "string" || value === "" || typeof lifetime !== "number") {
      throw new AppleApiError(API2, "unexpected", "unexpected-shape", response.status);
    }
    this.onSecret(value);
    this.token = { value, expiresAt: this.now().getTime() + Math.max(0, lifetime * 1e3 - EXPIRY_MARGIN_MS) };
    return value;
  }
  /** §1.2.2: ES256, `kid`, `iss` = `sub` = client ID, Apple's `aud`, `iat`, `exp`, a fresh `jti`. */
  clientAssertion() {
    const issuedAt = Math.floor(this.now().getTime() / 1e3);
    return new SignJWT({}).setProtectedHeader({ alg: "ES256", kid: this.credentials.keyId }).setIssuer(this.credentials.clientId).setSubject(this.credentials.clientId).setAudience(CLIENT_ASSERTION_AUDIENCE).setIssuedAt(issuedAt).setExpirationTime(issuedAt + ASSERTION_LIFETIME_S).setJti(randomUUID()).sign(this.credentials.key);
  }
  errorFrom(response) {
    let code;
    try {
      const errors = JSON.parse(response.text).errors;
      code = safeCode(errors?.[0]?.code, this.secrets());
    } catch {
      code = void 0;
    }
    const refused = response.status === 401 || response.status === 403;
    return new AppleApiError(API2, refused ? "refused" : "unexpected", code, response.status);
  }
  secrets() {
    return this.token === void 0 ? [this.credentials.clientId] : [this.credentials.clientId, this.token.value];
  }
};
function tokenError(response) {
  try {
    return safeCode(JSON.parse(response.text).error);
  } catch {
    return void 0;
  }
}
function readPage(body) {
  const envelope = body ?? {};
  if (!Array.isArray(envelope.data)) throw new AppleApiError(API2, "unexpected", "unexpected-shape");
  const data = envelope.data.map((item) => {
    const { id, attributes } = item ?? {};
    if (typeof id !== "string" || typeof attributes !== "object" || attributes === null) {
      throw new AppleApiError(API2, "unexpected", "unexpected-shape");
    }
    return { id, attributes };
  });
  const nextCursor = envelope.meta?.paging?.nextCursor;
  if (typeof nextCursor === "string" && nextCursor !== "") return { data, next: nextCursor };
  const nextLink = envelope.links?.next;
  if (typeof nextLink === "string" && nextLink !== "") {
    const fromLink = cursorOf(nextLink);
    if (fromLink === void 0) throw new AppleApiError(API2, "unexpected", "unexpected-shape");
    return { data, next: fromLink };
  }
  return { data };
}
function cursorOf(link) {
  try {
    return new URL(link).searchParams.get("cursor") ?? void 0;
  } catch {
    return void 0;
  }
}
function requiredString(value) {
  if (typeof value !== "string") throw new AppleApiError(API2, "unexpected", "unexpected-shape");
  return value;
}
function optionalString(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function dateOrNull(value) {
  if (typeof value !== "string" || value === "") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

// src/apple/credentials.ts
import { createPrivateKey } from "node:crypto";
var RUNNER_VARIABLE = /^(GITHUB|RUNNER|ACTIONS|INPUT)_/i;
function envName(ref) {
  return ref.startsWith("env:") ? ref.slice("env:".length) : void 0;
}
function runnerVariableRefusal(ref) {
  const name = envName(ref);
  if (name === void 0 || !RUNNER_VARIABLE.test(name)) return void 0;
  return `\`${ref}\` names a variable the CI runner sets, never an Apple credential: nothing was sent (use a secret of your own)`;
}
var CLIENT_ID = /^BUSINESSAPI\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function checkClientId(clientId) {
  if (CLIENT_ID.test(clientId)) return void 0;
  return "spec.appleApi.clientId is not an Apple Business API client ID (`BUSINESSAPI.` and a UUID, as shown when the key was uploaded)";
}
function checkKeyId(keyId) {
  if (KEY_ID.test(keyId)) return void 0;
  return "spec.appleApi.keyId is not an Apple key ID (a UUID, as shown when the key was uploaded)";
}
var PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/;
function parseAppleApiKey(text, ref) {
  const restored = !text.includes("\n") && text.includes("\\n") ? text.replace(/\\n/g, "\n") : text;
  const block = PEM_BLOCK.exec(restored);
  const refuse = (why) => ({ ok: false, reason: `spec.appleApi.privateKey (\`${ref}\`) ${why}` });
  if (block === null) return refuse("is not a PEM private key: give the EC P-256 key downloaded with the API account");
  const label = block[1] ?? "";
  if (label === "ENCRYPTED PRIVATE KEY" || /Proc-Type:\s*4,ENCRYPTED/.test(block[0])) {
    return refuse("is protected by a passphrase: give the unencrypted PEM key");
  }
  if (!label.endsWith("PRIVATE KEY")) return refuse(`is a PEM ${label}, not a private key`);
  let key;
  try {
    key = createPrivateKey({ key: block[0], format: "pem" });
  } catch {
    return refuse("is not a readable private key (PEM of an EC P-256 key expected)");
  }
  if (key.asymmetricKeyType !== "ec") {
    return refuse(`is an ${(key.asymmetricKeyType ?? "unknown").toUpperCase()} key; Apple Business API keys are EC P-256 (ES256)`);
  }
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (curve !== "prime256v1") return refuse(`is an EC key on ${curve ?? "an unknown curve"}; Apple Business API keys are on P-256 (ES256)`);
  return { ok: true, key };
}

// src/apple/oauth1.ts
import { createHmac, randomBytes } from "node:crypto";
function percentEncode(value) {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
function baseStringUri(url) {
  const scheme = url.protocol.replace(":", "").toLowerCase();
  const defaultPort = scheme === "https" && url.port === "443" || scheme === "http" && url.port === "80";
  const port = url.port === "" || defaultPort ? "" : `:${url.port}`;
  return `${scheme}://${url.hostname.toLowerCase()}${port}${url.pathname}`;
}
function signatureBaseString(method, url, parameters) {
  const all = [...url.searchParams.entries(), ...parameters].map(([key, value]) => [percentEncode(key), percentEncode(value)]);
  all.sort(([keyA, valueA], [keyB, valueB]) => keyA === keyB ? compareBytes(valueA, valueB) : compareBytes(keyA, keyB));
  const normalised = all.map(([key, value]) => `${key}=${value}`).join("&");
  return [method.toUpperCase(), percentEncode(baseStringUri(url)), percentEncode(normalised)].join("&");
}
function hmacSha1Signature(baseString, consumerSecret, tokenSecret) {
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
  return createHmac("sha1", key).update(baseString).digest("base64");
}
function oauth1Header(method, url, credentials, options = {}) {
  const protocol = [
    ["oauth_consumer_key", credentials.consumerKey],
    ["oauth_nonce", options.nonce ?? randomBytes(16).toString("hex")],
    ["oauth_signature_method", "HMAC-SHA1"],
    ["oauth_timestamp", String(options.timestamp ?? Math.floor(Date.now() / 1e3))],
    ["oauth_token", credentials.token],
    ["oauth_version", "1.0"],
    ...Object.entries(options.extraOAuth ?? {})
  ];
  const base = signatureBaseString(method, new URL(url), protocol);
  const signature = hmacSha1Signature(base, credentials.consumerSecret, credentials.tokenSecret);
  const withSignature = [...protocol, ["oauth_signature", signature]];
  withSignature.sort(([a], [b]) => compareBytes(a, b));
  return `OAuth ${withSignature.map(([key, value]) => `${percentEncode(key)}="${percentEncode(value)}"`).join(", ")}`;
}
function compareBytes(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/apple/device-enrollment.ts
var API3 = "device-enrollment-api";
var PROTOCOL_VERSION = "10";
var KNOWN_CODES = ["T_C_NOT_SIGNED", "token_rejected", "signature_invalid", "ACCESS_DENIED", "UNAUTHORIZED", "FORBIDDEN", "oauth_problem_adv"];
var DeviceEnrollmentClient = class {
  constructor(http, baseUrl, credentials, userAgent, onSecret = () => void 0) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.userAgent = userAgent;
    this.onSecret = onSecret;
  }
  http;
  baseUrl;
  credentials;
  userAgent;
  onSecret;
  session;
  /** What Apple says about the token: accepted with its account, rejected, terms pending, or unavailable. */
  async check() {
    try {
      const account = await this.account();
      return { outcome: "accepted", account };
    } catch (error) {
      if (!(error instanceof AppleApiError)) throw error;
      if (error.code === "T_C_NOT_SIGNED") return { outcome: "terms-not-accepted", failure: error.toFailure() };
      if (error.kind === "refused") return { outcome: "rejected", failure: error.toFailure() };
      return { outcome: "unavailable", failure: error.toFailure() };
    }
  }
  async account() {
    const response = await this.call(`${this.baseUrl}/account`);
    const body = jsonBody(API3, response);
    if (body === null || typeof body !== "object") throw new AppleApiError(API3, "unexpected", "unexpected-shape", response.status);
    const text = (key) => typeof body[key] === "string" && body[key] !== "" ? body[key] : void 0;
    const account = {};
    const serverName = text("server_name");
    const adminId = text("admin_id") ?? text("facilitator_id");
    const orgName = text("org_name");
    const orgId = text("org_id");
    if (serverName !== void 0) account.serverName = serverName;
    if (adminId !== void 0) account.adminId = adminId;
    if (orgName !== void 0) account.orgName = orgName;
    if (orgId !== void 0) account.orgId = orgId;
    return account;
  }
  /** One API call with the session, renewing it once when Apple says it expired (§2.4). */
  async call(url) {
    const first = await this.send(url, await this.currentSession());
    if (!sessionExpired(first)) return this.accept(first);
    this.session = void 0;
    const second = await this.send(url, await this.currentSession());
    return this.accept(second);
  }
  accept(response) {
    const rotated = response.headers.get("x-adm-auth-session");
    if (rotated !== null && rotated !== "") {
      this.onSecret(rotated);
      this.session = rotated;
    }
    if (response.status === 200) return response;
    throw this.refusal(response, "call");
  }
  async currentSession() {
    if (this.session !== void 0) return this.session;
    const url = `${this.baseUrl}/session`;
    const header = oauth1Header("GET", url, {
      consumerKey: this.credentials.consumerKey,
      consumerSecret: this.credentials.consumerSecret,
      token: this.credentials.accessToken,
      tokenSecret: this.credentials.accessSecret
    });
    const response = await this.http.send({ api: API3, method: "GET", url, headers: { ...this.commonHeaders(), Authorization: header } });
    if (response.status !== 200) throw this.refusal(response, "session");
    const body = jsonBody(API3, response);
    const token = body?.auth_session_token;
    if (typeof token !== "string" || token === "") throw new AppleApiError(API3, "unexpected", "unexpected-shape", response.status);
    this.onSecret(token);
    this.session = token;
    return token;
  }
  send(url, session) {
    return this.http.send({ api: API3, method: "GET", url, headers: { ...this.commonHeaders(), "X-ADM-Auth-Session": session } });
  }
  commonHeaders() {
    return {
      "User-Agent": this.userAgent,
      "X-Server-Protocol-Version": PROTOCOL_VERSION,
      "Content-Type": "application/json;charset=UTF8",
      Accept: "application/json;charset=UTF8"
    };
  }
  /**
   * §2.3: on `/session` a 401 is a refused token; a 403 names why (terms,
   * access denied, token rejected). A 401 on a call made with a session just
   * granted is Apple misbehaving, not a verdict on the token.
   */
  refusal(response, stage) {
    const code = KNOWN_CODES.find((known) => response.text.slice(0, 512).includes(known));
    if (response.status === 401) return new AppleApiError(API3, stage === "session" || code === "token_rejected" ? "refused" : "unexpected", code ?? "UNAUTHORIZED", 401);
    if (response.status === 403) return new AppleApiError(API3, code === "T_C_NOT_SIGNED" ? "unexpected" : "refused", code ?? "FORBIDDEN", 403);
    return new AppleApiError(API3, "unexpected", code, response.status);
  }
};
function sessionExpired(response) {
  return response.status === 401 || response.status === 403 && response.text.slice(0, 512).includes("FORBIDDEN");
}

// src/apple/endpoints.ts
import { isIP } from "node:net";
var APPLE_ENDPOINTS = {
  businessApi: "https://api-business.apple.com",
  tokenUrl: "https://account.apple.com/auth/oauth2/token",
  deviceEnrollment: "https://mdmenrollment.apple.com",
  appsAndBooks: "https://vpp.itunes.apple.com/mdm/v2"
};
var OVERRIDES = [
  ["businessApi", "ABM_GITOPS_APPLE_API_URL"],
  ["tokenUrl", "ABM_GITOPS_APPLE_TOKEN_URL"],
  ["deviceEnrollment", "ABM_GITOPS_ADE_API_URL"],
  ["appsAndBooks", "ABM_GITOPS_VPP_API_URL"]
];
function resolveEndpoints(env) {
  const endpoints = { ...APPLE_ENDPOINTS };
  for (const [key, variable] of OVERRIDES) {
    const value = env[variable];
    if (value === void 0 || value.trim() === "") continue;
    endpoints[key] = checkedOverride(variable, value.trim());
  }
  return endpoints;
}
function checkedOverride(variable, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${variable} is not a URL: give an https:// address (or http:// to a loopback address for a local fake)`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new UsageError(`${variable} carries a user name or password: credentials never go into an Apple API address`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new UsageError(`${variable} has a query or fragment: give the base address only`);
  }
  if (url.protocol === "https:") return stripSlash(url.href);
  if (url.protocol === "http:" && isLoopback(url.hostname)) return stripSlash(url.href);
  throw new UsageError(
    `${variable} must be an https:// address, or http:// to a loopback address (127.0.0.1, ::1, localhost): ${url.protocol}//${url.host} would send Apple credentials in the clear`
  );
}
function isLoopback(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  if (isIP(host) === 6) return host === "::1" || host === "0:0:0:0:0:0:0:1";
  return false;
}
function stripSlash(href) {
  return href.replace(/\/+$/, "");
}

// src/apple/live-state.ts
async function fetchLiveState(model, env, options = {}) {
  const endpoints = resolveEndpoints(env);
  const http = new HttpClient({ ...options.http, concurrency: options.concurrency ?? model.config.online.concurrency });
  const reader = createReferenceReader({ root: model.root, env, maxFileBytes: model.config.limits.maxFileBytes });
  const run = { http, endpoints, reader, options };
  const checkedAt = options.now?.() ?? /* @__PURE__ */ new Date();
  const inProgress = Math.max(1, http.settings.concurrency) * ORGANIZATIONS_PER_SLOT;
  const states = await mapInOrder(model.organizations, inProgress, (organization) => organizationState(organization, run));
  return { checkedAt, organizations: new Map(states.map((state) => [state.organization, state])) };
}
var ORGANIZATIONS_PER_SLOT = 4;
async function mapInOrder(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index]);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
async function organizationState(organization, run) {
  const state = { organization: organization.name, serverTokens: [], contentTokens: [], failures: [], skipped: [] };
  const addFailure = (failure) => {
    if (!state.failures.some((known) => known.api === failure.api)) state.failures.push(failure);
  };
  await Promise.all([
    businessState(organization, run, state, addFailure),
    ...organization.services.map(async (service) => {
      const token = await serverTokenState(organization, service.value, run, state);
      if (token === void 0) return;
      state.serverTokens.push(token);
      if (token.outcome === "unavailable" && token.failure) addFailure(token.failure);
    }),
    ...organization.contentTokens.map(async (entry) => {
      const token = await contentTokenState(organization, entry.value, run, state);
      if (token === void 0) return;
      state.contentTokens.push(token);
      if (token.outcome === "unavailable" && token.failure) addFailure(token.failure);
    })
  ]);
  const serviceOrder = organization.services.map((service) => service.value.id);
  const tokenOrder = organization.contentTokens.map((entry) => entry.value.id);
  state.serverTokens.sort((a, b) => serviceOrder.indexOf(a.serviceId) - serviceOrder.indexOf(b.serviceId));
  state.contentTokens.sort((a, b) => tokenOrder.indexOf(a.contentTokenId) - tokenOrder.indexOf(b.contentTokenId));
  state.failures.sort((a, b) => APPLE_APIS.indexOf(a.api) - APPLE_APIS.indexOf(b.api));
  state.skipped.sort((a, b) => APPLE_APIS.indexOf(a.api) - APPLE_APIS.indexOf(b.api));
  return state;
}
function unusable2(api, reason) {
  return { api, code: "unusable-credential", message: `${APPLE_API_NAMES[api]} was not asked: ${reason}` };
}
function readCredential(ref, organization, run) {
  const refusal = runnerVariableRefusal(ref);
  if (refusal !== void 0) return { refuse: refusal };
  const outcome = run.reader.read(ref, organization.source.file.absolutePath);
  if (outcome.status === "unset") return { skip: `\`${ref}\` is not set` };
  if (outcome.status !== "read") return { skip: `\`${ref}\` cannot be read (token-unreadable or reference-outside-repo says why)` };
  const value = typeof outcome.bytes === "string" ? outcome.bytes : Buffer.from(outcome.bytes).toString("utf8");
  run.options.onSecret?.(value);
  return { value, bytes: outcome.bytes };
}
async function businessState(organization, run, state, addFailure) {
  const api = "apple-business-api";
  if (organization.product === "apple-business-essentials") {
    state.skipped.push({ api, reason: "Apple Business Essentials offers no Apple Business API" });
    return;
  }
  const declared = organization.appleApi;
  if (declared === void 0) {
    const written = organization.source.value?.spec?.appleApi !== void 0;
    state.skipped.push({ api, reason: written ? "`spec.appleApi` is not valid (the schema finding says why)" : "no `spec.appleApi` credentials declared" });
    return;
  }
  const shape = checkClientId(declared.clientId) ?? checkKeyId(declared.keyId);
  if (shape !== void 0) return addFailure(unusable2(api, shape));
  const secret = readCredential(declared.privateKey, organization, run);
  if ("skip" in secret) return void state.skipped.push({ api, reason: `spec.appleApi.privateKey: ${secret.skip}` });
  if ("refuse" in secret) return addFailure(unusable2(api, `spec.appleApi.privateKey ${secret.refuse}`));
  const key = parseAppleApiKey(secret.value, declared.privateKey);
  if (!key.ok) return addFailure(unusable2(api, key.reason));
  const client = new BusinessApiClient(
    run.http,
    run.endpoints,
    { clientId: declared.clientId, keyId: declared.keyId, key: key.key },
    {
      ...run.options.now ? { now: run.options.now } : {},
      onSecret: run.options.onSecret
    }
  );
  try {
    state.business = await client.state();
  } catch (error) {
    if (!(error instanceof AppleApiError)) throw error;
    addFailure(error.toFailure());
  }
}
async function serverTokenState(organization, service, run, state) {
  const api = "device-enrollment-api";
  if (service.type !== "external") return void 0;
  const declared = service.serviceToken;
  const skip = (reason) => void state.skipped.push({ api, subject: service.id, reason });
  if (declared?.ref === void 0) return skip("no `serviceToken.ref`");
  if (declared.privateKey === void 0) return skip("no `serviceToken.privateKey` to decrypt the server token");
  const unavailable = (reason) => ({ serviceId: service.id, outcome: "unavailable", failure: unusable2(api, reason) });
  const token = readCredential(declared.ref, organization, run);
  if ("skip" in token) return skip(`serviceToken.ref: ${token.skip}`);
  if ("refuse" in token) return unavailable(`serviceToken.ref ${token.refuse}`);
  const key = readCredential(declared.privateKey, organization, run);
  if ("skip" in key) return skip(`serviceToken.privateKey: ${key.skip}`);
  if ("refuse" in key) return unavailable(`serviceToken.privateKey ${key.refuse}`);
  const decrypted = decryptServerTokenCredentials(token.bytes, key.bytes);
  if (!decrypted.ok) return skip("the server token could not be decrypted (token-unreadable says why)");
  const { credentials } = decrypted;
  for (const secret of Object.values(credentials)) run.options.onSecret?.(secret);
  const client = new DeviceEnrollmentClient(run.http, run.endpoints.deviceEnrollment, credentials, run.options.userAgent ?? "abm-gitops", run.options.onSecret);
  return { serviceId: service.id, ...await client.check() };
}
async function contentTokenState(organization, entry, run, state) {
  const api = "apps-and-books-api";
  const skip = (reason) => void state.skipped.push({ api, subject: entry.id, reason });
  if (entry.ref === void 0) return skip("no `ref` to the content token");
  const token = readCredential(entry.ref, organization, run);
  if ("skip" in token) return skip(token.skip);
  if ("refuse" in token) return { contentTokenId: entry.id, outcome: "unavailable", failure: unusable2(api, token.refuse) };
  if (!readContentToken(token.value).ok) return skip("the content token could not be read (token-unreadable says why)");
  const client = new AppsAndBooksClient(run.http, run.endpoints.appsAndBooks, token.value.trim());
  return { contentTokenId: entry.id, ...await client.check() };
}

// src/apple/provider.ts
function appleLiveState(env, onSecret) {
  return (model) => fetchLiveState(model, env, { userAgent: appleUserAgent(), ...onSecret ? { onSecret } : {} });
}
function appleUserAgent() {
  return `abm-gitops/${toolVersion()}`;
}

export {
  AppleApiError,
  DEFAULT_HTTP_SETTINGS,
  HttpClient,
  AppsAndBooksClient,
  CLIENT_ASSERTION_AUDIENCE,
  BusinessApiClient,
  runnerVariableRefusal,
  checkClientId,
  checkKeyId,
  parseAppleApiKey,
  DeviceEnrollmentClient,
  APPLE_ENDPOINTS,
  resolveEndpoints,
  fetchLiveState,
  appleLiveState,
  appleUserAgent
};
