#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  booleanOption,
  stringOption
} from "./chunk-VMIERVG2.js";
import {
  VALIDATE
} from "./chunk-BMAVTRGN.js";
import {
  ArtifactsStage,
  readModelArtifacts,
  textSecretKind
} from "./chunk-NNO4W54U.js";
import {
  DeclaredIds,
  FirstById,
  ModelArtifact,
  RULES,
  RULE_METAS,
  RuleRun,
  applyLiveState,
  checkSchema,
  childPath,
  compareText,
  configFailure,
  daysBetween,
  defaultConfig,
  discoverYamlFiles,
  entryPath,
  exactly,
  failsAt,
  firstLineOf,
  formatReportChunks,
  inlineWaivers,
  loadFile,
  loadRepository,
  onlineSummary,
  parseInstant,
  parseNow,
  pinRegions,
  readConfig,
  readGuardedFile,
  realExpiry,
  recordFile,
  regionOf,
  releaseSyntax,
  releasedFile,
  rememberInlineWaivers,
  reportViews,
  repositoryOfFiles,
  repositoryPrefix,
  runRules,
  shownError,
  startLoading,
  textsByPath,
  valueFromJson
} from "./chunk-EUGHKTOP.js";
import {
  capYoungGeneration,
  capYoungGenerationAgain,
  capYoungGenerationNow
} from "./chunk-FHVNIWH2.js";
import {
  UsageError
} from "./chunk-Y2FZCZNK.js";

// src/cli/commands/validate.ts
import { closeSync, lstatSync, openSync, renameSync, rmSync, statSync as statSync2, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve as resolve2 } from "node:path";

// src/validate.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";

// src/model/types.ts
var ENTITY_LISTS = ["units", "roles", "accounts", "deviceManagementServices", "contentTokens"];

// src/model/build.ts
function buildOrganization(source, rejected, read = readArtifact) {
  const modelled = modelledLists(source, rejected);
  if (!modelled) return void 0;
  const { lists, declaredIds, appleApiRejected } = modelled;
  const document = source.value;
  const spec = document.spec;
  const organization = {
    name: document.metadata.name,
    ...document.metadata.displayName !== void 0 ? { displayName: document.metadata.displayName } : {},
    product: spec.product,
    ...spec.essentialsSubscription !== void 0 ? { essentialsSubscription: spec.essentialsSubscription } : {},
    owners: document.metadata.owners ?? [],
    ...spec.appleApi !== void 0 && !appleApiRejected ? { appleApi: spec.appleApi } : {},
    source,
    units: lists.units,
    roles: lists.roles,
    accounts: lists.accounts,
    services: lists.deviceManagementServices,
    contentTokens: lists.contentTokens,
    unitsById: new FirstById(lists.units),
    rolesById: new FirstById(lists.roles),
    accountsById: new FirstById(lists.accounts),
    servicesById: new FirstById(lists.deviceManagementServices),
    declaredIds,
    artifacts: []
  };
  const artifacts = [];
  forEachDatedDeclaration(lists.deviceManagementServices, lists.contentTokens, (kind, id, path, declaration, service, contentToken) => {
    const facts = read(source, path, declaration);
    if (!facts) return;
    const serviceOf = contentToken && contentToken.value.service !== void 0 ? organization.servicesById.get(contentToken.value.service) : service;
    artifacts.push(new ModelArtifact(kind, id, organization, path, declaration, serviceOf, contentToken, facts.expiresAt, facts.downloadedAt, facts.region));
  });
  organization.artifacts = exactly(artifacts);
  return organization;
}
function modelledLists(source, rejected) {
  const rejectedEntries = /* @__PURE__ */ new Set();
  let appleApiRejected = false;
  for (const path of rejected) {
    const [top, section, list] = path;
    const inEntry = top === "spec" && typeof section === "string" && isEntityList(section) && typeof list === "number";
    if (inEntry) rejectedEntries.add(`${section}/${list}`);
    else if (top === "spec" && section === "appleApi") appleApiRejected = true;
    else if (!(top === "metadata" && (section === "displayName" || section === "owners"))) return void 0;
  }
  const spec = source.value.spec;
  const lists = {};
  for (const list of ENTITY_LISTS) {
    const entries = [];
    (spec[list] ?? []).forEach((entry, index) => {
      if (rejectedEntries.size === 0 || !rejectedEntries.has(`${list}/${index}`)) entries.push({ value: entry, path: entryPath(list, index) });
    });
    lists[list] = exactly(entries);
  }
  return { lists, declaredIds: new DeclaredIds(spec), appleApiRejected };
}
var readArtifact = (source, path, declaration) => {
  const expiresAt = parseInstant(declaration.expiresAt);
  if (!expiresAt) return void 0;
  const downloadedText = "downloadedAt" in declaration ? declaration.downloadedAt : void 0;
  const downloadedAt = downloadedText === void 0 ? void 0 : parseInstant(downloadedText);
  return { expiresAt, downloadedAt, region: regionOf(source, [...path, "expiresAt"]) };
};
function isEntityList(name) {
  return ENTITY_LISTS.includes(name);
}
function forEachDatedDeclaration(services, contentTokens, visit) {
  for (const service of services) {
    const { serviceToken, apnsCertificate } = service.value;
    if (serviceToken) visit("service-token", service.value.id, childPath(service.path, "serviceToken"), serviceToken, service, void 0);
    if (apnsCertificate) visit("apns-certificate", service.value.id, childPath(service.path, "apnsCertificate"), apnsCertificate, service, void 0);
  }
  for (const token of contentTokens) visit("content-token", token.value.id, token.path, token.value, void 0, token);
}

// src/validate/model-parts.ts
var ModelParts = class {
  /** `onOrganization` hears of each organization as soon as it is modelled, in model order. */
  constructor(onOrganization) {
    this.onOrganization = onOrganization;
  }
  onOrganization;
  organizationDocuments = [];
  organizations = [];
  schemaProblems = [];
  yamlSecretKinds = /* @__PURE__ */ new Map();
  /**
   * Models a file parsed in this thread. What else needs its text (inline
   * waivers, the committed-secret check) reads it now, then its text and
   * syntax trees are released.
   */
  modelParsed(file, documents) {
    for (const document of documents) {
      const problems = checkSchema("organization", document.value);
      pinRegions(
        document,
        problems.map((problem) => problem.path)
      );
      this.addDocument(document, problems);
    }
    inlineWaivers(file);
    this.yamlSecretKinds.set(file.path, textSecretKind(file.text));
    releaseSyntax(file);
  }
  /** One document of ours with its schema problems; `read` gives its artifacts' facts when a worker thread has read them. */
  addDocument(document, problems, read) {
    this.organizationDocuments.push(document);
    for (const problem of problems) this.schemaProblems.push({ document, problem });
    const organization = buildOrganization(
      document,
      problems.map((problem) => problem.path),
      read
    );
    if (!organization) return;
    this.organizations.push(organization);
    this.onOrganization?.(organization);
  }
};

// src/validate/parallel.ts
import { availableParallelism } from "node:os";

// src/validate/off-thread.ts
var BATCH_BYTES = 128 * 1024;
var LARGEST_KEPT = 1024 * 1024;
var LARGEST_BATCH = 8 * 1024 * 1024;
function readForThread(setup, batch, spare) {
  let buffer = spare && spare.byteLength <= LARGEST_KEPT ? spare : new ArrayBuffer(BATCH_BYTES);
  let used = 0;
  const allocate = (size) => {
    if (used + size > LARGEST_BATCH) return Buffer.alloc(0);
    if (used + size > buffer.byteLength) {
      const larger = new ArrayBuffer(Math.min(LARGEST_BATCH, Math.max(2 * buffer.byteLength, used + size)));
      new Uint8Array(larger).set(new Uint8Array(buffer, 0, used));
      buffer = larger;
    }
    return Buffer.from(buffer, used, size);
  };
  const tasks = batch.map((found) => {
    let read;
    try {
      read = readGuardedFile(setup.root, found.path, setup.scope.limits.maxFileBytes, allocate);
    } catch (error) {
      throw new Error(`${found.path}: ${firstLineOf(error)}`, { cause: error });
    }
    if (!("bytes" in read) || read.bytes.buffer !== buffer) return { found };
    const start = used;
    used += read.bytes.length;
    return { found, start, end: used };
  });
  return { tasks, buffer };
}
function adoptModelled(loaded, parts, setup, found, result) {
  const file = releasedFile(setup.root, found, setup.scope, result.fingerprint);
  const values = typeof result.values === "string" ? valueFromJson(result.values) : result.values;
  values.forEach((value, index) => file.documents.push({ file, index, value }));
  file.settleDocuments();
  const ours = result.ours.map((index) => file.documents[index]);
  recordFile(loaded, { kind: "parsed", file, ours, problems: [] });
  ours.forEach((document, index) => {
    const facts = result.artifacts[index];
    let next = 0;
    const replayFacts = () => {
      if (next >= facts.length) throw new Error(`its model made on a worker thread has fewer artifacts than this thread's`);
      const expiresAt = facts[next++];
      if (Number.isNaN(expiresAt)) return void 0;
      const downloadedAt = facts[next];
      const region = { line: facts[next + 1], column: facts[next + 2], endLine: facts[next + 3], endColumn: facts[next + 4] };
      next += 5;
      return { expiresAt: new Date(expiresAt), downloadedAt: Number.isNaN(downloadedAt) ? void 0 : new Date(downloadedAt), region };
    };
    parts.addDocument(document, result.schemaProblems[index], replayFacts);
    if (next !== facts.length) throw new Error(`its model made on a worker thread has more artifacts than this thread's`);
  });
  rememberInlineWaivers(file, result.waivers);
  parts.yamlSecretKinds.set(file.path, result.secretKind);
  releaseSyntax(file);
}

// src/validate/pool.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker, parentPort } from "node:worker_threads";
function bundledWorkerEntry(name) {
  for (const relative2 of [`./${name}`, `../${name}`]) {
    const url = new URL(relative2, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
function startOrderedPool(options) {
  const workers = [];
  let settled = false;
  let early;
  let settle = (error) => {
    early ??= error instanceof Error ? error : new Error(String(error));
  };
  let onMessage;
  const stopAll = () => {
    settled = true;
    for (const worker of workers) void worker.terminate();
  };
  const fail = (message) => {
    if (settled) return;
    stopAll();
    settle(new Error(`a worker thread failed: ${message}`));
  };
  for (let index = 0; index < Math.max(1, options.threads) && !settled; index++) {
    let worker;
    try {
      worker = new Worker(options.entry, { workerData: options.workerData, ...options.resourceLimits ? { resourceLimits: options.resourceLimits } : {} });
    } catch (error) {
      fail(firstLineOf(error));
      break;
    }
    workers.push(worker);
    options.onThreadStart?.(worker);
    if (options.onOnline) worker.on("online", options.onOnline);
    worker.on("message", (message) => {
      if (settled) return;
      if ("error" in message) fail(message.error);
      else onMessage?.(worker, message);
    });
    worker.on("messageerror", (error) => fail(`a result could not be read (${firstLineOf(error)})`));
    worker.on("error", (error) => fail(firstLineOf(error)));
    worker.on("exit", (code) => fail(`a thread stopped (exit code ${code}) before its files were done`));
  }
  const run = (tasks, batchSize, onResult, prepare) => new Promise((resolve3, reject) => {
    if (early) {
      reject(early);
      return;
    }
    settle = (error) => {
      stopAll();
      reject(error);
    };
    const batches = [];
    for (let start = 0; start < tasks.length; start += batchSize) batches.push(tasks.slice(start, start + batchSize));
    const arrived = /* @__PURE__ */ new Map();
    const spares = [];
    let nextToSend = 0;
    let nextToTake = 0;
    const sendNext = (worker) => {
      if (nextToSend >= batches.length) return;
      let batch;
      try {
        batch = prepare(batches[nextToSend], spares.pop());
      } catch (error) {
        if (!settled) settle(error);
        return;
      }
      const { tasks: prepared, buffer } = batch;
      const message = { id: nextToSend, tasks: prepared, buffer };
      nextToSend++;
      worker.postMessage(message, buffer ? [buffer] : []);
    };
    const finishIfDone = () => {
      if (nextToTake < batches.length) return;
      stopAll();
      resolve3();
    };
    const takeInOrder = () => {
      for (let results = arrived.get(nextToTake); results !== void 0; results = arrived.get(nextToTake)) {
        arrived.delete(nextToTake);
        const batch = batches[nextToTake];
        if (results.length !== batch.length) {
          fail(`batch ${nextToTake} came back with ${results.length} results for ${batch.length} files`);
          return;
        }
        try {
          for (let index = 0; index < batch.length; index++) onResult(batch[index], results[index]);
        } catch (error) {
          if (!settled) settle(error);
          return;
        }
        nextToTake++;
      }
      finishIfDone();
    };
    onMessage = (worker, message) => {
      if (!("results" in message)) return;
      if (message.buffer) spares.push(message.buffer);
      arrived.set(message.id, message.results);
      sendNext(worker);
      takeInOrder();
    };
    for (const worker of workers) {
      sendNext(worker);
      sendNext(worker);
    }
    finishIfDone();
  });
  return { run, stop: stopAll };
}

// src/validate/parallel.ts
var WORKER_FILE = "validate-worker.js";
var DEFAULT_THRESHOLD = 2e3;
var MAX_THREADS = 4;
function defaultThreads() {
  return Math.min(availableParallelism() - 1, MAX_THREADS);
}
var BATCH_SIZE = 32;
var WORKER_YOUNG_GENERATION_MB = 8;
var MAX_THREADS_SETTING = 64;
function threadsFromEnvironment(env) {
  const raw = env?.ABM_GITOPS_THREADS;
  if (raw === void 0 || raw === "") return void 0;
  const threads = /^\s*[1-9][0-9]?\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(threads <= MAX_THREADS_SETTING)) {
    throw new UsageError(`ABM_GITOPS_THREADS must be a whole number of threads from 1 to ${MAX_THREADS_SETTING} (1 turns worker threads off), not ${JSON.stringify(raw)}`);
  }
  return threads;
}
async function loadInParallel(root, scope, parts, options = {}) {
  const threads = options.count ?? defaultThreads();
  const off = options.count === void 0 ? threads < 1 : threads < 2;
  const entry = options.entry ?? bundledWorkerEntry(WORKER_FILE);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const setup = { root, scope: { include: scope.include, limits: scope.limits } };
  let pool;
  const startPool = (files) => {
    pool = startOrderedPool({
      entry,
      threads: Math.min(threads, Math.ceil(files / BATCH_SIZE)),
      workerData: setup,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      onOnline: capYoungGenerationAgain,
      ...options.onThreadStart ? { onThreadStart: options.onThreadStart } : {}
    });
  };
  const useThreads = !off && entry !== void 0;
  let loaded;
  let candidates;
  try {
    loaded = startLoading(root, useThreads && threshold > 0 ? { count: threshold, reached: () => startPool(threshold) } : void 0);
    candidates = discoverYamlFiles(root, scope.include, loaded.allFiles);
    capYoungGenerationNow();
  } catch (error) {
    pool?.stop();
    throw error;
  }
  if (useThreads && threshold === 0 && candidates.length > 0) startPool(candidates.length);
  const here = (found) => {
    capYoungGeneration();
    const load = loadFile(root, found, scope);
    recordFile(loaded, load);
    if (load.kind === "parsed") parts.modelParsed(load.file, load.ours);
  };
  if (pool === void 0 || candidates.length < threshold) {
    pool?.stop();
    for (const found of candidates) here(found);
    return loaded;
  }
  await pool.run(
    candidates,
    BATCH_SIZE,
    (found, result) => {
      capYoungGeneration();
      try {
        if (result.kind === "modelled") adoptModelled(loaded, parts, setup, found, result);
        else if (result.kind === "here") here(found);
      } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new Error(`${found.path}: ${firstLineOf(error)}`, { cause: error });
      }
    },
    (batch, spare) => readForThread(setup, batch, spare)
  );
  return loaded;
}

// src/validate.ts
function threadOptions(options) {
  const fromEnvironment = threadsFromEnvironment(options.env);
  return { ...fromEnvironment !== void 0 ? { count: fromEnvironment, threshold: 0 } : {}, ...options.threads };
}
async function validateRepositoryInParallel(options) {
  let early;
  const onOrganization = (organization, basis) => {
    if (!early) {
      const artifacts = new ArtifactsStage(basis, options.env ?? {});
      early = { artifacts, rules: new RuleRun(options.rules ?? RULES, { ...basis, publicKeys: artifacts.publicKeys }) };
    }
    early.artifacts.readOrganization(organization);
    early.rules.organization(organization);
  };
  const model = await buildModelInParallel(options.root, options.now, { invalidConfig: "report", threads: threadOptions(options), onOrganization });
  if (!early) {
    readModelArtifacts(model, options.env ?? {});
    return checkModel(model, options);
  }
  early.artifacts.finish(model);
  return checkModel(model, options, early.rules.finish(model));
}
async function validateRepositoryOnline(options) {
  const model = await buildModelInParallel(options.root, options.now, { invalidConfig: "report", threads: threadOptions(options) });
  readModelArtifacts(model, options.env ?? {});
  if (!model.invalidConfig) applyLiveState(model, await options.liveState(model));
  return checkModel(model, options);
}
function assertSomethingValidated(run, rootArgument) {
  const { model } = run;
  if (model.organizationDocuments.length > 0 || model.files.length > 0 || run.report.findings.length > 0) return;
  const globs = model.config.include && model.config.include.length > 0 ? `include: ${model.config.include.join(", ")}` : "every *.yml and *.yaml file";
  throw new UsageError(
    `nothing validated in ${rootArgument}: no file in scope (${globs}) declares \`apiVersion: abm-gitops/v1\`; check the folder, the \`include\` globs in abm-gitops.yml and the files' apiVersion`
  );
}
function checkModel(model, options, findings = runRules(model, options.rules ?? RULES)) {
  for (const file of model.files) releaseSyntax(file);
  if (options.onlyFiles && !model.invalidConfig) findings = findings.filter((finding) => options.onlyFiles.has(finding.file));
  return { model, report: toReport(model, options.root, findings) };
}
function buildModel(rootArgument, now, options = {}) {
  const start = startModel(rootArgument, now, options);
  if ("model" in start) return start.model;
  const parts = new ModelParts();
  const loaded = loadRepository(start.root, start.config, (file, documents) => parts.modelParsed(file, documents));
  return assembleModel(start, loaded, parts, now);
}
async function buildModelInParallel(rootArgument, now, options = {}) {
  const start = startModel(rootArgument, now, options);
  if ("model" in start) return start.model;
  const { onOrganization } = options;
  const basis = { root: start.root, config: start.config, now };
  const parts = new ModelParts(onOrganization && ((organization) => onOrganization(organization, basis)));
  const loaded = await loadInParallel(start.root, start.config, parts, options.threads);
  return assembleModel(start, loaded, parts, now);
}
function startModel(rootArgument, now, options) {
  const root = resolve(rootArgument);
  assertDirectory(root, rootArgument);
  const reading = readConfig(root);
  const invalidConfig = configFailure(reading, options.invalidConfig === "report");
  if (invalidConfig && options.invalidConfig !== "report") throw new UsageError(invalidConfig);
  if (invalidConfig) return { model: invalidConfigModel(root, now, reading, invalidConfig) };
  return { root, config: reading.config };
}
function assembleModel(start, loaded, parts, now) {
  return {
    root: start.root,
    config: start.config,
    files: loaded.files,
    repositoryFiles: loaded.allFiles,
    organizationDocuments: parts.organizationDocuments,
    organizations: parts.organizations,
    parseProblems: loaded.problems,
    schemaProblems: parts.schemaProblems,
    referenceProblems: [],
    publicKeys: /* @__PURE__ */ new Map(),
    secretFiles: [],
    yamlSecretKinds: parts.yamlSecretKinds,
    now
  };
}
function quotableTexts(model) {
  const known = model.yamlSecretKinds;
  return textsByPath(model.files, (file) => (known?.has(file.path) ? known.get(file.path) : textSecretKind(file.text)) === void 0);
}
function invalidConfigModel(root, now, reading, invalidConfig) {
  const file = reading.file;
  const parseProblems = [];
  const schemaProblems = [];
  for (const problem of reading.problems) {
    if (problem.kind === "parse") parseProblems.push({ file, problem: problem.problem });
    else schemaProblems.push({ document: problem.document, problem: problem.problem });
  }
  return {
    root,
    config: defaultConfig(),
    files: [file],
    repositoryFiles: [],
    organizationDocuments: [],
    organizations: [],
    parseProblems,
    schemaProblems,
    referenceProblems: [],
    publicKeys: /* @__PURE__ */ new Map(),
    secretFiles: [],
    invalidConfig,
    now
  };
}
function assertDirectory(root, asGiven) {
  let isDirectory2;
  try {
    isDirectory2 = statSync(root).isDirectory();
  } catch (error) {
    const code = error.code;
    throw new UsageError(code === "ENOENT" ? `cannot validate ${asGiven}: no such directory` : `cannot validate ${asGiven}: ${code ?? "unreadable"}`);
  }
  if (!isDirectory2) throw new UsageError(`cannot validate ${asGiven}: not a directory (give the root of a config repository)`);
}
function toReport(model, rootArgument, findings) {
  return {
    version: 1,
    root: rootArgument,
    now: model.now.toISOString(),
    ...model.invalidConfig ? { error: { message: model.invalidConfig } } : {},
    findings,
    tokens: tokenEntries(model.organizations, model.now),
    summary: summarize(model, findings),
    ...model.liveState ? { online: onlineSummary(model.liveState) } : {}
  };
}
function tokenEntries(organizations, now) {
  const entries = [];
  const times = [];
  const isoTexts = /* @__PURE__ */ new Map();
  for (const organization of organizations) {
    for (const artifact of organization.artifacts) {
      const real = realExpiry(artifact);
      const expiresAt = real?.expiresAt ?? artifact.expiresAt;
      const region = artifact.expiresAtRegion;
      entries.push({
        organization: organization.name,
        kind: artifact.kind,
        id: artifact.id,
        expiresAt: isoText(isoTexts, expiresAt),
        daysLeft: daysBetween(now, expiresAt),
        source: real?.source ?? "declared",
        file: organization.source.file.path,
        line: region.line,
        column: region.column
      });
      times.push(expiresAt.getTime());
    }
  }
  const order = entries.map((_, index) => index);
  order.sort((i, j) => {
    const [a, b] = [entries[i], entries[j]];
    return times[i] - times[j] || compareText(a.organization, b.organization) || compareText(a.kind, b.kind) || compareText(a.id, b.id);
  });
  return order.map((index) => entries[index]);
}
function isoText(known, instant) {
  const time = instant.getTime();
  let text = known.get(time);
  if (text === void 0) known.set(time, text = instant.toISOString());
  return text;
}
function summarize(model, findings) {
  const summary = { files: model.files.length, organizations: model.organizationDocuments.length, errors: 0, warnings: 0, infos: 0, waived: 0 };
  for (const finding of findings) {
    if (finding.waived) summary.waived++;
    else if (finding.severity === "error") summary.errors++;
    else if (finding.severity === "warning") summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

// src/cli/commands/validate.ts
var command = {
  ...VALIDATE,
  async run(args, io) {
    const { root, absoluteRoot, givenFiles } = whatToValidate(args.positionals, io.cwd);
    const format = stringOption(args, "format") ?? "text";
    const failOn = stringOption(args, "fail-on") ?? "error";
    const now = resolveNow(stringOption(args, "now"));
    const changedSince = stringOption(args, "changed-since");
    const changed = changedSince ? await changedFilesSinceRef(absoluteRoot, changedSince) : void 0;
    const onlyFiles = givenFiles && changed ? new Set([...givenFiles].filter((file) => changed.has(file))) : givenFiles ?? changed;
    const options = { root: absoluteRoot, now, env: io.env, ...onlyFiles ? { onlyFiles } : {} };
    const { report, model } = booleanOption(args, "online", false) ? await validateRepositoryOnline({ ...options, liveState: await appleLiveStateFor(io.env) }) : await validateRepositoryInParallel(options);
    assertSomethingValidated({ report, model }, root);
    report.root = root;
    const output = formatReportChunks(format, report, {
      color: wantsColor(args, io) && stringOption(args, "output") === void 0,
      quiet: booleanOption(args, "quiet", false),
      sources: format === "json" ? /* @__PURE__ */ new Map() : quotableTexts(model),
      ...format === "html" ? { views: reportViews(model) } : {},
      rules: RULE_METAS,
      ...repositoryContext(absoluteRoot, io.env)
    });
    writeOutput(output, stringOption(args, "output"), io);
    if (model.invalidConfig) {
      io.stderr(`abm-gitops: ${shownError(model.invalidConfig)}
`);
      return 2;
    }
    return report.findings.some((finding) => failsAt(finding, failOn)) ? 1 : 0;
  }
};
async function changedFilesSinceRef(root, ref) {
  return (await import("./git-3RHI2AY6.js")).changedFilesSince(root, ref);
}
async function appleLiveStateFor(env) {
  return (await import("./apple-S34TN5OY.js")).appleLiveState(env);
}
function whatToValidate(positionals, cwd) {
  const [only] = positionals;
  if (only === void 0 || positionals.length === 1 && isDirectory(resolve2(cwd, only))) {
    const root = only ?? ".";
    return { root, absoluteRoot: resolve2(cwd, root) };
  }
  const { root: absoluteRoot, files } = repositoryOfFiles(cwd, positionals);
  return { root: relative(cwd, absoluteRoot) || ".", absoluteRoot, givenFiles: new Set(files) };
}
function isDirectory(path) {
  try {
    return statSync2(path).isDirectory();
  } catch {
    return false;
  }
}
function repositoryContext(root, env) {
  const workspace = env.GITHUB_WORKSPACE;
  const pathPrefix = workspace ? repositoryPrefix(workspace, root) ?? "" : "";
  const { GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!repository || !sha) return { pathPrefix };
  return { pathPrefix, links: { serverUrl: env.GITHUB_SERVER_URL || "https://github.com", repository, sha } };
}
function resolveNow(text) {
  if (text === void 0) return /* @__PURE__ */ new Date();
  return parseNow(text, "--now");
}
function wantsColor(args, io) {
  const { FORCE_COLOR: force, NO_COLOR: noColor, TERM: term } = io.env;
  if (force !== void 0) return booleanOption(args, "color", force !== "0" && force.toLowerCase() !== "false");
  if (noColor !== void 0 && noColor !== "") return booleanOption(args, "color", false);
  return booleanOption(args, "color", io.isTTY && term !== "dumb");
}
function writeOutput(output, outputPath, io) {
  const pieces = typeof output === "string" ? [output] : output;
  if (outputPath === void 0) {
    writeInBatches(pieces, (text) => io.stdout(text));
    return;
  }
  const target = resolve2(io.cwd, outputPath);
  const existing = lstatOrUndefined(target);
  const mode = (existing?.mode ?? 438) & 4095;
  try {
    if (existing !== void 0 && !existing.isFile()) writeFile(target, "w", mode, pieces);
    else replaceFile(target, existing !== void 0, mode, pieces);
  } catch (error) {
    const code = error.code;
    if (typeof code !== "string") throw error;
    throw new UsageError(`cannot write ${outputPath}: ${code}`);
  }
}
function replaceFile(target, exists, mode, pieces) {
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  let descriptor;
  try {
    descriptor = openSync(partial, "wx", mode);
  } catch (error) {
    const code = error.code;
    if (exists && (code === "EACCES" || code === "EPERM" || code === "EROFS")) return writeFile(target, "w", mode, pieces);
    throw error;
  }
  try {
    const file = descriptor;
    writeInBatches(pieces, (text) => writeFileSync(file, text));
    closeSync(descriptor);
    descriptor = void 0;
    renameSync(partial, target);
  } catch (error) {
    if (descriptor !== void 0) closeSync(descriptor);
    rmSync(partial, { force: true });
    throw error;
  }
}
function writeFile(path, flags, mode, pieces) {
  const descriptor = openSync(path, flags, mode);
  try {
    writeInBatches(pieces, (text) => writeFileSync(descriptor, text));
  } finally {
    closeSync(descriptor);
  }
}
function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}
var BATCH_CHARACTERS = 1 << 16;
function writeInBatches(pieces, write) {
  let batch = "";
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= BATCH_CHARACTERS) {
      write(batch);
      batch = "";
    }
  }
  if (batch !== "") write(batch);
}

export {
  buildModel,
  tokenEntries,
  command,
  appleLiveStateFor,
  repositoryContext,
  resolveNow,
  wantsColor,
  writeOutput
};
