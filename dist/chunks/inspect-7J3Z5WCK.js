#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  AppsAndBooksClient,
  DeviceEnrollmentClient,
  HttpClient,
  appleUserAgent,
  resolveEndpoints
} from "./chunk-CFZF5V44.js";
import {
  booleanOption,
  secretFromEnv,
  stringOption
} from "./chunk-VMIERVG2.js";
import {
  INSPECT
} from "./chunk-BMAVTRGN.js";
import "./chunk-NNO4W54U.js";
import {
  PASSPHRASE_NEEDED_REASON,
  WRONG_PASSPHRASE_REASON,
  decryptServerToken,
  decryptServerTokenCredentials,
  detectArtifact,
  escapeControlCharacters,
  readCertificate,
  readContentToken,
  readDecryptedServerToken,
  readServerToken
} from "./chunk-EUGHKTOP.js";
import "./chunk-KUCBTSNI.js";
import "./chunk-FHVNIWH2.js";
import {
  UsageError
} from "./chunk-Y2FZCZNK.js";
import "./chunk-S7ZDPIFW.js";

// src/cli/commands/inspect.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createHash } from "node:crypto";

// src/cli/online.ts
var field = (key, label, value) => ({ key, label, value: escapeControlCharacters(value) });
function outcomeField(outcome, failure) {
  return field("appleOutcome", "Apple says", failure ? `${outcome}: ${failure.message}` : outcome);
}
async function inspectOnline(kind, bytes, privateKey, io) {
  const endpoints = resolveEndpoints(io.env);
  const http = new HttpClient({ concurrency: 1 });
  if (kind === "content-token") {
    const text = bytes.toString("utf8").trim();
    if (!readContentToken(text).ok) return [field("appleOutcome", "Apple says", "not asked: the file is not a readable content token")];
    const answer = await new AppsAndBooksClient(http, endpoints.appsAndBooks, text).check();
    const fields = [outcomeField(answer.outcome, answer.failure)];
    if (answer.locationName !== void 0) fields.push(field("appleLocationName", "Apple location", answer.locationName));
    if (answer.expiresAt !== void 0) fields.push(field("appleExpiresAt", "Apple expiry", answer.expiresAt.toISOString()));
    if (answer.outcome === "valid") {
      fields.push(
        answer.mdmInfo ? field("appleMdmInfo", "held by MDM", `${answer.mdmInfo.name ?? "unnamed"} (mdmInfo id ${answer.mdmInfo.id})`) : field("appleMdmInfo", "held by MDM", "none (no MDM has claimed it)")
      );
    }
    return fields;
  }
  if (kind === "service-token") {
    if (privateKey === void 0) throw new UsageError("inspect --online needs --private-key to ask Apple about a server token (it must be decrypted first)");
    const decrypted = decryptServerTokenCredentials(bytes, privateKey);
    if (!decrypted.ok) return [field("appleOutcome", "Apple says", "not asked: the server token could not be decrypted")];
    const answer = await new DeviceEnrollmentClient(http, endpoints.deviceEnrollment, decrypted.credentials, appleUserAgent()).check();
    const fields = [outcomeField(answer.outcome, answer.failure)];
    const account = answer.account ?? {};
    if (account.serverName !== void 0) fields.push(field("appleServerName", "Apple service", account.serverName));
    if (account.adminId !== void 0) fields.push(field("appleAdminId", "downloaded by", account.adminId));
    if (account.orgName !== void 0) fields.push(field("appleOrgName", "Apple organization", account.orgId ? `${account.orgName} (${account.orgId})` : account.orgName));
    return fields;
  }
  throw new UsageError(`inspect --online asks Apple about content tokens and server tokens; this file is a ${kind}`);
}

// src/cli/commands/inspect.ts
var DESCRIPTIONS = {
  "service-token": "ADE server token (S/MIME, PKCS#7 enveloped data)",
  "content-token": "Apps and Books content token (.vpptoken)",
  certificate: "X.509 certificate",
  "private-key": "private key",
  "decrypted-server-token": "decrypted ADE server token",
  unknown: "not a server token, content token, certificate or private key"
};
var SECRET_NOTE = "this file is a secret: keep it out of git and reference it with env:";
var field2 = (key, label, value) => ({ key, label, value });
var iso = (date) => date.toISOString();
var fileHash = (bytes) => field2("sha256", "sha256", createHash("sha256").update(bytes).digest("hex"));
async function readPrivateKey(source, io) {
  if (source.startsWith("env:")) return secretFromEnv("--private-key", source, io.env).value;
  try {
    return await readFile(resolve(io.cwd, source));
  } catch (error) {
    throw new UsageError(`cannot read private key ${source}: ${describeFsError(error)}`);
  }
}
function describeFsError(error) {
  const code = error.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return code ?? "unreadable";
}
function inspectServerToken(bytes, file, privateKeyPem) {
  const token = readServerToken(bytes);
  if (!token.ok) return { kind: "service-token", fields: [field2("error", "error", token.reason)], failed: true };
  const fields = [
    field2("container", "container", token.container),
    field2(
      "recipients",
      "recipients",
      token.recipients.map((r) => ({ issuer: r.issuer, serialNumber: r.serialNumber }))
    ),
    field2("contentCipher", "content cipher", token.contentCipher),
    fileHash(bytes),
    field2("decrypted", "decrypted", privateKeyPem !== void 0)
  ];
  if (privateKeyPem === void 0) return { kind: "service-token", fields, failed: false };
  const decrypted = decryptServerToken(bytes, privateKeyPem);
  if (!decrypted.ok) {
    if (decrypted.cause === "key") throw new UsageError(`cannot decrypt ${file}: ${decrypted.reason}`);
    return { kind: "service-token", fields: [...fields, field2("error", "error", decrypted.reason)], failed: true };
  }
  fields.push(field2("accessTokenExpiry", "access token expiry", iso(decrypted.accessTokenExpiry)), field2("fields", "fields", decrypted.fields));
  return { kind: "service-token", fields, failed: false };
}
function certificateFields(cert, bytes) {
  const fields = [
    field2("subject", "subject", cert.subject),
    field2("issuer", "issuer", cert.issuer),
    field2("serialNumber", "serial", cert.serialNumber),
    field2("notBefore", "not before", iso(cert.notBefore)),
    field2("notAfter", "not after", iso(cert.notAfter)),
    fileHash(bytes),
    field2("sha256Fingerprint", "fingerprint (sha256 of DER)", cert.sha256Fingerprint),
    field2("key", "key", `${cert.keyType} ${cert.keySize}`),
    field2("isApnsCertificate", "APNs push certificate", cert.isApnsCertificate)
  ];
  if (cert.encoding === "pkcs12") fields.splice(0, 0, field2("container", "container", "pkcs12"));
  if (cert.apnsTopic !== void 0) fields.push(field2("apnsTopic", "APNs topic", cert.apnsTopic));
  return fields;
}
function inspectOther(kind, bytes, passphrase) {
  const failure = (reason) => ({ kind, fields: [field2("error", "error", reason)], failed: true });
  switch (kind) {
    case "content-token": {
      const token = readContentToken(bytes);
      if (!token.ok) return failure(token.reason);
      return {
        kind,
        failed: false,
        fields: [field2("orgName", "organization", token.orgName), field2("expiresAt", "expires", iso(token.expiresAt)), fileHash(bytes), field2("note", "note", SECRET_NOTE)]
      };
    }
    case "certificate": {
      const cert = readCertificate(bytes, passphrase === void 0 ? {} : { passphrase });
      if (!cert.ok) return failure(cert.reason);
      if (cert.holdsPrivateKey) return { kind: "private-key", fields: [...certificateFields(cert, bytes), field2("note", "note", SECRET_NOTE)], failed: false };
      return { kind, fields: certificateFields(cert, bytes), failed: false };
    }
    case "decrypted-server-token": {
      const payload = readDecryptedServerToken(bytes);
      const note = field2("note", "note", SECRET_NOTE);
      if (!payload.ok) return { kind, fields: [field2("error", "error", payload.reason), note], failed: true };
      const fields = [field2("accessTokenExpiry", "access token expiry", iso(payload.accessTokenExpiry)), field2("fields", "fields", payload.fields), fileHash(bytes)];
      return { kind, fields: [...fields, note], failed: false };
    }
    case "private-key": {
      const cert = readCertificate(bytes, passphrase === void 0 ? {} : { passphrase });
      if (cert.ok) return { kind, fields: [...certificateFields(cert, bytes), field2("note", "note", SECRET_NOTE)], failed: false };
      const locked = cert.reason === PASSPHRASE_NEEDED_REASON || cert.reason === WRONG_PASSPHRASE_REASON;
      const fields = [fileHash(bytes), ...locked ? [field2("certificate", "certificate", cert.reason)] : [], field2("note", "note", SECRET_NOTE)];
      return { kind, fields, failed: cert.reason === WRONG_PASSPHRASE_REASON };
    }
    case "unknown":
      return failure(DESCRIPTIONS.unknown);
  }
}
function isSecret(kind) {
  return kind === "content-token" || kind === "private-key" || kind === "decrypted-server-token";
}
function renderJson(file, inspection) {
  const body = {
    file,
    kind: inspection.kind,
    description: DESCRIPTIONS[inspection.kind],
    secret: isSecret(inspection.kind)
  };
  for (const entry of inspection.fields) body[entry.key] = entry.value;
  return `${JSON.stringify(body, null, 2)}
`;
}
function textValue(value) {
  if (!Array.isArray(value)) return [String(value)];
  if (value.every((item) => typeof item === "string")) return [value.join(", ")];
  return value.map((item) => typeof item === "string" ? item : `${item.issuer ?? ""} (serial ${item.serialNumber ?? ""})`);
}
function renderText(file, inspection) {
  const rows = [
    ["file", file],
    ["kind", `${inspection.kind}: ${DESCRIPTIONS[inspection.kind]}`]
  ];
  for (const entry of inspection.fields) {
    const label = entry.key === "recipients" ? "recipient" : entry.label;
    for (const text of textValue(entry.value)) rows.push([label, text]);
  }
  if (inspection.kind === "service-token" && !inspection.failed && !inspection.fields.some((f) => f.key === "accessTokenExpiry")) {
    rows.push(["hint", "give --private-key <path|env:NAME> to read the expiry"]);
  }
  const width = rows.reduce((widest, [label]) => Math.max(widest, label.length), 0) + 2;
  return rows.map(([label, text]) => `${`${label}:`.padEnd(width)}${escapeControlCharacters(text)}
`).join("");
}
function singleFile(args) {
  const [file, ...extra] = args.positionals;
  if (file === void 0) throw new UsageError("inspect needs a file: abm-gitops inspect <file>");
  if (extra.length > 0) throw new UsageError("inspect takes one file at a time");
  return file;
}
var command = {
  ...INSPECT,
  async run(args, io) {
    const file = singleFile(args);
    let bytes;
    try {
      bytes = await readFile(resolve(io.cwd, file));
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`);
    }
    const keySource = stringOption(args, "private-key");
    const privateKeyPem = keySource === void 0 ? void 0 : await readPrivateKey(keySource, io);
    const passphraseSource = stringOption(args, "passphrase");
    const passphrase = passphraseSource === void 0 ? void 0 : secretFromEnv("--passphrase", passphraseSource, io.env).value;
    const kind = detectArtifact(bytes);
    if (privateKeyPem !== void 0 && kind !== "service-token") {
      io.stderr(`note: --private-key ignored: ${escapeControlCharacters(file)} is not a server token
`);
    }
    const inspection = kind === "service-token" ? inspectServerToken(bytes, file, privateKeyPem) : inspectOther(kind, bytes, passphrase);
    if (booleanOption(args, "online", false) && !inspection.failed) inspection.fields = inspection.fields.concat(await inspectOnline(kind, bytes, privateKeyPem, io));
    const format = stringOption(args, "format") ?? "text";
    io.stdout(format === "json" ? renderJson(file, inspection) : renderText(file, inspection));
    return inspection.failed ? 1 : 0;
  }
};
export {
  command
};
