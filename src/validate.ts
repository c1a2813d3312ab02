import { compareText } from './base/text.js';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ArtifactsStage, readModelArtifacts, textSecretKind, type Environment } from './artifacts/stage.js';
import { UsageError } from './base/errors.js';
import type { Finding, Summary, TokenEntry, ValidationReport } from './base/findings.js';
import { configFailure, defaultConfig, readConfig, type ConfigReading, type ResolvedConfig } from './config/index.js';
import { loadRepository, releaseSyntax, textsByPath, type LoadedRepository } from './load/index.js';
import { daysBetween } from './base/dates.js';
import { applyLiveState, onlineSummary, realExpiry } from './model/live.js';
import type { LiveState } from './model/live-state.js';
import type { Organization, RepositoryModel } from './model/types.js';
import { RULES, RuleRun, runRules, type Rule } from './rules/index.js';
import { loadInParallel, ModelParts, threadsFromEnvironment, type ThreadOptions } from './validate/index.js';

export interface ValidateOptions {
  root: string;
  now: Date;
  /** Report findings only in these files (relative paths); the whole repo is still loaded. */
  onlyFiles?: ReadonlySet<string>;
  rules?: readonly Rule[];
  /** Values for `env:` references (the CLI passes its environment); default none, i.e. an offline run. */
  env?: Environment;
  /** Worker threads for the asynchronous runs; default from `ABM_GITOPS_THREADS` in `env`, else automatic. */
  threads?: ThreadOptions;
}

function threadOptions(options: ValidateOptions): ThreadOptions {
  const fromEnvironment = threadsFromEnvironment(options.env);
  // Threads asked for by name are used whatever the repository's size.
  return { ...(fromEnvironment !== undefined ? { count: fromEnvironment, threshold: 0 } : {}), ...options.threads };
}

/**
 * Asks Apple about the modelled organizations (`--online`). The CLI and the
 * Action pass the Apple adapters' fetcher in; the core never imports them,
 * so an offline run cannot reach the network. It must not throw for
 * anything Apple does: failures are part of the returned state.
 */
export type LiveStateProvider = (model: RepositoryModel) => Promise<LiveState>;

export interface OnlineValidateOptions extends ValidateOptions {
  liveState: LiveStateProvider;
}

export interface ValidationRun {
  report: ValidationReport;
  model: RepositoryModel;
}

/**
 * The core pipeline: files → documents with positions → schema → model →
 * real artifacts behind `ref`s → rules → findings. Throws `UsageError` only
 * when the run cannot be done at all (unreadable root, invalid
 * abm-gitops.yml); everything else is a finding.
 */
export function validateRepository(options: ValidateOptions): ValidationRun {
  const model = buildModel(options.root, options.now, { invalidConfig: 'report' });
  readModelArtifacts(model, options.env ?? {});
  return checkModel(model, options);
}

/**
 * `validateRepository` with the files read, parsed, schema-checked and
 * modelled on worker threads when the repository is big enough (the CLI's
 * and the Action's `validate`); the rules and the report stay in this
 * thread, and the result is the same. `ABM_GITOPS_THREADS` in `env` sets
 * the number of threads (1: none); docs/performance.md.
 */
export async function validateRepositoryInParallel(options: ValidateOptions): Promise<ValidationRun> {
  // Each organization's artifacts and per-organization rules are done as it arrives, while the threads load the rest.
  let early: { artifacts: ArtifactsStage; rules: RuleRun } | undefined;
  const onOrganization = (organization: Organization, basis: Pick<RepositoryModel, 'root' | 'config' | 'now'>): void => {
    if (!early) {
      const artifacts = new ArtifactsStage(basis, options.env ?? {});
      early = { artifacts, rules: new RuleRun(options.rules ?? RULES, { ...basis, publicKeys: artifacts.publicKeys }) };
    }
    early.artifacts.readOrganization(organization);
    early.rules.organization(organization);
  };
  const model = await buildModelInParallel(options.root, options.now, { invalidConfig: 'report', threads: threadOptions(options), onOrganization });
  if (!early) {
    readModelArtifacts(model, options.env ?? {});
    return checkModel(model, options);
  }
  early.artifacts.finish(model);
  return checkModel(model, options, early.rules.finish(model));
}

/**
 * The same pipeline with the live-state stage (`validate --online`): after
 * the artifacts are read and before the rules run, Apple's answers join the
 * model, so the online rules are ordinary rules over it.
 */
export async function validateRepositoryOnline(options: OnlineValidateOptions): Promise<ValidationRun> {
  const model = await buildModelInParallel(options.root, options.now, { invalidConfig: 'report', threads: threadOptions(options) });
  readModelArtifacts(model, options.env ?? {});
  // Settings that could not be read are no basis for asking Apple anything.
  if (!model.invalidConfig) applyLiveState(model, await options.liveState(model));
  return checkModel(model, options);
}

/**
 * A run that found no organization file and nothing else to say is not
 * "no problems": a renamed folder or an `include` glob that matches nothing
 * would keep CI green forever. The CLI and the Action exit 2 with this line.
 */
export function assertSomethingValidated(run: ValidationRun, rootArgument: string): void {
  const { model } = run;
  if (model.organizationDocuments.length > 0 || model.files.length > 0 || run.report.findings.length > 0) return;
  const globs = model.config.include && model.config.include.length > 0 ? `include: ${model.config.include.join(', ')}` : 'every *.yml and *.yaml file';
  throw new UsageError(
    `nothing validated in ${rootArgument}: no file in scope (${globs}) declares \`apiVersion: abm-gitops/v1\`; check the folder, the \`include\` globs in abm-gitops.yml and the files' apiVersion`,
  );
}

/** `findings`: the rules' findings when they were run as the model was built. */
function checkModel(model: RepositoryModel, options: ValidateOptions, findings = runRules(model, options.rules ?? RULES)): ValidationRun {
  // The findings hold their positions now: the files parsed again for them go back to disk.
  for (const file of model.files) releaseSyntax(file);
  // An invalid abm-gitops.yml is reported whichever files were asked about: it stopped the whole run.
  if (options.onlyFiles && !model.invalidConfig) findings = findings.filter((finding) => options.onlyFiles!.has(finding.file));
  return { model, report: toReport(model, options.root, findings) };
}

/**
 * Loads and models the repository. Each file is modelled as soon as it is
 * parsed, what else needs its text (inline waivers, the committed-secret
 * check) reads it then, and its text and syntax trees are released: at
 * 10,000 organizations, holding them all costs more memory and garbage
 * collection than reading and parsing again the few files a finding points into.
 */
export function buildModel(rootArgument: string, now: Date, options: BuildOptions = {}): RepositoryModel {
  const start = startModel(rootArgument, now, options);
  if ('model' in start) return start.model;
  const parts = new ModelParts();
  const loaded = loadRepository(start.root, start.config, (file, documents) => parts.modelParsed(file, documents));
  return assembleModel(start, loaded, parts, now);
}

/**
 * `buildModel` with the files spread over worker threads when there are
 * enough of them (`src/validate/parallel.ts`); the model is the same.
 */
export async function buildModelInParallel(
  rootArgument: string,
  now: Date,
  options: BuildOptions & {
    threads?: ThreadOptions;
    /** Hears of each organization as soon as it is modelled, in model order (not for an invalid abm-gitops.yml). */
    onOrganization?: (organization: Organization, basis: Pick<RepositoryModel, 'root' | 'config' | 'now'>) => void;
  } = {},
): Promise<RepositoryModel> {
  const start = startModel(rootArgument, now, options);
  if ('model' in start) return start.model;
  const { onOrganization } = options;
  const basis = { root: start.root, config: start.config, now };
  const parts = new ModelParts(onOrganization && ((organization) => onOrganization(organization, basis)));
  const loaded = await loadInParallel(start.root, start.config, parts, options.threads);
  return assembleModel(start, loaded, parts, now);
}

type ModelStart = { model: RepositoryModel } | { root: string; config: ResolvedConfig };

function startModel(rootArgument: string, now: Date, options: BuildOptions): ModelStart {
  const root = resolve(rootArgument);
  assertDirectory(root, rootArgument);
  const reading = readConfig(root);
  const invalidConfig = configFailure(reading, options.invalidConfig === 'report');
  if (invalidConfig && options.invalidConfig !== 'report') throw new UsageError(invalidConfig);
  if (invalidConfig) return { model: invalidConfigModel(root, now, reading, invalidConfig) };
  return { root, config: reading.config };
}

function assembleModel(start: { root: string; config: ResolvedConfig }, loaded: LoadedRepository, parts: ModelParts, now: Date): RepositoryModel {
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
    publicKeys: new Map(),
    secretFiles: [],
    yamlSecretKinds: parts.yamlSecretKinds,
    now,
  };
}

/**
 * The texts reporters may quote in code frames: never a file that holds a
 * secret (an inline private key, a pasted token), whatever the severity of
 * `committed-secret` and whether or not abm-gitops.yml itself is valid.
 */
export function quotableTexts(model: RepositoryModel): ReadonlyMap<string, string> {
  const known = model.yamlSecretKinds;
  return textsByPath(model.files, (file) => (known?.has(file.path) ? known.get(file.path) : textSecretKind(file.text)) === undefined);
}

/**
 * How `buildModel` treats an invalid abm-gitops.yml: `throw` (default) its
 * first mistake as a `UsageError`, for commands that cannot go on; `report`
 * a model of that file alone whose problems the rules turn into findings.
 */
export interface BuildOptions {
  invalidConfig?: 'throw' | 'report';
}

/**
 * Settings that cannot be read make every other finding doubtful (which
 * files are in scope, severities, waivers, windows), so no organization file
 * is read: the model holds abm-gitops.yml and its mistakes, which the
 * `yaml-syntax`, `input-limit` and `schema` rules report like any other.
 */
function invalidConfigModel(root: string, now: Date, reading: ConfigReading, invalidConfig: string): RepositoryModel {
  const file = reading.file!;
  const parseProblems: RepositoryModel['parseProblems'] = [];
  const schemaProblems: RepositoryModel['schemaProblems'] = [];
  for (const problem of reading.problems) {
    if (problem.kind === 'parse') parseProblems.push({ file, problem: problem.problem });
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
    publicKeys: new Map(),
    secretFiles: [],
    invalidConfig,
    now,
  };
}

function assertDirectory(root: string, asGiven: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `cannot validate ${asGiven}: no such directory` : `cannot validate ${asGiven}: ${code ?? 'unreadable'}`);
  }
  if (!isDirectory) throw new UsageError(`cannot validate ${asGiven}: not a directory (give the root of a config repository)`);
}

function toReport(model: RepositoryModel, rootArgument: string, findings: Finding[]): ValidationReport {
  return {
    version: 1,
    root: rootArgument,
    now: model.now.toISOString(),
    ...(model.invalidConfig ? { error: { message: model.invalidConfig } } : {}),
    findings,
    tokens: tokenEntries(model.organizations, model.now),
    summary: summarize(model, findings),
    ...(model.liveState ? { online: onlineSummary(model.liveState) } : {}),
  };
}

/** Every dated artifact, earliest expiry first; the real expiry (Apple's, else the file's or secret's) wins over the declared one. */
export function tokenEntries(organizations: readonly Organization[], now: Date): TokenEntry[] {
  const entries: TokenEntry[] = [];
  // Sort keys beside the entries: a copy of 50,000 entries without them was the report's largest allocation.
  const times: number[] = [];
  // Tokens expire on a few hundred days: one ISO string per instant instead of one per entry (2 MiB at 10,000 organizations).
  const isoTexts = new Map<number, string>();
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
        source: real?.source ?? 'declared',
        file: organization.source.file.path,
        line: region.line,
        column: region.column,
      });
      times.push(expiresAt.getTime());
    }
  }
  const order = entries.map((_, index) => index);
  order.sort((i, j) => {
    const [a, b] = [entries[i]!, entries[j]!];
    return times[i]! - times[j]! || compareText(a.organization, b.organization) || compareText(a.kind, b.kind) || compareText(a.id, b.id);
  });
  return order.map((index) => entries[index]!);
}

function isoText(known: Map<number, string>, instant: Date): string {
  const time = instant.getTime();
  let text = known.get(time);
  if (text === undefined) known.set(time, (text = instant.toISOString()));
  return text;
}

function summarize(model: RepositoryModel, findings: readonly Finding[]): Summary {
  const summary: Summary = { files: model.files.length, organizations: model.organizationDocuments.length, errors: 0, warnings: 0, infos: 0, waived: 0 };
  for (const finding of findings) {
    if (finding.waived) summary.waived++;
    else if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}
