#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  createReferenceReader
} from "./chunk-NNO4W54U.js";
import {
  APPLE_APIS,
  APPLE_API_NAMES,
  decryptServerTokenCredentials,
  parseAppleDate,
  readContentToken
} from "./chunk-EUGHKTOP.js";
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
import { randomUUID, sign } from "node:crypto";
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
    const assertion = this.clientAssertion();
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
  /**
   * §1.2.2: ES256, `kid`, `iss` = `sub` = client ID, Apple's `aud`, `iat`, `exp`, a fresh `jti`.
   * Signed by Node directly (RFC 7515 compact form, RFC 7518 §3.4 raw `r || s`): a
   * JWT library imports the key into WebCrypto for every signature, five times
   * the cost of the signature itself when an MSP checks thousands of accounts.
   */
  clientAssertion() {
    const issuedAt = Math.floor(this.now().getTime() / 1e3);
    const header = { alg: "ES256", kid: this.credentials.keyId };
    const claims = {
      iss: this.credentials.clientId,
      sub: this.credentials.clientId,
      aud: CLIENT_ASSERTION_AUDIENCE,
      iat: issuedAt,
      exp: issuedAt + ASSERTION_LIFETIME_S,
      jti: randomUUID()
    };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = sign("sha256", Buffer.from(signingInput), { key: this.credentials.key, dsaEncoding: "ieee-p1363" });
    return `${signingInput}.${signature.toString("base64url")}`;
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
function base64url(text) {
  return Buffer.from(text, "utf8").toString("base64url");
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
    key = sec1KeyOf(block[0]) ?? createPrivateKey({ key: block[0], format: "pem" });
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
var SEC1_PEM = /^-----BEGIN EC PRIVATE\x20KEY-----\r?\n((?:[A-Za-z0-9+/=]{1,64}\r?\n)+)-----END EC PRIVATE\x20KEY-----$/;
function sec1KeyOf(pem) {
  const lines = SEC1_PEM.exec(pem)?.[1];
  if (lines === void 0) return void 0;
  const base64 = lines.replace(/\r?\n/g, "");
  const der = Buffer.from(base64, "base64");
  if (der.toString("base64") !== base64) return void 0;
  try {
    return createPrivateKey({ key: der, format: "der", type: "sec1" });
  } catch {
    return void 0;
  }
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
function unusable(api, reason) {
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
  if (shape !== void 0) return addFailure(unusable(api, shape));
  const secret = readCredential(declared.privateKey, organization, run);
  if ("skip" in secret) return void state.skipped.push({ api, reason: `spec.appleApi.privateKey: ${secret.skip}` });
  if ("refuse" in secret) return addFailure(unusable(api, `spec.appleApi.privateKey ${secret.refuse}`));
  const key = parseAppleApiKey(secret.value, declared.privateKey);
  if (!key.ok) return addFailure(unusable(api, key.reason));
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
  const unavailable = (reason) => ({ serviceId: service.id, outcome: "unavailable", failure: unusable(api, reason) });
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
  if ("refuse" in token) return { contentTokenId: entry.id, outcome: "unavailable", failure: unusable(api, token.refuse) };
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
