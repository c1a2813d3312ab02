import { join } from 'node:path';
import { UsageError } from '../base/errors.js';
import type { SeveritySetting } from '../base/findings.js';
import { parseDuration, parseInstant, DAY_MS } from '../base/dates.js';
import type { ConfigDocument, RenewalGroup } from '../base/schema-types.js';
import { checkSchema } from '../schema/index.js';
import { CONFIG_FILE_NAMES } from '../load/discover.js';
import { DEFAULT_LIMITS, type InputLimits } from '../load/limits.js';
import { decodeText, parseSource } from '../load/parse.js';
import { compileGlobs } from '../load/glob.js';
import { readGuardedFile } from '../load/read-file.js';
import { regionOf } from '../load/positions.js';
import type { DocPath, SourceDocument } from '../load/source.js';

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

/**
 * Reads `abm-gitops.yml` at the root. A broken config makes the whole run
 * meaningless, so every problem here is a `UsageError` (one located line, exit 2).
 */
export function loadConfig(root: string): ResolvedConfig {
  const found = readConfigFile(root);
  if (!found) return defaultConfig();
  const { name, text } = found;
  const absolutePath = join(root, name);
  const { file, problems } = parseSource(name, absolutePath, text, DEFAULT_LIMITS);
  const first = problems[0];
  if (first) throw new UsageError(`${name}:${first.region.line}:${first.region.column}: ${first.message}`);
  const document = file.documents.find((doc) => doc.value !== null && doc.value !== undefined);
  if (!document) return defaultConfig();

  const fail = (path: DocPath, message: string): never => {
    const at = regionOf(document, path);
    throw new UsageError(`${name}:${at.line}:${at.column}: ${message}`);
  };
  const schemaProblem = checkSchema('config', document.value)[0];
  if (schemaProblem) fail(schemaProblem.path, `invalid configuration: ${schemaProblem.message}`);

  const raw = document.value as ConfigDocument;
  const config = defaultConfig();
  config.source = document;
  if (raw.include) {
    const compiled = compileGlobs(raw.include);
    if ('problem' in compiled) fail(['include', compiled.index], `${compiled.problem}: use fewer, simpler globs.`);
    config.include = raw.include;
  }

  const duration = (key: 'warnBefore' | 'errorBefore' | 'renewBefore', fallback: number): number => {
    const value = raw.expiry?.[key];
    return value === undefined ? fallback : (parseDuration(value) ?? fail(['expiry', key], `\`${value}\` is not a duration such as \`30d\` or \`12h\` (at most 9999d or 99999h).`));
  };
  config.expiry = {
    warnBeforeMs: duration('warnBefore', DEFAULT_EXPIRY.warnBeforeMs),
    errorBeforeMs: duration('errorBefore', DEFAULT_EXPIRY.errorBeforeMs),
    renewBeforeMs: duration('renewBefore', DEFAULT_EXPIRY.renewBeforeMs),
  };
  if (config.expiry.errorBeforeMs > config.expiry.warnBeforeMs) {
    fail(['expiry', 'errorBefore'], '`expiry.errorBefore` is longer than `expiry.warnBefore`: the error window must sit inside the warning window.');
  }
  config.rules = { ...(raw.rules as Record<string, SeveritySetting> | undefined) };
  config.exceptions = (raw.exceptions ?? []).map((entry, index) => ({
    rule: entry.rule,
    organization: entry.organization,
    ...(entry.target !== undefined ? { target: entry.target } : {}),
    reason: entry.reason,
    expires: waiverEnd(entry.expires) ?? fail(['exceptions', index, 'expires'], `\`${entry.expires}\` is not a valid date.`),
    expiresAsWritten: entry.expires,
    path: ['exceptions', index],
  }));
  config.limits = { ...DEFAULT_LIMITS, ...raw.limits };
  const silentAfter = raw.online?.silentAfter;
  const silentAfterMs =
    silentAfter === undefined
      ? DEFAULT_ONLINE.silentAfterMs
      : (parseDuration(silentAfter) ?? fail(['online', 'silentAfter'], `\`${silentAfter}\` is not a duration such as \`7d\` or \`12h\`.`));
  if (silentAfterMs < SILENT_AFTER_BOUNDS.minMs || silentAfterMs > SILENT_AFTER_BOUNDS.maxMs) {
    fail(['online', 'silentAfter'], `\`online.silentAfter\` is ${silentAfter}: use a duration between \`1h\` and \`366d\` (default \`7d\`).`);
  }
  config.online = { silentAfterMs, concurrency: raw.online?.concurrency ?? DEFAULT_ONLINE.concurrency };
  config.renewal = {
    dashboard: raw.renewal?.dashboard ?? DEFAULT_RENEWAL.dashboard,
    branchPrefix: raw.renewal?.branchPrefix ?? DEFAULT_RENEWAL.branchPrefix,
    labels: raw.renewal?.labels ?? [...DEFAULT_RENEWAL.labels],
    reviewers: raw.renewal?.reviewers ?? [],
    group: raw.renewal?.group ?? DEFAULT_RENEWAL.group,
  };
  return config;
}

/**
 * The first of CONFIG_FILE_NAMES present at the root, read under the rules
 * organization files obey (regular file inside the root, default size cap):
 * a pull request controls this file too.
 */
function readConfigFile(root: string): { name: string; text: string } | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const read = readGuardedFile(root, name, DEFAULT_LIMITS.maxFileBytes);
    if ('bytes' in read) {
      const { text, problem } = decodeText(read.bytes);
      if (text === undefined) throw new UsageError(`${name}: ${problem}`);
      return { name, text };
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
