import { join } from 'node:path';
import { UsageError } from '../base/errors.js';
import type { SeveritySetting } from '../base/findings.js';
import { parseDuration, parseInstant, DAY_MS } from '../base/dates.js';
import type { ConfigDocument, Exception, RenewalGroup } from '../base/schema-types.js';
import { checkSchema, quoteValue, type SchemaProblem } from '../schema/index.js';
import {
  compileGlobs,
  CONFIG_FILE_NAMES,
  decodeText,
  DEFAULT_LIMITS,
  fileStartProblem,
  type DocPath,
  type InputLimits,
  type ParseProblem,
  parseSource,
  readGuardedFile,
  regionOf,
  type SourceDocument,
  type SourceFile,
} from '../load/index.js';

export interface ExpiryWindows {
  warnBeforeMs: number;
  errorBeforeMs: number;
  renewBeforeMs: number;
}

export interface ConfigException {
  rule: string;
  organization: string;
  /** `<list>/<id>[/<key>…]` inside spec, when the waiver is narrower than the organization. */
  target?: string;
  reason: string;
  /** The instant the waiver stops applying: a bare date holds through that whole day (UTC). */
  expires: Date;
  /** `expires` as written in abm-gitops.yml, for messages. */
  expiresAsWritten: string;
  /** Where the entry sits in abm-gitops.yml, for findings about the waiver itself. */
  path: DocPath;
}

export interface RenewalSettings {
  /** Keep the token dashboard issue up to date (interfaces.md). */
  dashboard: boolean;
  branchPrefix: string;
  labels: string[];
  reviewers: string[];
  group: RenewalGroup;
}

/** `online` in abm-gitops.yml: how `validate --online` asks Apple. */
export interface OnlineSettings {
  /** apple-service-silent: a service with devices that has not connected for this long. */
  silentAfterMs: number;
  /** Requests in flight to Apple at once, across organizations. */
  concurrency: number;
}

/** abm-gitops.yml with every default filled in. */
export interface ResolvedConfig {
  /** The parsed abm-gitops.yml, when the repo has one. */
  source?: SourceDocument;
  include?: string[];
  expiry: ExpiryWindows;
  rules: Record<string, SeveritySetting>;
  exceptions: ConfigException[];
  limits: InputLimits;
  online: OnlineSettings;
  renewal: RenewalSettings;
}

export const DEFAULT_EXPIRY: ExpiryWindows = { warnBeforeMs: 30 * DAY_MS, errorBeforeMs: 7 * DAY_MS, renewBeforeMs: 45 * DAY_MS };
export const DEFAULT_ONLINE: OnlineSettings = { silentAfterMs: 7 * DAY_MS, concurrency: 4 };
/** A service is not "silent" after minutes, and a year of silence is no longer news. */
const SILENT_AFTER_BOUNDS = { minMs: 60 * 60 * 1000, maxMs: 366 * DAY_MS };
export const DEFAULT_RENEWAL: RenewalSettings = { dashboard: true, branchPrefix: 'abm-gitops/renew/', labels: ['abm-renewal'], reviewers: [], group: 'token' };

export function defaultConfig(): ResolvedConfig {
  return {
    expiry: { ...DEFAULT_EXPIRY },
    rules: {},
    exceptions: [],
    limits: { ...DEFAULT_LIMITS },
    online: { ...DEFAULT_ONLINE },
    renewal: { ...DEFAULT_RENEWAL, labels: [...DEFAULT_RENEWAL.labels] },
  };
}

/** A mistake in abm-gitops.yml: a parse problem at a place, or a schema or value problem at a key. */
export type ConfigProblem =
  | { kind: 'parse'; problem: ParseProblem }
  /** `fromSchema`: the JSON Schema refused it; else a value the schema lets through is wrong (a duration, a date, a glob). */
  | { kind: 'document'; document: SourceDocument; problem: SchemaProblem; fromSchema: boolean };

/** abm-gitops.yml as read: the settings (defaults where it is broken), and every mistake in it. */
export interface ConfigReading {
  config: ResolvedConfig;
  /** The parsed file, when the repo has one. */
  file?: SourceFile;
  problems: ConfigProblem[];
}

/**
 * Reads `abm-gitops.yml` at the root and collects every mistake in it at
 * once, each located (a person fixing a config wants them all in one run,
 * not one per push). The hardening guards on reading the file stay
 * `UsageError`s: then there is no text to point into.
 */
export function readConfig(root: string): ConfigReading {
  const found = readConfigFile(root);
  if (!found) return { config: defaultConfig(), problems: [] };
  const { name, text, undecodable } = found;
  if (undecodable !== undefined) {
    // Not text: nothing to point into but the file's start, as for an organization file.
    const { file } = parseSource(name, join(root, name), '', DEFAULT_LIMITS);
    return { config: defaultConfig(), file, problems: [{ kind: 'parse', problem: fileStartProblem('yaml-syntax', `This file cannot be parsed: ${undecodable}.`) }] };
  }
  const { file, problems: parseProblems } = parseSource(name, join(root, name), text, DEFAULT_LIMITS);
  const problems: ConfigProblem[] = parseProblems.map((problem) => ({ kind: 'parse', problem }));
  const document = file.documents.find((doc) => doc.value !== null && doc.value !== undefined);
  if (!document) return { config: defaultConfig(), file, problems };

  const schemaProblems = checkSchema('config', document.value);
  for (const problem of schemaProblems) problems.push({ kind: 'document', document, problem, fromSchema: true });
  // A key the schema already refused gets no second, vaguer problem from the checks below.
  // (A problem of the whole document, such as a missing `kind`, says nothing about the keys inside it.)
  const flagged = (path: DocPath): boolean => schemaProblems.some((problem) => (problem.path.length > 0 && startsWith(path, problem.path)) || startsWith(problem.path, path));
  const report = (path: DocPath, message: string): undefined => {
    if (!flagged(path)) problems.push({ kind: 'document', document, problem: { path, message }, fromSchema: false });
    return undefined;
  };
  return { config: resolveConfig(document, report), file, problems };
}

/**
 * Reads `abm-gitops.yml` for a command that cannot go on without valid
 * settings (tokens, renew): any mistake is a `UsageError`, one located line
 * that says how many more there are.
 */
export function loadConfig(root: string): ResolvedConfig {
  const reading = readConfig(root);
  const failure = configFailure(reading);
  if (failure) throw new UsageError(failure);
  return reading.config;
}

/**
 * The one line for an invalid abm-gitops.yml: its first mistake in the file,
 * located, and how many follow; undefined when it is valid. `inReport`: the
 * caller reports every mistake as a finding (validate), so the line says so.
 */
export function configFailure(reading: ConfigReading, inReport = false): string | undefined {
  if (!reading.file || reading.problems.length === 0) return undefined;
  const name = reading.file.path;
  const located = reading.problems.map((problem) =>
    problem.kind === 'parse'
      ? { region: problem.problem.region, text: problem.problem.message }
      : { region: regionOf(problem.document, problem.problem.path), text: `${problem.fromSchema ? 'invalid configuration: ' : ''}${problem.problem.message}` },
  );
  located.sort((a, b) => a.region.line - b.region.line || a.region.column - b.region.column);
  const first = located[0]!;
  const line = `${name}:${first.region.line}:${first.region.column}: ${first.text}`;
  const more = located.length - 1;
  if (more === 0) return line;
  const mistakes = `${more} more ${more === 1 ? 'mistake' : 'mistakes'} in ${name}`;
  return inReport ? `${line} (and ${mistakes}, all in the report)` : `${line} (and ${mistakes}: \`abm-gitops validate\` lists them all)`;
}

function startsWith(path: DocPath, prefix: DocPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

/**
 * The settings with every default filled in. The document may have failed
 * the schema, so each value is looked at only when it has the expected
 * type; a value that is wrong is reported and its default used.
 */
function resolveConfig(document: SourceDocument, report: (path: DocPath, message: string) => undefined): ResolvedConfig {
  const raw = (isRecord(document.value) ? document.value : {}) as Partial<ConfigDocument>;
  const config = defaultConfig();
  config.source = document;
  if (isStringList(raw.include)) {
    const compiled = compileGlobs(raw.include);
    if ('problem' in compiled) report(['include', compiled.index], `${compiled.problem}: use fewer, simpler globs.`);
    else config.include = raw.include;
  }

  const expiry = isRecord(raw.expiry) ? raw.expiry : {};
  /** The window in ms, its default when absent, undefined when it is written but unusable. */
  const duration = (key: 'warnBefore' | 'errorBefore' | 'renewBefore', fallback: number): number | undefined => {
    const value = expiry[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'string') return undefined;
    return parseDuration(value) ?? report(['expiry', key], `\`${value}\` is not a duration such as \`30d\` or \`12h\` (at most 9999d or 99999h).`);
  };
  const warnBeforeMs = duration('warnBefore', DEFAULT_EXPIRY.warnBeforeMs);
  const errorBeforeMs = duration('errorBefore', DEFAULT_EXPIRY.errorBeforeMs);
  config.expiry = {
    warnBeforeMs: warnBeforeMs ?? DEFAULT_EXPIRY.warnBeforeMs,
    errorBeforeMs: errorBeforeMs ?? DEFAULT_EXPIRY.errorBeforeMs,
    renewBeforeMs: duration('renewBefore', DEFAULT_EXPIRY.renewBeforeMs) ?? DEFAULT_EXPIRY.renewBeforeMs,
  };
  // Compared only when both were written usably (or left to their defaults): a broken one has its own finding.
  if (warnBeforeMs !== undefined && errorBeforeMs !== undefined && errorBeforeMs > warnBeforeMs) {
    report(['expiry', 'errorBefore'], '`expiry.errorBefore` is longer than `expiry.warnBefore`: the error window must sit inside the warning window.');
  }
  if (isRecord(raw.rules)) config.rules = { ...(raw.rules as Record<string, SeveritySetting>) };
  config.exceptions = (Array.isArray(raw.exceptions) ? raw.exceptions : []).flatMap((entry: unknown, index): ConfigException[] => {
    if (!isRecord(entry) || typeof entry.expires !== 'string') return [];
    const { rule, organization, target, reason, expires: expiresAsWritten } = entry as unknown as Exception;
    const expires = waiverEnd(expiresAsWritten) ?? report(['exceptions', index, 'expires'], `${quoteValue(expiresAsWritten)} is not a valid date.`);
    if (!expires) return [];
    return [{ rule, organization, ...(target !== undefined ? { target } : {}), reason, expires, expiresAsWritten, path: ['exceptions', index] }];
  });
  if (isRecord(raw.limits)) config.limits = { ...DEFAULT_LIMITS, ...(raw.limits as Partial<InputLimits>) };
  config.online = resolveOnline(isRecord(raw.online) ? raw.online : {}, report);
  const renewal = (isRecord(raw.renewal) ? raw.renewal : {}) as NonNullable<ConfigDocument['renewal']>;
  config.renewal = {
    dashboard: renewal.dashboard ?? DEFAULT_RENEWAL.dashboard,
    branchPrefix: renewal.branchPrefix ?? DEFAULT_RENEWAL.branchPrefix,
    labels: renewal.labels ?? [...DEFAULT_RENEWAL.labels],
    reviewers: renewal.reviewers ?? [],
    group: renewal.group ?? DEFAULT_RENEWAL.group,
  };
  return config;
}

function resolveOnline(online: Record<string, unknown>, report: (path: DocPath, message: string) => undefined): OnlineSettings {
  const concurrency = typeof online.concurrency === 'number' ? online.concurrency : DEFAULT_ONLINE.concurrency;
  const silentAfter = online.silentAfter;
  if (typeof silentAfter !== 'string') return { silentAfterMs: DEFAULT_ONLINE.silentAfterMs, concurrency };
  const silentAfterMs = parseDuration(silentAfter);
  if (silentAfterMs === undefined) {
    report(['online', 'silentAfter'], `\`${silentAfter}\` is not a duration such as \`7d\` or \`12h\`.`);
  } else if (silentAfterMs < SILENT_AFTER_BOUNDS.minMs || silentAfterMs > SILENT_AFTER_BOUNDS.maxMs) {
    report(['online', 'silentAfter'], `\`online.silentAfter\` is ${silentAfter}: use a duration between \`1h\` and \`366d\` (default \`7d\`).`);
  } else {
    return { silentAfterMs, concurrency };
  }
  return { silentAfterMs: DEFAULT_ONLINE.silentAfterMs, concurrency };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/**
 * The first of CONFIG_FILE_NAMES present at the root, read under the rules
 * organization files obey (regular file inside the root, default size cap):
 * a pull request controls this file too.
 */
function readConfigFile(root: string): { name: string; text: string; undecodable?: string } | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const read = readGuardedFile(root, name, DEFAULT_LIMITS.maxFileBytes);
    if ('bytes' in read) {
      const { text, problem } = decodeText(read.bytes);
      return text === undefined ? { name, text: '', undecodable: problem ?? 'unreadable' } : { name, text };
    }
    if (read.kind !== 'missing') {
      throw new UsageError(
        `${name}: ${read.problem}; abm-gitops reads its settings only from a regular file inside the repository, of at most ${DEFAULT_LIMITS.maxFileBytes} bytes.`,
      );
    }
  }
  return undefined;
}

function waiverEnd(text: string): Date | undefined {
  const instant = parseInstant(text);
  if (!instant) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(instant.getTime() + DAY_MS) : instant;
}
