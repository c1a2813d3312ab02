#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  PASSPHRASE_NEEDED_REASON,
  WRONG_PASSPHRASE_REASON,
  artifactLabel,
  containsContentToken,
  decodeBase64Strict,
  decryptServerToken,
  describeKind,
  detectArtifact,
  holdsPushCertificate,
  readCertificate,
  readContentToken,
  readServerToken,
  sha256Hex,
  toBuffer
} from "./chunk-EUGHKTOP.js";

// src/artifacts/references.ts
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep, win32 } from "node:path";
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function createReferenceReader(options) {
  const root = resolve(options.root);
  const realRoot = realpathSync(root);
  const files = /* @__PURE__ */ new Map();
  const env = new Map(Object.entries(options.env));
  return {
    read(ref, yamlFile) {
      if (ref.startsWith("env:")) return readEnv(ref.slice("env:".length), env);
      if (!ref.startsWith("file:")) return { status: "unreadable", reason: "a reference starts with `file:` or `env:`" };
      const path = ref.slice("file:".length);
      if (path.trim() === "") return { status: "unreadable", reason: "the `file:` reference names no file" };
      if (isAbsolute(path) || win32.isAbsolute(path)) {
        return { status: "outside-repo", reason: "it is an absolute path; use a path relative to the YAML file" };
      }
      const absolute = resolve(dirname(yamlFile), path);
      let outcome = files.get(absolute);
      if (outcome === void 0) {
        outcome = readFileInside(absolute, { root, realRoot, maxFileBytes: options.maxFileBytes });
        files.set(absolute, outcome);
      }
      return outcome;
    }
  };
}
function readEnv(name, env) {
  if (!ENV_NAME.test(name)) {
    return { status: "unreadable", reason: `\`${name}\` is not a valid environment variable name (letters, digits and _, not starting with a digit)` };
  }
  const value = env.get(name);
  if (value === void 0 || value === "") return { status: "unset" };
  return { status: "read", source: "secret", bytes: value, location: name };
}
function isInside(base, path) {
  const rest = relative(base, path);
  return rest === "" || !rest.startsWith(`..${sep}`) && rest !== ".." && !isAbsolute(rest);
}
function readFileInside(absolute, bounds) {
  if (!isInside(bounds.root, absolute)) {
    return { status: "outside-repo", reason: "it leaves the repository root" };
  }
  const location = relative(bounds.root, absolute).split(sep).join("/") || ".";
  const real = realTarget(absolute, bounds.realRoot);
  if (real.status !== "inside") return real;
  try {
    const stats = statSync(real.path);
    if (!stats.isFile()) return { status: "unreadable", reason: `\`${location}\` is not a regular file` };
    if (stats.size === 0) return { status: "unreadable", reason: `\`${location}\` is empty` };
    if (stats.size > bounds.maxFileBytes) {
      return { status: "unreadable", reason: `\`${location}\` is ${stats.size} bytes, over the ${bounds.maxFileBytes}-byte cap (limits.maxFileBytes)` };
    }
    return { status: "read", source: "file", bytes: readFileSync(real.path), location };
  } catch (error) {
    return { status: "unreadable", reason: `\`${location}\` cannot be read (${error.code ?? "read failed"})` };
  }
}
var THROUGH_SYMLINK = { status: "outside-repo", reason: "a symlink on the way leads outside the repository" };
function realTarget(absolute, realRoot) {
  try {
    const real = realpathSync(absolute);
    return isInside(realRoot, real) ? { status: "inside", path: real } : THROUGH_SYMLINK;
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP") return { status: "unreadable", reason: "the path runs into a symlink loop" };
    if (code !== "ENOENT" && code !== "ENOTDIR") return { status: "unreadable", reason: `the path cannot be resolved (${code ?? "error"})` };
  }
  const dangling = danglingLinkTarget(absolute);
  if (dangling !== void 0 && !isInside(realRoot, dangling)) return THROUGH_SYMLINK;
  let existing = dirname(absolute);
  for (; ; ) {
    try {
      return isInside(realRoot, realpathSync(existing)) ? { status: "unreadable", reason: "the file does not exist" } : THROUGH_SYMLINK;
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return { status: "unreadable", reason: "the file does not exist" };
      existing = parent;
    }
  }
}
function danglingLinkTarget(path) {
  try {
    if (!lstatSync(path).isSymbolicLink()) return void 0;
    const parent = realpathSync(dirname(path));
    return resolve(parent, readlinkSync(path));
  } catch {
    return void 0;
  }
}

// src/artifacts/secrets-scan.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
var HEAD_BYTES = 65536;
var TEXT_SECRET_MARKERS = ["PRIVATE KEY", "access_", "-----BEGIN MESSAGE-----", "eyJ", '"expDate"'];
function secretKind(kind) {
  return kind === "private-key" || kind === "decrypted-server-token" || kind === "content-token" ? kind : void 0;
}
function textSecretKind(text) {
  if (!TEXT_SECRET_MARKERS.some((marker) => text.includes(marker))) return void 0;
  return secretKind(detectArtifact(text)) ?? (containsContentToken(text) ? "content-token" : void 0);
}
function scanForSecrets(root, paths, loadedTexts, maxFileBytes, judged = /* @__PURE__ */ new Map()) {
  const found = [];
  for (const path of paths) {
    const loaded = loadedTexts.get(path);
    const kind = judged.has(path) ? judged.get(path) : loaded !== void 0 ? textSecretKind(loaded) : fileSecretKind(join(root, path), maxFileBytes);
    if (kind !== void 0) found.push({ path, kind });
  }
  return found;
}
function fileSecretKind(absolutePath, maxFileBytes) {
  let fd;
  try {
    fd = openSync(absolutePath, "r");
  } catch {
    return void 0;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return void 0;
    const buffer = Buffer.alloc(size > maxFileBytes ? Math.min(HEAD_BYTES, maxFileBytes) : size);
    const bytes = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
    const kind = secretKind(detectArtifact(bytes)) ?? (containsContentToken(bytes.toString("latin1")) ? "content-token" : void 0);
    return kind === "private-key" && holdsPushCertificate(bytes) ? "push-certificate-key" : kind;
  } catch {
    return void 0;
  } finally {
    closeSync(fd);
  }
}

// src/artifacts/read-model.ts
var APNS_TOPIC_PREFIX = "com.apple.mgmt.External.";
function readModelArtifacts(model, env) {
  const stage = new ArtifactsStage(model, env);
  for (const organization of model.organizations) stage.readOrganization(organization);
  stage.finish(model);
}
var ArtifactsStage = class {
  /** Filled as organizations are read; `finish` hands it to the model. */
  publicKeys = /* @__PURE__ */ new Map();
  referenceProblems = [];
  reader;
  keyBundles = /* @__PURE__ */ new Map();
  constructor(basis, env) {
    this.reader = createReferenceReader({ root: basis.root, env, maxFileBytes: basis.config.limits.maxFileBytes });
  }
  readOrganization(organization) {
    const stage = new OrganizationReader(organization, this.reader, this.referenceProblems, this.keyBundles);
    for (const artifact of organization.artifacts) stage.readArtifact(artifact);
    for (const service of organization.services) {
      const ref = service.value.publicKey?.ref;
      if (ref === void 0) continue;
      const reading = stage.readPublicKey(ref, [...service.path, "publicKey", "ref"], `public key certificate of service \`${service.value.id}\``);
      if (reading) this.publicKeys.set(service, reading);
    }
  }
  /** After every organization of the model: its reference problems and public keys, and the committed-secret scan. */
  finish(model) {
    for (const problem of this.referenceProblems) model.referenceProblems.push(problem);
    for (const [service, reading] of this.publicKeys) model.publicKeys.set(service, reading);
    const judged = model.yamlSecretKinds ?? /* @__PURE__ */ new Map();
    const loadedTexts = new Map(model.files.filter((file) => !judged.has(file.path) && file.text !== "").map((file) => [file.path, file.text]));
    const scanned = scanForSecrets(model.root, model.repositoryFiles, loadedTexts, model.config.limits.maxFileBytes, judged);
    const opened = [...this.keyBundles].filter(([path]) => !scanned.some((secret) => secret.path === path)).map(([path, kind]) => ({ path, kind }));
    model.secretFiles = [...scanned, ...opened];
  }
};
function hashesOf(bytes) {
  const buffer = toBuffer(bytes);
  const exact = sha256Hex(buffer);
  const trimmed = sha256Hex(Buffer.from(buffer.toString("latin1").replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ""), "latin1"));
  return trimmed === exact ? { sha256: exact } : { sha256: trimmed, sha256Exact: exact };
}
function certificateHashes(bytes, encoding) {
  const buffer = toBuffer(bytes);
  if (encoding !== "pkcs12" || buffer[0] === 48) return hashesOf(bytes);
  const decoded = decodeBase64Strict(buffer.toString("latin1"));
  return decoded.ok && decoded.complete ? { sha256: sha256Hex(decoded.bytes), sha256Exact: hashesOf(bytes).sha256 } : hashesOf(bytes);
}
var OrganizationReader = class {
  constructor(organization, reader, problems, keyBundles) {
    this.organization = organization;
    this.reader = reader;
    this.problems = problems;
    this.keyBundles = keyBundles;
  }
  organization;
  reader;
  problems;
  keyBundles;
  readArtifact(artifact) {
    const ref = artifact.declaration.ref;
    if (ref === void 0) return;
    const refPath = [...artifact.path, "ref"];
    const subject = artifactLabel(artifact);
    const read = this.follow(ref, refPath, subject);
    if (!read) return;
    const fail = (reason, expected) => this.unreadableOrMismatch(read.bytes, expected, refPath, ref, subject, reason);
    if (artifact.kind === "content-token") {
      const token = readContentToken(read.bytes);
      if (!token.ok) {
        fail(token.reason, "content-token");
        return;
      }
      const sha256Exact = token.sha256 !== token.sha256Trimmed ? { sha256Exact: token.sha256 } : {};
      artifact.reading = { source: read.source, expiresAt: token.expiresAt, sha256: token.sha256Trimmed, ...sha256Exact };
    } else if (artifact.kind === "apns-certificate") {
      const passphrase = this.passphraseOf(artifact, subject);
      if (passphrase === null) return;
      const certificate = readCertificate(read.bytes, passphrase === void 0 ? {} : { passphrase });
      if (!certificate.ok) {
        const passphraseRef = "passphrase" in artifact.declaration ? artifact.declaration.passphrase : void 0;
        if (passphraseRef !== void 0 && (certificate.reason === PASSPHRASE_NEEDED_REASON || certificate.reason === WRONG_PASSPHRASE_REASON)) {
          if (passphrase === void 0) return;
          this.report("unreadable", [...artifact.path, "passphrase"], passphraseRef, `passphrase of the ${subject}`, WRONG_PASSPHRASE_REASON);
          return;
        }
        fail(certificate.reason, "certificate");
        return;
      }
      if (read.source === "file" && certificate.holdsPrivateKey) this.keyBundles.set(read.location, certificate.isApnsCertificate ? "push-certificate-key" : "private-key");
      if (certificate.apnsTopic?.startsWith(APNS_TOPIC_PREFIX) !== true) {
        const topic = certificate.apnsTopic === void 0 ? "no push topic (subject UID)" : `the topic ${certificate.apnsTopic}`;
        this.report("kind-mismatch", refPath, ref, subject, `a certificate with ${topic}, not an APNs push certificate (topic ${APNS_TOPIC_PREFIX}\u2026)`);
        return;
      }
      artifact.reading = { source: read.source, expiresAt: certificate.notAfter, ...certificateHashes(read.bytes, certificate.encoding) };
    } else {
      const token = readServerToken(read.bytes);
      if (!token.ok) {
        fail(token.reason, "service-token");
        return;
      }
      artifact.reading = { source: read.source, recipients: token.recipients, ...hashesOf(read.bytes) };
      this.decrypt(artifact, artifact.reading, read.bytes, subject);
    }
  }
  readPublicKey(ref, refPath, subject) {
    const read = this.follow(ref, refPath, subject);
    if (!read) return void 0;
    const certificate = readCertificate(read.bytes);
    if (!certificate.ok) {
      this.unreadableOrMismatch(read.bytes, "certificate", refPath, ref, subject, certificate.reason);
      return void 0;
    }
    const { subject: name, issuer, issuerAttributes, serialNumber } = certificate;
    return { source: read.source, subject: name, issuer, issuerAttributes, serialNumber, ...hashesOf(read.bytes) };
  }
  /** The real expiry of a service token needs its private key (`privateKey: env:NAME`); without it only the recipient is known. */
  decrypt(artifact, reading, token, subject) {
    const keyRef = "privateKey" in artifact.declaration ? artifact.declaration.privateKey : void 0;
    if (keyRef === void 0) return;
    const keyPath = [...artifact.path, "privateKey"];
    if (!keyRef.startsWith("env:")) {
      this.report("unreadable", keyPath, keyRef, `private key of the ${subject}`, "a private key may only come from `env:`, never from a file in the repository");
      return;
    }
    const key = this.follow(keyRef, keyPath, `private key of the ${subject}`);
    if (!key) return;
    const decrypted = decryptServerToken(token, key.bytes);
    if (decrypted.ok) {
      reading.expiresAt = decrypted.accessTokenExpiry;
      return;
    }
    const onKey = decrypted.cause === "key";
    const ref = onKey ? keyRef : artifact.declaration.ref ?? keyRef;
    this.report("unreadable", onKey ? keyPath : [...artifact.path, "ref"], ref, onKey ? `private key of the ${subject}` : subject, decrypted.reason);
  }
  /** `undefined`: none declared or its secret unset; `null`: declared but refused (already reported). */
  passphraseOf(artifact, subject) {
    const passphraseRef = "passphrase" in artifact.declaration ? artifact.declaration.passphrase : void 0;
    if (passphraseRef === void 0) return void 0;
    const read = this.follow(passphraseRef, [...artifact.path, "passphrase"], `passphrase of the ${subject}`);
    return read === void 0 ? void 0 : toBuffer(read.bytes).toString("utf8");
  }
  /**
   * A target that is readable as another kind of artifact is a kind mismatch
   * (the key points at the wrong file); anything else is unreadable. A bundle
   * with a private key (combined PEM, .p12) still counts as a certificate.
   */
  unreadableOrMismatch(bytes, expected, path, ref, subject, reason) {
    const found = detectArtifact(bytes);
    const compatible = found === expected || found === "unknown" || expected === "certificate" && found === "private-key";
    if (compatible) this.report("unreadable", path, ref, subject, reason);
    else this.report("kind-mismatch", path, ref, subject, `${describeKind(found)}, not ${describeKind(expected)}`);
  }
  /** Reads behind a reference; refusals and unreadable targets become problems, an unset secret is silence. */
  follow(ref, path, subject) {
    const outcome = this.reader.read(ref, this.organization.source.file.absolutePath);
    switch (outcome.status) {
      case "read":
        return { source: outcome.source, bytes: outcome.bytes, location: outcome.location };
      case "unset":
        return void 0;
      case "outside-repo":
      case "unreadable":
        this.report(outcome.status, path, ref, subject, outcome.reason);
        return void 0;
    }
  }
  report(kind, path, ref, subject, reason) {
    this.problems.push({ kind, organization: this.organization, path, ref, subject, reason });
  }
};

export {
  createReferenceReader,
  textSecretKind,
  readModelArtifacts,
  ArtifactsStage
};
