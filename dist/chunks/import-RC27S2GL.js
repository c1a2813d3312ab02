#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  AppleApiError,
  BusinessApiClient,
  HttpClient,
  checkClientId,
  checkKeyId,
  parseAppleApiKey,
  resolveEndpoints,
  runnerVariableRefusal
} from "./chunk-CFZF5V44.js";
import {
  booleanOption,
  envValue,
  secretFromEnv,
  stringOption
} from "./chunk-VMIERVG2.js";
import {
  IMPORT,
  PRODUCTS
} from "./chunk-BMAVTRGN.js";
import "./chunk-NNO4W54U.js";
import {
  BUILT_IN_ROLES,
  CONFIG_FILE_NAMES,
  DEFAULT_LIMITS,
  PASSPHRASE_NEEDED_REASON,
  WRONG_KEY_REASON,
  WRONG_PASSPHRASE_REASON,
  YamlEditError,
  decryptServerToken,
  describePath,
  detectArtifact,
  editYaml,
  escapeControlCharacters,
  nameKey,
  organization_schema_default,
  readCertificate,
  readContentToken,
  readServerToken,
  recipientMatchesCertificate,
  require_dist,
  roleIdForAppleName
} from "./chunk-EUGHKTOP.js";
import "./chunk-KUCBTSNI.js";
import "./chunk-FHVNIWH2.js";
import {
  UsageError
} from "./chunk-Y2FZCZNK.js";
import {
  __toESM
} from "./chunk-S7ZDPIFW.js";

// src/cli/commands/import.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute as isAbsolute3, join as join2, relative as relative3, resolve as resolve2 } from "node:path";

// src/import/build.ts
import { isAbsolute, relative, sep } from "node:path";

// src/import/names.ts
var BROWSER_COPY = /\s?\(\d+\)$/;
var CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g;
var SERVER_TOKEN_NAME = /^(.+)_Token_(.+?)_smime$/i;
var CONTENT_TOKEN_NAME = /^sToken_for_(.+)$/i;
var DOWNLOAD_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T_ ](\d{2})[-:_.](\d{2})[-:_.](\d{2})(?:\.\d+)?Z?)?$/;
function stem(fileName) {
  const base = fileName.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  const withoutExtension = dot > 0 ? base.slice(0, dot) : base;
  return withoutExtension.replace(CONTROL_CHARACTERS, " ").replace(BROWSER_COPY, "").trim();
}
function parseDownloadTime(text2) {
  const match = DOWNLOAD_TIME.exec(text2.trim());
  if (match === null) return void 0;
  const [, year, month, day, hour = "00", minute = "00", second = "00"] = match;
  const date = /* @__PURE__ */ new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}` ? void 0 : date;
}
function serverTokenName(fileName) {
  const name = stem(fileName);
  const match = SERVER_TOKEN_NAME.exec(name);
  if (match === null) return { service: name.replace(/_smime$/i, "") || name, conventional: false };
  const downloadedAt = parseDownloadTime(match[2] ?? "");
  return { service: match[1], conventional: true, ...downloadedAt ? { downloadedAt } : {} };
}
function contentTokenName(fileName) {
  const name = stem(fileName);
  const match = CONTENT_TOKEN_NAME.exec(name);
  return match === null ? { location: name, conventional: false } : { location: match[1].trim(), conventional: true };
}
function slug(name) {
  const ascii = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return ascii === "" ? void 0 : ascii.slice(0, 60).replace(/-+$/, "");
}
function uniqueId(name, fallback, taken) {
  const base = slug(name) ?? fallback;
  let id = base;
  for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}-${n}`;
  taken.add(id.toLowerCase());
  return id;
}
function envName(...parts) {
  const name = parts.map((part) => part.toUpperCase().replace(/[^A-Z0-9]+/g, "_")).join("_").replace(/_+/g, "_").replace(/^_|_$/g, "");
  return /^[0-9]/.test(name) ? `_${name}` : name;
}
var VENDOR_WORDS = [
  [/jamf/i, "jamf"],
  [/intune|microsoft|endpoint manager/i, "intune"],
  [/kandji|iru\b/i, "kandji"],
  [/mosyle/i, "mosyle"],
  [/fleet/i, "fleet"],
  [/n[-\s]?central/i, "n-central"],
  [/n[-\s]?sight/i, "n-sight"],
  [/nanomdm|nanodep|micromdm/i, "nanomdm"]
];
function guessVendor(serviceName) {
  const found = VENDOR_WORDS.find(([pattern]) => pattern.test(serviceName));
  return found ? { vendor: found[1], guessed: false } : { vendor: "other", guessed: true };
}

// src/import/build.ts
var YEAR_MS = 365 * 864e5;
function isoInstant(date) {
  return date.toISOString().replace(/\.000Z$/, "Z");
}
function buildImport(readings, options) {
  const result = {
    document: { apiVersion: "abm-gitops/v1", kind: "Organization", metadata: { name: options.organization }, spec: { product: options.product, units: [] } },
    variables: [],
    notes: [],
    skipped: [],
    secrets: [],
    estimated: /* @__PURE__ */ new WeakSet(),
    sources: /* @__PURE__ */ new WeakMap()
  };
  const context = new Context(options, result);
  for (const reading of readings) {
    if (reading.kind === "unreadable") result.skipped.push({ file: reading.file.shown, message: reading.reason });
    else if (reading.kind === "private-key") {
      result.secrets.push({ file: reading.file.shown, message: "a private key" });
      if (reading.locked !== void 0) result.skipped.push({ file: reading.file.shown, message: reading.locked });
    } else if (reading.kind === "decrypted-server-token") result.secrets.push({ file: reading.file.shown, message: "a decrypted server token" });
    else if (reading.kind === "content-token") result.secrets.push({ file: reading.file.shown, message: "a content token" });
    else if ((reading.kind === "apns-certificate" || reading.kind === "public-key") && reading.secret)
      result.secrets.push({ file: reading.file.shown, message: "a certificate together with its private key" });
  }
  const orgName = context.decideOrgName(readings.filter((r) => r.kind === "content-token"));
  if (orgName !== void 0) result.document.metadata.displayName = orgName;
  context.addPrimaryUnit(orgName);
  context.addServices(readings);
  context.addContentTokens(
    readings.filter((r) => r.kind === "content-token"),
    orgName
  );
  const spec = result.document.spec;
  if (spec.deviceManagementServices?.length === 0) delete spec.deviceManagementServices;
  if (spec.contentTokens?.length === 0) delete spec.contentTokens;
  return result;
}
var Context = class {
  constructor(options, result) {
    this.options = options;
    this.result = result;
  }
  options;
  result;
  unitIds = /* @__PURE__ */ new Set();
  serviceIds = /* @__PURE__ */ new Set();
  tokenIds = /* @__PURE__ */ new Set();
  unitsByName = /* @__PURE__ */ new Map();
  get spec() {
    return this.result.document.spec;
  }
  note(file, message) {
    this.result.notes.push(file === void 0 ? { message } : { file, message });
  }
  skip(file, message) {
    this.result.skipped.push({ file, message });
  }
  /** `file:` + the path from the organization file, or undefined (and a note) when it lies outside the repository. */
  fileRef(reading) {
    const fromRoot = relative(this.options.repositoryRoot, reading.file.absolute);
    if (fromRoot === ".." || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) {
      this.note(
        reading.file.shown,
        "outside the repository, so the document cannot point at it (a `file:` ref must stay inside): copy it into the repository and import again to add its `ref`"
      );
      return void 0;
    }
    const path = relative(this.options.documentFolder, reading.file.absolute).split(sep).join("/");
    if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(path)) {
      this.note(reading.file.shown, "its name holds a line break or control character, which a `file:` reference cannot: rename the file and import again to add its `ref`");
      return void 0;
    }
    return `file:${path}`;
  }
  /** A certificate file is referenced where it lies; one that holds its private key too is a secret, taken from a variable. */
  certificateRef(certificate, service, suffix, what) {
    if (!certificate.secret) return this.fileRef(certificate);
    const name = envName(this.options.organization, service.id, suffix);
    this.result.variables.push({
      name,
      from: certificate.file.shown,
      what: `the ${what} with its private key for ${service.name ?? service.id}`,
      ...certificate.binary ? { encoding: "base64" } : {},
      sha256: certificate.sha256
    });
    return `env:${name}`;
  }
  /** The organization's name in Apple: the known one, else the one most content tokens carry. */
  decideOrgName(tokens) {
    if (this.options.knownOrgName !== void 0) return this.options.knownOrgName;
    const counts = /* @__PURE__ */ new Map();
    for (const token of tokens) {
      const entry = counts.get(nameKey(token.orgName)) ?? { name: token.orgName, count: 0 };
      entry.count++;
      counts.set(nameKey(token.orgName), entry);
    }
    const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
    if (ranked.length > 1 && ranked[0].count === ranked[1].count) {
      this.note(
        void 0,
        `the content tokens belong to ${ranked.length} organizations (${ranked.map((entry) => JSON.stringify(entry.name)).join(", ")}) in equal numbers: import one customer's folder at a time`
      );
      return void 0;
    }
    return ranked[0]?.name;
  }
  addPrimaryUnit(orgName) {
    const name = orgName ?? this.options.organization;
    const unit = { id: uniqueId(name, "main", this.unitIds), name, primary: true };
    if (orgName === void 0) {
      this.note(void 0, `the primary unit's name "${name}" is a placeholder: no content token says the organization's name; write the name Apple's portal shows`);
      this.result.placeholderUnit = unit;
    }
    this.spec.units.push(unit);
    this.unitsByName.set(nameKey(name), unit);
  }
  unitFor(location) {
    const known = this.unitsByName.get(nameKey(location));
    if (known) return known;
    const unit = { id: uniqueId(location, "unit", this.unitIds), name: location };
    this.spec.units.push(unit);
    this.unitsByName.set(nameKey(location), unit);
    return unit;
  }
  addContentTokens(tokens, orgName) {
    const chosen = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Map();
    for (const token of tokens) {
      if (orgName === void 0 || nameKey(token.orgName) !== nameKey(orgName)) {
        const whose = orgName === void 0 ? "" : `, not ${JSON.stringify(orgName)}`;
        this.skip(token.file.shown, `a content token of another organization (${JSON.stringify(token.orgName)}${whose}): not imported`);
        continue;
      }
      const same = seen.get(token.sha256);
      if (same) {
        this.note(token.file.shown, `the same token as ${same.file.shown} (same sha256): imported once`);
        continue;
      }
      seen.set(token.sha256, token);
      if (!token.name.conventional)
        this.note(
          token.file.shown,
          `its name does not follow Apple's sToken_for_<location>.vpptoken, so its unit is named after the file ("${token.name.location}"): check the unit`
        );
      const unit = this.unitFor(token.name.location);
      const other = chosen.get(unit);
      if (other === void 0) {
        chosen.set(unit, token);
        continue;
      }
      const [newer, older] = token.expiresAt > other.expiresAt ? [token, other] : [other, token];
      chosen.set(unit, newer);
      this.skip(older.file.shown, `an older content token for unit ${unit.id} than ${newer.file.shown} (expires ${isoInstant(older.expiresAt)}): not imported`);
    }
    const entries = [];
    for (const [unit, token] of chosen) {
      const variable = envName("VPP_TOKEN", this.options.organization, unit.id);
      const entry = {
        id: uniqueId(`${unit.id}-apps`, "apps", this.tokenIds),
        unit: unit.id,
        ref: `env:${variable}`,
        sha256: token.sha256,
        expiresAt: isoInstant(token.expiresAt)
      };
      this.result.sources.set(entry, token.file.shown);
      if (!this.result.sources.has(unit)) this.result.sources.set(unit, token.file.shown);
      entries.push(entry);
      this.result.variables.push({ name: variable, from: token.file.shown, what: `the content token for ${unit.name}`, sha256: token.sha256 });
    }
    if (entries.length > 0) this.spec.contentTokens = entries;
  }
  addServices(readings) {
    const tokens = this.newestPerService(readings.filter((r) => r.kind === "service-token"));
    const publicKeys = readings.filter((r) => r.kind === "public-key");
    const apns = readings.filter((r) => r.kind === "apns-certificate");
    const usedKeys = /* @__PURE__ */ new Set();
    const services = [];
    for (const token of tokens) {
      const service = this.serviceFor(token);
      const certificate = publicKeys.find((candidate) => recipientMatchesCertificate(token, candidate.certificate));
      if (certificate) {
        usedKeys.add(certificate);
        const ref = this.certificateRef(certificate, service, "PUBLIC_KEY", "public key certificate");
        if (ref !== void 0) service.publicKey = { ref, sha256: certificate.sha256 };
        if (service.publicKey) this.result.sources.set(service.publicKey, certificate.file.shown);
      } else {
        const recipient = token.recipients[0];
        this.note(
          token.file.shown,
          `no public key certificate here is its recipient (${recipient?.issuer ?? "unknown"}, serial ${recipient?.serialNumber ?? "?"}): add the certificate you uploaded to Apple to check it`
        );
      }
      services.push({ service, token });
    }
    for (const certificate of publicKeys) {
      if (usedKeys.has(certificate)) continue;
      const twin = [...usedKeys].find((used) => used.certificate.sha256Fingerprint === certificate.certificate.sha256Fingerprint);
      this.skip(
        certificate.file.shown,
        twin ? `the same certificate as ${twin.file.shown}: imported once` : "a certificate that no server token here was made for: not imported (import it together with its service token)"
      );
    }
    this.attachApns(apns, services);
    if (services.length > 0) this.spec.deviceManagementServices = services.map((entry) => inSpecOrder(entry.service));
  }
  /** One token per service name: a second download of the same service replaced the first at Apple. */
  newestPerService(tokens) {
    const byName = /* @__PURE__ */ new Map();
    const when = (token) => token.expiresAt?.getTime() ?? (token.name.downloadedAt?.getTime() ?? 0) + YEAR_MS;
    for (const token of tokens) {
      const key = nameKey(token.name.service);
      const other = byName.get(key);
      if (other !== void 0 && other.sha256 === token.sha256) {
        this.note(token.file.shown, `the same token as ${other.file.shown} (same sha256): imported once`);
        continue;
      }
      if (other === void 0 || when(token) > when(other)) byName.set(key, token);
      if (other !== void 0) {
        const older = byName.get(key) === token ? other : token;
        this.skip(older.file.shown, `an older server token for service "${token.name.service}" than ${byName.get(key).file.shown}: not imported`);
      }
    }
    return [...byName.values()];
  }
  serviceFor(token) {
    const name = token.name.service;
    const { vendor, guessed } = guessVendor(name);
    const service = { id: uniqueId(name, "service", this.serviceIds), type: "external", name, vendor };
    if (!token.name.conventional)
      this.note(
        token.file.shown,
        `its name does not follow Apple's <service>_Token_<date>_smime.p7m, so the service is named after the file ("${name}"): write the name Apple's portal shows`
      );
    if (guessed) this.note(token.file.shown, `vendor of service "${name}" set to other: the name does not say which MDM it is; set vendor`);
    const serviceToken = this.serviceToken(token, service);
    if (serviceToken) service.serviceToken = serviceToken;
    this.result.sources.set(service, token.file.shown);
    if (serviceToken) this.result.sources.set(serviceToken, token.file.shown);
    return service;
  }
  serviceToken(token, service) {
    const ref = this.fileRef(token);
    const downloadedAt = token.name.downloadedAt;
    let expiresAt = token.expiresAt;
    let estimated = false;
    if (expiresAt === void 0) {
      if (downloadedAt === void 0) {
        this.skip(
          token.file.shown,
          `its expiry is unknown: no private key decrypts it${token.undecrypted ? ` (${token.undecrypted})` : ""} and its name carries no download date; give --private-key`
        );
        return void 0;
      }
      expiresAt = new Date(downloadedAt.getTime());
      expiresAt.setUTCFullYear(expiresAt.getUTCFullYear() + 1);
      estimated = true;
      this.note(
        token.file.shown,
        `expiresAt ${isoInstant(expiresAt)} is estimated (downloaded ${isoInstant(downloadedAt)} + one year): ${token.undecrypted ?? "give --private-key to read the real expiry"}`
      );
    }
    const entry = {
      ...ref !== void 0 ? { ref } : {},
      sha256: token.sha256,
      ...token.decryptedWith ? { privateKey: `env:${token.decryptedWith.envName}` } : {},
      ...downloadedAt !== void 0 ? { downloadedAt: isoInstant(downloadedAt) } : {},
      expiresAt: isoInstant(expiresAt)
    };
    if (token.decryptedWith) this.keyVariable(token.decryptedWith, service);
    if (estimated) this.result.estimated.add(entry);
    return entry;
  }
  keyVariable(key, service) {
    const known = this.result.variables.find((variable) => variable.name === key.envName);
    if (known) {
      known.what = `${known.what}, ${service.name}`;
      return;
    }
    this.result.variables.push({ name: key.envName, from: key.label, what: `the private key that decrypts the server token of ${service.name}` });
  }
  /** The variable `--passphrase` named, to set wherever validate runs (CI) as well. */
  passphraseVariable(certificate, service) {
    const name = certificate.passphraseEnv;
    if (!this.result.variables.some((variable) => variable.name === name)) {
      this.result.variables.push({ name, from: `--passphrase env:${name}`, what: `the passphrase of the APNs push certificate for ${service.name ?? service.id}` });
    }
    return name;
  }
  /** An APNs certificate goes to the service its file name names, else the one whose token sits in the same folder, else the only one. */
  attachApns(certificates, services) {
    const chosen = /* @__PURE__ */ new Map();
    for (const certificate of certificates) {
      const target = this.apnsTarget(certificate, services);
      if (target === void 0) {
        const why = services.length === 0 ? "there is no server token here to tie it to a service" : "its name does not say which service it belongs to";
        this.skip(
          certificate.file.shown,
          `an APNs certificate (${certificate.certificate.apnsTopic ?? "no topic"}) not imported: ${why}; name the file after the service (e.g. "<service>_apns.pem") or import it with that service's token`
        );
        continue;
      }
      const other = chosen.get(target);
      if (other === void 0 || certificate.certificate.notAfter > other.certificate.notAfter) chosen.set(target, certificate);
      if (other !== void 0) {
        const older = chosen.get(target) === certificate ? other : certificate;
        this.skip(older.file.shown, `an older APNs certificate for service "${target.name}" than ${chosen.get(target).file.shown}: not imported`);
      }
    }
    for (const [service, certificate] of chosen) {
      const ref = this.certificateRef(certificate, service, "APNS", "APNs push certificate");
      const entry = {
        ...ref !== void 0 ? { ref } : {},
        ...certificate.passphraseEnv !== void 0 ? { passphrase: `env:${this.passphraseVariable(certificate, service)}` } : {},
        sha256: certificate.sha256,
        downloadedAt: isoInstant(certificate.certificate.notBefore),
        expiresAt: isoInstant(certificate.certificate.notAfter)
      };
      service.apnsCertificate = entry;
      this.result.sources.set(entry, certificate.file.shown);
    }
  }
  apnsTarget(certificate, services) {
    const name = nameKey(stem(certificate.file.shown)).replace(/[\s_-]+/g, " ");
    const named = services.filter(({ service }) => [service.name ?? "", service.id].some((label) => name.includes(nameKey(label).replace(/[\s_-]+/g, " "))));
    if (named.length === 1) return named[0].service;
    const folder = (path) => path.slice(0, Math.max(0, path.lastIndexOf(sep)));
    const beside = services.filter(({ token }) => folder(token.file.absolute) === folder(certificate.file.absolute));
    if (beside.length === 1) return beside[0].service;
    return services.length === 1 ? services[0].service : void 0;
  }
};
function inSpecOrder(service) {
  const { publicKey, serviceToken, apnsCertificate, ...rest } = service;
  return { ...rest, ...publicKey ? { publicKey } : {}, ...serviceToken ? { serviceToken } : {}, ...apnsCertificate ? { apnsCertificate } : {} };
}

// src/import/merge.ts
var DAY_MS = 864e5;
var DATE_KEYS = /* @__PURE__ */ new Set(["expiresAt", "downloadedAt"]);
var ARTIFACT_KEYS = ["publicKey", "serviceToken", "apnsCertificate"];
function isData(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function list(value) {
  return Array.isArray(value) ? value.map((item) => isData(item) ? item : {}) : [];
}
function text(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}
function sameValue(key, declared, found) {
  if (DATE_KEYS.has(key) && typeof declared === "string" && typeof found === "string") {
    const a = Date.parse(/T/.test(declared) ? declared : `${declared}T00:00:00Z`);
    const b = Date.parse(found);
    if (!Number.isNaN(a) && !Number.isNaN(b)) return Math.abs(a - b) <= DAY_MS;
  }
  if (key === "sha256" && typeof declared === "string" && typeof found === "string") return declared.trim().toLowerCase() === found.toLowerCase();
  if (key === "name" && typeof declared === "string" && typeof found === "string") return declared === found;
  return declared === found;
}
function planMerge(existing, imported) {
  const plan = new Planner(existing, imported);
  plan.metadata();
  const unitIds = plan.units();
  plan.services();
  plan.contentTokens(unitIds);
  plan.accounts();
  plan.appleApi();
  return plan.result();
}
var Planner = class {
  constructor(existing, imported) {
    this.existing = existing;
    this.imported = imported;
    this.importedDoc = imported.document;
    this.spec = isData(existing.spec) ? existing.spec : {};
  }
  existing;
  imported;
  edits = [];
  conflicts = [];
  added = [];
  renamed = /* @__PURE__ */ new Map();
  importedDoc;
  spec;
  result() {
    return { edits: this.edits, conflicts: this.conflicts, added: this.added, renamedVariables: this.renamed };
  }
  source(entry) {
    return (entry && this.imported.sources.get(entry)) ?? "the imported files";
  }
  /** Adds keys to the mapping at `path`, batching with an earlier add to the same mapping. */
  add(path, entries) {
    const same = this.edits.find((edit) => edit.op === "add" && edit.path.join("\0") === path.join("\0"));
    if (same && same.op === "add") Object.assign(same.entries, entries);
    else this.edits.push({ op: "add", path, entries: { ...entries } });
  }
  append(listKey, item) {
    if (!(listKey in this.spec)) {
      const same2 = this.edits.find((edit) => edit.op === "add" && edit.path.join("\0") === "spec" && listKey in edit.entries);
      if (same2 && same2.op === "add") same2.entries[listKey].push(item);
      else this.add(["spec"], { [listKey]: [item] });
      return;
    }
    const same = this.edits.find((edit) => edit.op === "append" && edit.path.join("\0") === `spec\0${listKey}`);
    if (same && same.op === "append") same.items.push(item);
    else this.edits.push({ op: "append", path: ["spec", listKey], items: [item] });
  }
  conflict(path, declared, found, source) {
    this.conflicts.push({ path, declared: text(declared), found: text(found), source });
  }
  /** Fills the keys `target` lacks from `incoming`; reports the ones it has with another value. */
  fill(target, incoming, path, label, skipKeys = /* @__PURE__ */ new Set()) {
    const missing = {};
    for (const [key, value] of Object.entries(incoming)) {
      if (skipKeys.has(key)) continue;
      const declared = target[key];
      if (declared === void 0) {
        missing[key] = value;
        continue;
      }
      if (isData(value) && isData(declared)) continue;
      if (key === "expiresAt" && this.imported.estimated.has(incoming)) continue;
      if (this.sameVariable(key, declared, value)) continue;
      if (!sameValue(key, declared, value)) this.conflict(`${label}.${key}`, declared, value, this.source(incoming));
    }
    if (Object.keys(missing).length > 0) {
      this.add(path, missing);
      this.added.push(`${label}: ${Object.keys(missing).join(", ")}`);
    }
  }
  /** A secret the file already takes from another variable is the same secret: only the name to set differs. */
  sameVariable(key, declared, found) {
    if (key !== "ref" && key !== "privateKey" || typeof declared !== "string" || typeof found !== "string") return false;
    if (!declared.startsWith("env:") || !found.startsWith("env:")) return false;
    if (declared !== found) this.renamed.set(found.slice(4), declared.slice(4));
    return true;
  }
  metadata() {
    const displayName = this.importedDoc.metadata.displayName;
    const metadata = this.existing.metadata;
    if (displayName === void 0 || !isData(metadata)) return;
    if (metadata.displayName === void 0) {
      this.add(["metadata"], { displayName });
      this.added.push("metadata.displayName");
    } else if (nameKey(text(metadata.displayName)) !== nameKey(displayName)) {
      this.conflict("metadata.displayName", metadata.displayName, displayName, "the content tokens (orgName)");
    }
  }
  /** Imported unit id → the id it has in the file. */
  units() {
    const declared = list(this.spec.units);
    const ids = new Set(declared.map((unit) => text(unit.id).toLowerCase()));
    const mapping = /* @__PURE__ */ new Map();
    for (const unit of this.importedDoc.spec.units) {
      let index = declared.findIndex((candidate) => typeof candidate.name === "string" && nameKey(candidate.name) === nameKey(unit.name));
      if (index === -1 && unit.primary) index = declared.findIndex((candidate) => candidate.primary === true);
      const match = declared[index];
      if (match !== void 0) {
        mapping.set(unit.id, text(match.id));
        if (!sameValue("name", match.name, unit.name)) this.conflict(`spec.units[${text(match.id)}].name`, match.name, unit.name, this.source(unit));
        continue;
      }
      const id = freeId(unit.id, ids);
      mapping.set(unit.id, id);
      const hasPrimary = declared.some((candidate) => candidate.primary === true);
      const entry = { ...unit, id, ...hasPrimary ? { primary: void 0 } : {} };
      if (hasPrimary) delete entry.primary;
      this.append("units", entry);
      this.added.push(`unit ${id} (${unit.name})`);
    }
    return mapping;
  }
  services() {
    const declared = list(this.spec.deviceManagementServices);
    const ids = new Set(declared.map((service) => text(service.id).toLowerCase()));
    for (const service of this.importedDoc.spec.deviceManagementServices ?? []) {
      const index = declared.findIndex((candidate) => sameServiceType(candidate, service) || sameService(candidate, service));
      const match = declared[index];
      if (match === void 0) {
        const id = freeId(service.id, ids);
        this.append("deviceManagementServices", { ...service, id });
        this.added.push(`service ${id} (${service.name ?? ""})`);
        continue;
      }
      const label = `spec.deviceManagementServices[${text(match.id)}]`;
      const path = ["spec", "deviceManagementServices", index];
      this.fill(match, service, path, label, /* @__PURE__ */ new Set(["id", ...ARTIFACT_KEYS]));
      for (const key of ARTIFACT_KEYS) {
        const incoming = service[key];
        if (incoming === void 0) continue;
        const current = match[key];
        if (current === void 0) {
          this.add(path, { [key]: incoming });
          this.added.push(`${label}.${key}`);
        } else if (isData(current)) {
          this.fill(current, incoming, [...path, key], `${label}.${key}`);
        }
      }
    }
  }
  contentTokens(unitIds) {
    const declared = list(this.spec.contentTokens);
    const ids = new Set(declared.map((token) => text(token.id).toLowerCase()));
    for (const token of this.importedDoc.spec.contentTokens ?? []) {
      const unit = unitIds.get(token.unit) ?? token.unit;
      const incoming = { ...token, unit };
      let index = declared.findIndex(
        (candidate) => candidate.sha256 !== void 0 && sameValue("sha256", candidate.sha256, token.sha256) || candidate.ref !== void 0 && candidate.ref === token.ref
      );
      if (index === -1) index = declared.findIndex((candidate) => candidate.unit === unit);
      const match = declared[index];
      if (match === void 0) {
        const id = freeId(token.id, ids);
        this.append("contentTokens", { ...incoming, id });
        this.imported.sources.set(incoming, this.source(token));
        this.added.push(`content token ${id} (unit ${unit})`);
        continue;
      }
      this.imported.sources.set(incoming, this.source(token));
      this.fill(match, incoming, ["spec", "contentTokens", index], `spec.contentTokens[${text(match.id)}]`, /* @__PURE__ */ new Set(["id"]));
    }
  }
  accounts() {
    const declared = list(this.spec.accounts);
    for (const account of this.importedDoc.spec.accounts ?? []) {
      const index = declared.findIndex((candidate) => typeof candidate.id === "string" && candidate.id.toLowerCase() === account.id.toLowerCase());
      const match = declared[index];
      if (match === void 0) {
        this.append("accounts", account);
        this.added.push(`account ${account.id} (${account.role})`);
        continue;
      }
      this.fill(match, account, ["spec", "accounts", index], `spec.accounts[${text(match.id)}]`, /* @__PURE__ */ new Set(["id"]));
    }
  }
  appleApi() {
    const incoming = this.importedDoc.spec.appleApi;
    if (incoming === void 0) return;
    const current = this.spec.appleApi;
    if (current === void 0) {
      this.add(["spec"], { appleApi: { ...incoming } });
      this.added.push("spec.appleApi");
    } else if (isData(current)) {
      this.fill(current, incoming, ["spec", "appleApi"], "spec.appleApi");
    }
  }
};
function sameServiceType(declared, incoming) {
  return incoming.type === "built-in" && declared.type === "built-in";
}
function sameService(declared, incoming) {
  const token = isData(declared.serviceToken) ? declared.serviceToken : {};
  if (token.sha256 !== void 0 && incoming.serviceToken?.sha256 !== void 0 && sameValue("sha256", token.sha256, incoming.serviceToken.sha256)) return true;
  for (const key of ARTIFACT_KEYS) {
    const ref = isData(declared[key]) ? declared[key].ref : void 0;
    if (ref !== void 0 && ref === incoming[key]?.ref) return true;
  }
  if (incoming.type === "built-in") return false;
  return typeof declared.name === "string" && incoming.name !== void 0 && nameKey(declared.name) === nameKey(incoming.name);
}
function freeId(wanted, taken) {
  let id = wanted;
  for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${wanted}-${n}`;
  taken.add(id.toLowerCase());
  return id;
}

// src/import/read-files.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from "node:fs";
import { isAbsolute as isAbsolute2, join, relative as relative2, resolve, sep as sep2 } from "node:path";
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([".git", "node_modules"]);
var DEFAULT_MAX_FILES = 1e4;
var DEFAULT_MAX_DEPTH = 16;
function collectFiles(paths, options) {
  const state = {
    ...options,
    maxFiles: options.maxFiles ?? DEFAULT_MAX_FILES,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    files: [],
    skipped: [],
    seen: /* @__PURE__ */ new Set(),
    capped: false
  };
  const missing = [];
  for (const path of paths) {
    const absolute = resolve(options.cwd, path);
    let stats;
    try {
      stats = lstatSync(absolute);
    } catch (error) {
      if (code(error) === "ENOENT" || code(error) === "ENOTDIR") missing.push(path);
      else state.skipped.push({ shown: path, reason: `cannot be read (${describeCode(error)})` });
      continue;
    }
    let boundary;
    try {
      boundary = realpathSync(stats.isDirectory() ? absolute : resolve(absolute, ".."));
    } catch (error) {
      state.skipped.push({ shown: path, reason: `cannot be resolved (${describeCode(error)})` });
      continue;
    }
    if (stats.isSymbolicLink()) visitLink(state, absolute, boundary, 0, true);
    else visit(state, absolute, stats, boundary, 0);
  }
  if (state.capped)
    state.skipped.push({ shown: paths.join(" "), reason: `more than ${state.maxFiles} files: the rest was not read (give the customer's folder, not a whole disk)` });
  return { files: state.files, skipped: state.skipped, missing };
}
function shown(state, absolute) {
  const rest = relative2(state.cwd, absolute);
  return rest !== "" && !rest.startsWith(`..${sep2}`) && rest !== ".." && !isAbsolute2(rest) ? rest.split(sep2).join("/") : absolute;
}
function visit(state, absolute, stats, boundary, depth) {
  if (state.capped) return;
  if (stats.isSymbolicLink()) return visitLink(state, absolute, boundary, depth, false);
  if (stats.isDirectory()) return visitFolder(state, absolute, boundary, depth);
  if (!stats.isFile()) return skip(state, absolute, `not a regular file (${fileType(stats)}): not read`);
  readOne(state, absolute, absolute);
}
function visitFolder(state, folder, boundary, depth) {
  if (depth > state.maxDepth) return skip(state, folder, `nested more than ${state.maxDepth} folders deep: not read`);
  let names;
  try {
    names = readdirSync(folder).sort();
  } catch (error) {
    return skip(state, folder, `this folder cannot be read (${describeCode(error)})`);
  }
  for (const name of names) {
    if (SKIPPED_FOLDERS.has(name)) continue;
    const child = join(folder, name);
    let stats;
    try {
      stats = lstatSync(child);
    } catch (error) {
      skip(state, child, `cannot be read (${describeCode(error)})`);
      continue;
    }
    visit(state, child, stats, boundary, depth + 1);
  }
}
function visitLink(state, link, boundary, depth, given) {
  let target;
  try {
    target = realpathSync(link);
  } catch (error) {
    return skip(state, link, code(error) === "ELOOP" ? "a symlink loop: not followed" : "a symlink to nothing (its target is missing)");
  }
  if (!given && !inside(boundary, target)) return skip(state, link, "a symlink that leads outside the folder: not followed");
  let stats;
  try {
    stats = lstatSync(target);
  } catch (error) {
    return skip(state, link, `cannot be read (${describeCode(error)})`);
  }
  if (stats.isDirectory()) return given ? visitFolder(state, target, target, depth) : skip(state, link, "a symlink to a folder: not followed (give the folder itself)");
  if (!stats.isFile()) return skip(state, link, `a symlink to something that is not a regular file (${fileType(stats)}): not read`);
  readOne(state, link, target);
}
function readOne(state, absolute, real) {
  if (state.files.length >= state.maxFiles) {
    state.capped = true;
    return;
  }
  const realKey = safeRealpath(real);
  if (state.seen.has(realKey)) return;
  state.seen.add(realKey);
  const result = readBounded(real, state.maxFileBytes);
  if (typeof result === "string") return skip(state, absolute, result);
  state.files.push({ absolute, shown: shown(state, absolute), bytes: result });
}
function readBounded(path, maxBytes) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    return `cannot be read (${describeCode(error)})`;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return `not a regular file (${fileType(stats)}): not read`;
    if (stats.size === 0) return "empty";
    if (stats.size > maxBytes) return `${stats.size} bytes, over the ${maxBytes}-byte cap for a token or certificate: not read`;
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (let count = -1; count !== 0 && length < buffer.length; length += count) count = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) return `over the ${maxBytes}-byte cap for a token or certificate: not read`;
    return buffer.subarray(0, length);
  } catch (error) {
    return `cannot be read (${describeCode(error)})`;
  } finally {
    closeSync(fd);
  }
}
function skip(state, absolute, reason) {
  state.skipped.push({ shown: shown(state, absolute), reason });
}
function inside(base, path) {
  const rest = relative2(base, path);
  return rest === "" || !rest.startsWith(`..${sep2}`) && rest !== ".." && !isAbsolute2(rest);
}
function safeRealpath(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function fileType(stats) {
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isDirectory()) return "a folder";
  return "not a file";
}
function code(error) {
  return error.code;
}
function describeCode(error) {
  const value = code(error);
  if (value === "EACCES" || value === "EPERM") return "permission denied";
  if (value === "ELOOP") return "a symlink loop";
  if (value === "EISDIR") return "a folder";
  return value ?? "read failed";
}

// src/import/readings.ts
import { createHash } from "node:crypto";
var ARTIFACT_EXTENSION = /\.(p7m|vpptoken|pem|der|cer|crt|p12|pfx|key)$/i;
function readArtifact(file, bytes, keys, passphrase) {
  const kind = detectArtifact(bytes);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  switch (kind) {
    case "service-token":
      return readToken(file, bytes, sha256, keys);
    case "content-token": {
      const token = readContentToken(bytes);
      if (!token.ok) return { kind: "unreadable", file, reason: token.reason };
      return { kind: "content-token", file, sha256, name: contentTokenName(file.shown), orgName: token.orgName, expiresAt: token.expiresAt };
    }
    case "certificate": {
      const opened = openCertificate(bytes, passphrase);
      if (!opened.certificate.ok)
        return {
          kind: "unreadable",
          file,
          reason: isPassphraseReason(opened.certificate.reason) ? lockedReason(opened.certificate.reason, passphrase) : opened.certificate.reason
        };
      return certificateReading(file, sha256, opened.certificate, opened.passphraseEnv);
    }
    case "private-key": {
      const { certificate, passphraseEnv } = openCertificate(bytes, passphrase);
      if (certificate.ok && certificate.isApnsCertificate) return certificateReading(file, sha256, certificate, passphraseEnv);
      if (!certificate.ok && isPassphraseReason(certificate.reason)) return { kind, file, sha256, locked: lockedReason(certificate.reason, passphrase) };
      return { kind, file, sha256 };
    }
    case "decrypted-server-token":
      return { kind, file, sha256 };
    case "unknown":
      return ARTIFACT_EXTENSION.test(file.shown) ? { kind: "unreadable", file, reason: unknownReason(bytes) } : { kind: "ignored", file, reason: "not a token or certificate" };
  }
}
function certificateReading(file, sha256, certificate, passphraseEnv) {
  return {
    kind: certificate.isApnsCertificate ? "apns-certificate" : "public-key",
    file,
    sha256,
    certificate,
    secret: certificate.holdsPrivateKey,
    binary: certificate.encoding !== "pem",
    ...passphraseEnv !== void 0 ? { passphraseEnv } : {}
  };
}
function openCertificate(bytes, passphrase) {
  const certificate = readCertificate(bytes);
  if (certificate.ok || passphrase === void 0 || certificate.reason !== PASSPHRASE_NEEDED_REASON) return { certificate };
  return { certificate: readCertificate(bytes, { passphrase: passphrase.value }), passphraseEnv: passphrase.envName };
}
function isPassphraseReason(reason) {
  return reason === PASSPHRASE_NEEDED_REASON || reason === WRONG_PASSPHRASE_REASON;
}
function lockedReason(reason, passphrase) {
  return passphrase === void 0 || reason === PASSPHRASE_NEEDED_REASON ? "a .p12 protected by a passphrase, so its certificate was not imported: import again with `--passphrase env:NAME` (NAME: the variable that holds the passphrase)" : `a .p12 that the passphrase in ${passphrase.envName} does not open (the MAC does not verify), so its certificate was not imported: set ${passphrase.envName} to the passphrase it was exported with`;
}
function unknownReason(bytes) {
  const asToken = readContentToken(bytes);
  return !asToken.ok && !asToken.reason.includes("headers or PEM") ? asToken.reason : "not a server token, content token or certificate";
}
function readToken(file, bytes, sha256, keys) {
  const token = readServerToken(bytes);
  if (!token.ok) return { kind: "unreadable", file, reason: token.reason };
  const reading = { kind: "service-token", file, sha256, name: serverTokenName(file.shown), recipients: token.recipients };
  const reasons = [];
  for (const key of keys) {
    const decrypted = decryptServerToken(bytes, key.key);
    if (decrypted.ok) return { ...reading, expiresAt: decrypted.accessTokenExpiry, decryptedWith: key };
    if (decrypted.reason !== WRONG_KEY_REASON) reasons.push(`${key.label}: ${decrypted.reason}`);
  }
  if (keys.length === 0) return reading;
  return { ...reading, undecrypted: reasons.length > 0 ? reasons.join("; ") : `no private key given decrypts it (${keys.map((key) => key.label).join(", ")})` };
}

// src/import/render.ts
var import_yaml = __toESM(require_dist(), 1);
var ESTIMATE_COMMENT = " estimated from the download date: give --private-key to read the real one";
function renderDocument(document, estimated) {
  const doc = new import_yaml.Document(document);
  doc.commentBefore = ` yaml-language-server: $schema=${organization_schema_default.$id}`;
  document.spec.deviceManagementServices?.forEach((service, index) => {
    if (service.serviceToken === void 0 || !estimated.has(service.serviceToken)) return;
    const node = doc.getIn(["spec", "deviceManagementServices", index, "serviceToken", "expiresAt"], true);
    if ((0, import_yaml.isScalar)(node)) node.comment = ESTIMATE_COMMENT;
  });
  return doc.toString({ lineWidth: 0 });
}

// src/import/report.ts
function noteLine(note) {
  return escapeControlCharacters(note.file === void 0 ? note.message : `${note.file}: ${note.message}`);
}
function section(title, lines) {
  return lines.length === 0 ? [] : ["", title, ...lines.map((line) => `  ${line}`)];
}
function formatSummary(summary) {
  const { result } = summary;
  const spec = result.document.spec;
  const counts = `${spec.units.length} unit(s), ${spec.deviceManagementServices?.length ?? 0} service(s), ${spec.contentTokens?.length ?? 0} content token(s)`;
  const head = summary.target === "stdout" ? `imported ${result.document.metadata.name} from ${summary.filesRead} file(s): ${counts}` : summary.added.length === 0 ? `${escapeControlCharacters(summary.target)}: nothing to add (${summary.filesRead} file(s) read)` : `${escapeControlCharacters(summary.target)}: added ${summary.added.map(escapeControlCharacters).join("; ")} (${summary.filesRead} file(s) read)`;
  const width = result.variables.reduce((widest, variable) => Math.max(widest, variable.name.length), 0);
  const lines = [
    head,
    ...section(
      "Set these environment variables (secrets stay out of the repository; the sha256 in the file identifies each):",
      result.variables.map(
        (variable) => escapeControlCharacters(
          `${variable.name.padEnd(width)}  ${variable.what}: ${variable.encoding === "base64" ? "base64 of" : "the contents of"} ${variable.from}${variable.sha256 ? ` (sha256 ${variable.sha256})` : ""}`
        )
      )
    ),
    ...section("Keep these files out of git (they are secrets; validate reports them as committed-secret):", result.secrets.map(noteLine)),
    ...section("Check:", result.notes.map(noteLine)),
    ...section("Not imported:", result.skipped.map(noteLine)),
    ...section(
      "Conflicts, left as declared (edit by hand if the file is right):",
      summary.conflicts.map((conflict) => escapeControlCharacters(`${conflict.path}: declared ${conflict.declared}, ${conflict.source} says ${conflict.found}`))
    ),
    ...section("Not added, the place cannot be edited in place (add by hand):", summary.unplaced.map(escapeControlCharacters))
  ];
  if (summary.ignored > 0) lines.push("", `${summary.ignored} other file(s) were no token or certificate and were ignored.`);
  return `${lines.join("\n")}
`;
}
function insertionDiff(before, after, name) {
  const a = before === "" ? [] : before.split("\n");
  const b = after.split("\n");
  const added = [];
  let i = 0;
  for (const line of b) {
    if (i < a.length && a[i] === line) {
      added.push(false);
      i++;
    } else added.push(true);
  }
  if (i < a.length) return fullDiff(a, b, name);
  const hunks = [];
  const context = 3;
  let index = 0;
  let oldLine = 0;
  while (index < b.length) {
    if (!added[index]) {
      index++;
      oldLine++;
      continue;
    }
    const start = Math.max(0, index - context);
    let end = index;
    while (end < b.length && (added[end] || added.slice(end, end + 2 * context + 1).some(Boolean))) end++;
    end = Math.min(b.length, end + context);
    const body = b.slice(start, end).map((line, offset) => `${added[start + offset] ? "+" : " "}${line}`);
    const oldCount = added.slice(start, end).filter((flag) => !flag).length;
    const oldStart = oldLine - (index - start) + 1;
    hunks.push(`@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${start + 1},${end - start} @@`);
    for (const line of body) hunks.push(line);
    oldLine += added.slice(index, end).filter((flag) => !flag).length;
    index = end;
  }
  return hunks.length === 0 ? "" : `--- a/${name}
+++ b/${name}
${hunks.join("\n")}
`;
}
function fullDiff(a, b, name) {
  return `--- a/${name}
+++ b/${name}
@@ -1,${a.length} +1,${b.length} @@
${[...a.map((line) => `-${line}`), ...b.map((line) => `+${line}`)].join("\n")}
`;
}

// src/import/from-apple.ts
var SOURCE = "the Apple Business API";
var ACCOUNT_ID = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
var STATUS = {
  ACTIVE: "active",
  NEW: "active",
  RELEASED: "active",
  LOCKED: "disabled",
  LOCKED_FOR_SHARED_IPAD: "disabled",
  DEACTIVATED: "disabled"
};
function applyAppleState(result, apple) {
  const spec = result.document.spec;
  const note = (message) => {
    result.notes.push({ file: SOURCE, message });
  };
  const unitIds = mergeUnits(result, apple, note);
  mergeServices(result, apple, note);
  const accounts = appleAccounts(result, apple.state.users, unitIds, note);
  if (accounts.length > 0) spec.accounts = accounts;
  if (spec.product === "apple-business-essentials") {
    note("spec.appleApi not written: Apple Business Essentials has no Apple Business API access");
  } else {
    spec.appleApi = { clientId: apple.clientId, keyId: apple.keyId, privateKey: apple.privateKey };
    result.sources.set(spec.appleApi, SOURCE);
  }
}
function mergeUnits(result, apple, note) {
  const spec = result.document.spec;
  const taken = new Set(spec.units.map((unit) => unit.id.toLowerCase()));
  const byApple = /* @__PURE__ */ new Map();
  const placeholder = result.placeholderUnit;
  if (placeholder) {
    spec.units.splice(spec.units.indexOf(placeholder), 1);
    taken.delete(placeholder.id.toLowerCase());
    delete result.placeholderUnit;
    result.notes = result.notes.filter((entry) => !entry.message.startsWith("the primary unit's name"));
  }
  for (const live of apple.state.units) {
    let unit = spec.units.find((candidate) => nameKey(candidate.name) === nameKey(live.name));
    if (unit && unit.name !== live.name) {
      note(`unit "${unit.name}" is spelled "${live.name}" in Apple: Apple's spelling is used`);
      unit.name = live.name;
    }
    if (!unit) {
      unit = { id: uniqueId(live.name, "unit", taken), name: live.name };
      spec.units.push(unit);
    }
    result.sources.set(unit, SOURCE);
    byApple.set(live.id, unit.id);
  }
  for (const unit of spec.units) {
    if (!apple.state.units.some((live) => nameKey(live.name) === nameKey(unit.name))) note(`Apple lists no unit named "${unit.name}" (it was named after a file): check its name`);
  }
  if (!spec.units.some((unit) => unit.primary === true)) {
    const first = spec.units[0];
    if (first) {
      first.primary = true;
      note(`the primary unit is "${first.name}", the first unit Apple lists: Apple's API does not say which unit is the primary one; check it`);
    }
  }
  if (spec.units.length === 0) spec.units.push(primaryPlaceholder(result));
  return byApple;
}
function primaryPlaceholder(result) {
  const name = result.document.metadata.name;
  result.notes.push({ message: `the primary unit's name "${name}" is a placeholder: Apple lists no unit; write the name Apple's portal shows` });
  return { id: name, name, primary: true };
}
function mergeServices(result, apple, note) {
  const spec = result.document.spec;
  const services = spec.deviceManagementServices ?? [];
  const taken = new Set(services.map((service) => service.id.toLowerCase()));
  for (const server of apple.state.mdmServers) {
    if (server.status !== "ACTIVE") {
      note(`service "${server.serverName}" not imported: Apple lists it as ${server.status}`);
      continue;
    }
    if (server.serverType === "APPLE_CONFIGURATOR") continue;
    if (server.serverType === "APPLE_MDM") {
      if (spec.product === "apple-business-manager") {
        note(`Apple's built-in service "${server.serverName}" not imported: Apple Business Manager has none (check spec.product)`);
      } else if (!services.some((service2) => service2.type === "built-in")) {
        const builtIn = { id: uniqueId("built-in", "built-in", taken), type: "built-in" };
        services.push(builtIn);
        result.sources.set(builtIn, SOURCE);
      }
      continue;
    }
    const known = services.find((service2) => service2.type === "external" && service2.name !== void 0 && nameKey(service2.name) === nameKey(server.serverName));
    if (known) {
      if (known.name !== server.serverName) note(`service "${known.name ?? ""}" is spelled "${server.serverName}" in Apple: Apple's spelling is used`);
      known.name = server.serverName;
      continue;
    }
    const { vendor, guessed } = guessVendor(server.serverName);
    const service = { id: uniqueId(server.serverName, "service", taken), type: "external", name: server.serverName, vendor };
    if (guessed) note(`vendor of service "${server.serverName}" set to other: the name does not say which MDM it is; set vendor`);
    services.push(service);
    result.sources.set(service, SOURCE);
  }
  if (services.length > 0) spec.deviceManagementServices = services;
}
function appleAccounts(result, users, unitIds, note) {
  const product = result.document.spec.product;
  const accounts = [];
  for (const user of [...users].sort((a, b) => a.managedAppleAccount.localeCompare(b.managedAppleAccount))) {
    const roles = user.roles.filter((role) => !/^staff$/i.test(role.roleName.trim()));
    if (roles.length === 0) continue;
    const mapped = roles.map((role) => ({ role, id: roleIdForAppleName(product, role.roleName) }));
    const known = mapped.filter((entry) => entry.id !== void 0);
    if (known.length === 0) {
      note(
        `account ${user.managedAppleAccount} not imported: its role "${roles[0].roleName}" is a custom role; declare it under spec.roles (Apple's API does not give its permissions) and import again with --into`
      );
      continue;
    }
    const chosen = known.reduce((best, entry) => permissionCount(product, entry.id) > permissionCount(product, best.id) ? entry : best);
    const others = [...new Set(roles.map((role) => role.roleName))].filter((name) => name !== chosen.role.roleName);
    if (others.length > 0) note(`account ${user.managedAppleAccount} also holds ${others.join(", ")} in Apple: the document records one role, ${chosen.id}`);
    if (!ACCOUNT_ID.test(user.managedAppleAccount)) {
      note(`account "${user.managedAppleAccount}" not imported: it is not a Managed Apple Account name (user@domain)`);
      continue;
    }
    const status = STATUS[user.status] ?? "active";
    const account = { id: user.managedAppleAccount, role: chosen.id, ...status !== "active" ? { status } : {} };
    if (chosen.role.unitId !== void 0 && !unitIds.has(chosen.role.unitId))
      note(`account ${user.managedAppleAccount}: its role is scoped to a unit Apple did not list (${chosen.role.unitId})`);
    accounts.push(account);
    result.sources.set(account, SOURCE);
  }
  return accounts;
}
function permissionCount(product, roleId) {
  return BUILT_IN_ROLES[product].find((role) => role.id === roleId)?.permissions.length ?? 0;
}

// src/cli/commands/import.ts
var NAME_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
var command = {
  ...IMPORT,
  async run(args, io) {
    const organization = requiredOrganization(args);
    const fromApple = booleanOption(args, "from-apple", false);
    if (args.positionals.length === 0 && !fromApple) {
      throw new UsageError("import needs token or certificate files or folders, or --from-apple: abm-gitops import <paths\u2026> --organization <name>");
    }
    const into = stringOption(args, "into");
    const intoPath = into === void 0 ? void 0 : resolve2(io.cwd, into);
    const existing = intoPath === void 0 ? void 0 : readExisting(intoPath, into, organization);
    const documentFolder = intoPath === void 0 ? io.cwd : dirname(intoPath);
    const apple = fromApple ? await appleAnswers(args, io) : void 0;
    const keys = fromApple ? [] : await explicitKeys(args, io, organization);
    const collection = collectFiles(args.positionals, { cwd: io.cwd, maxFileBytes: DEFAULT_LIMITS.maxFileBytes });
    if (collection.missing.length > 0) throw new UsageError(`import: ${collection.missing.join(", ")}: no such file or folder`);
    const folderKeys = collection.files.map((file) => ({ file, reading: readArtifact(file, file.bytes, []) })).filter(({ reading }) => reading.kind === "private-key").map(({ file }) => keyFromFile(file.shown, file.bytes, organization));
    const allKeys = [...keys, ...folderKeys];
    const passphraseSource = stringOption(args, "passphrase");
    const passphrase = passphraseSource === void 0 ? void 0 : secretFromEnv("--passphrase", passphraseSource, io.env);
    const passphraseOption = passphrase === void 0 ? void 0 : { envName: passphrase.name, value: passphrase.value };
    const readings = collection.files.map((file) => readArtifact(file, file.bytes, allKeys, passphraseOption));
    for (const skipped of collection.skipped) readings.push({ kind: "unreadable", file: { absolute: skipped.shown, shown: skipped.shown }, reason: skipped.reason });
    const result = buildImport(readings, {
      organization,
      product: existing?.product ?? stringOption(args, "product") ?? "apple-business",
      ...existing?.orgName !== void 0 ? { knownOrgName: existing.orgName } : {},
      documentFolder,
      repositoryRoot: repositoryRoot(documentFolder, io.cwd)
    });
    if (apple) applyAppleState(result, apple);
    const ignored = readings.filter((reading) => reading.kind === "ignored").length;
    const filesRead = collection.files.length;
    const dryRun = booleanOption(args, "dry-run", false);
    if (intoPath === void 0) {
      const text2 = renderDocument(result.document, result.estimated);
      const summary = formatSummary({ result, target: "stdout", added: [], conflicts: [], unplaced: [], ignored, filesRead });
      if (dryRun) io.stdout(insertionDiff("", text2, "organization.yml"));
      else io.stdout(text2);
      io.stderr(summary);
      return exitCode(result, 0);
    }
    const shownInto = relative3(io.cwd, intoPath) || into;
    const edit = existing === void 0 ? newFile(result) : editFile(existing, result, shownInto);
    if (dryRun) io.stdout(insertionDiff(existing?.text ?? "", edit.text, shownInto));
    else if (edit.text !== (existing?.text ?? void 0)) writeAtomically(intoPath, edit.text, shownInto);
    io.stdout(formatSummary({ result, target: shownInto, added: edit.added, conflicts: edit.conflicts, unplaced: edit.unplaced, ignored, filesRead }));
    return exitCode(result, edit.conflicts.length + edit.unplaced.length);
  }
};
function requiredOrganization(args) {
  const organization = stringOption(args, "organization");
  if (organization === void 0) throw new UsageError("import needs --organization <name>: the short name of the organization (metadata.name), e.g. acme");
  if (!NAME_PATTERN.test(organization)) throw new UsageError(`import: --organization must be lowercase letters, digits and dashes (e.g. acme), not "${organization}"`);
  return organization;
}
function exitCode(result, conflicts) {
  return result.skipped.length > 0 || conflicts > 0 ? 1 : 0;
}
function readExisting(path, shown2, organization) {
  if (!existsSync(path)) return void 0;
  const bytes = readBounded(path, DEFAULT_LIMITS.maxFileBytes);
  if (typeof bytes === "string") throw new UsageError(`import: --into ${shown2}: ${bytes}`);
  const text2 = bytes.toString("utf8");
  if (text2.replace(/^\uFEFF/, "").trim() === "") return void 0;
  const documents = (0, import_yaml2.parseAllDocuments)(text2, { merge: true });
  if (!Array.isArray(documents)) throw new UsageError(`import: --into ${shown2}: not a YAML file`);
  const broken = documents.find((document) => document.errors.length > 0);
  if (broken) throw new UsageError(`import: --into ${shown2}: the YAML does not parse (${broken.errors[0].message.split("\n", 1)[0]}); fix it first`);
  const names = [];
  for (const [documentIndex, document] of documents.entries()) {
    const data = document.toJS({ maxAliasCount: DEFAULT_LIMITS.maxAliasCount });
    const metadata = data?.metadata;
    if (data?.kind !== "Organization") continue;
    if (metadata?.name !== organization) {
      names.push(String(metadata?.name));
      continue;
    }
    const spec = data.spec ?? {};
    if (typeof data.spec !== "object" || data.spec === null) throw new UsageError(`import: --into ${shown2}: organization ${organization} has no spec mapping; fix it first`);
    const primary = Array.isArray(spec.units) ? spec.units.find((unit) => unit?.primary === true) : void 0;
    const orgName = typeof metadata.displayName === "string" ? metadata.displayName : typeof primary?.name === "string" ? primary.name : void 0;
    return {
      text: text2,
      documentIndex,
      data,
      ...PRODUCTS.includes(spec.product) ? { product: spec.product } : {},
      ...orgName !== void 0 ? { orgName } : {}
    };
  }
  const holds = names.length > 0 ? ` (it holds ${names.join(", ")})` : "";
  throw new UsageError(`import: --into ${shown2} holds no organization named ${organization}${holds}: give that organization's file, or --organization with its name`);
}
function newFile(result) {
  const spec = result.document.spec;
  const added = [
    ...spec.units.map((unit) => `unit ${unit.id} (${unit.name})`),
    ...(spec.deviceManagementServices ?? []).map((service) => `service ${service.id} (${service.name ?? ""})`),
    ...(spec.contentTokens ?? []).map((token) => `content token ${token.id} (unit ${token.unit})`)
  ];
  return { text: renderDocument(result.document, result.estimated), added, conflicts: [], unplaced: [] };
}
function editFile(existing, result, shown2) {
  const plan = planMerge(existing.data, result);
  for (const variable of result.variables) variable.name = plan.renamedVariables.get(variable.name) ?? variable.name;
  let text2 = existing.text;
  const unplaced = [];
  const options = { documentIndex: existing.documentIndex, caller: `import --into ${shown2}` };
  try {
    if (plan.edits.length > 0) text2 = editYaml(text2, plan.edits, options);
  } catch (error) {
    if (!(error instanceof YamlEditError)) throw error;
    for (const edit of plan.edits) {
      try {
        text2 = editYaml(text2, [edit], options);
      } catch (failure) {
        if (!(failure instanceof YamlEditError)) throw failure;
        const what = edit.op === "add" ? Object.keys(edit.entries).join(", ") : "new entries";
        unplaced.push(`${describePath(edit.path)}: ${what} (${failure.message.replace(/^.*?: /, "")})`);
      }
    }
  }
  return { text: text2, added: plan.added, conflicts: plan.conflicts, unplaced };
}
function writeAtomically(path, text2, shown2) {
  const temporary = join2(dirname(path), `.${process.pid}.abm-gitops-import.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, text2);
    renameSync(temporary, path);
  } catch (error) {
    throw new UsageError(`import: cannot write ${shown2}: ${error.code ?? "write failed"}`);
  }
}
function repositoryRoot(folder, cwd) {
  for (const marker of [...CONFIG_FILE_NAMES, ".git"]) {
    for (let current = folder; ; current = dirname(current)) {
      if (existsSync(join2(current, marker))) return current;
      if (dirname(current) === current) break;
    }
  }
  const fromCwd = relative3(cwd, folder);
  return fromCwd === "" || !fromCwd.startsWith("..") && !isAbsolute3(fromCwd) ? cwd : folder;
}
async function explicitKeys(args, io, organization) {
  const source = stringOption(args, "private-key");
  if (source === void 0) return [];
  if (source.startsWith("env:")) {
    const name = source.slice(4);
    const value = envValue(io.env, name);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--private-key ${source}: not a valid variable name`);
    if (value === void 0 || value.trim() === "") throw new UsageError(`--private-key ${source}: ${name} is not set`);
    return [{ label: `--private-key ${source}`, envName: name, key: value }];
  }
  const bytes = readBounded(resolve2(io.cwd, source), DEFAULT_LIMITS.maxFileBytes);
  if (typeof bytes === "string") throw new UsageError(`--private-key ${source}: ${bytes}`);
  return [{ label: `--private-key ${source}`, envName: envName(organization, "DEP_PRIVATE_KEY"), key: bytes }];
}
function keyFromFile(shown2, bytes, organization) {
  const base = shown2.replace(/^.*\//, "").replace(/\.[^.]*$/, "");
  const name = envName(organization, base);
  return { label: shown2, envName: /KEY$/.test(name) ? name : `${name}_KEY`, key: bytes };
}
async function appleAnswers(args, io) {
  const clientId = stringOption(args, "client-id");
  const keyId = stringOption(args, "key-id");
  const privateKey = stringOption(args, "private-key");
  if (clientId === void 0 || keyId === void 0 || privateKey === void 0) {
    throw new UsageError("import --from-apple needs --client-id, --key-id and --private-key env:NAME (the Apple Business API account and its key)");
  }
  const badId = checkClientId(clientId) ?? checkKeyId(keyId);
  if (badId !== void 0) throw new UsageError(`import --from-apple: ${badId.replace("spec.appleApi.clientId", "--client-id").replace("spec.appleApi.keyId", "--key-id")}`);
  if (!privateKey.startsWith("env:") || !/^env:[A-Za-z_][A-Za-z0-9_]*$/.test(privateKey)) {
    throw new UsageError("import --from-apple: --private-key must be env:NAME (the Apple Business API key is a secret and comes from the environment only)");
  }
  const refusal = runnerVariableRefusal(privateKey);
  if (refusal !== void 0) throw new UsageError(`import --from-apple: ${refusal}`);
  const value = envValue(io.env, privateKey.slice(4));
  if (value === void 0 || value.trim() === "") throw new UsageError(`import --from-apple: --private-key ${privateKey}: ${privateKey.slice(4)} is not set`);
  const key = parseAppleApiKey(value, privateKey);
  if (!key.ok) throw new UsageError(`import --from-apple: ${key.reason.replace("spec.appleApi.privateKey", "--private-key")}`);
  const client = new BusinessApiClient(new HttpClient(), resolveEndpoints(io.env), { clientId, keyId, key: key.key });
  try {
    return { state: await client.state(), clientId, keyId, privateKey };
  } catch (error) {
    if (error instanceof AppleApiError) throw new UsageError(`import --from-apple: ${error.message}`);
    throw error;
  }
}
export {
  command
};
