import { maskPrefixedTokens } from '../base/credentials.js';
import type { Finding } from '../base/findings.js';
import type { ConfigException } from '../config/index.js';
import type { SourceFile } from '../load/index.js';
import type { RepositoryModel } from '../model/types.js';

const MARKER = 'abm-gitops-ignore';
const COMMENT = /(?:^|\s)#\s*abm-gitops-ignore\b(.*)$/;

/** A `# abm-gitops-ignore <rule-id> -- <reason>` comment. */
export interface InlineWaiver {
  /** 1-based line of the comment. */
  line: number;
  column: number;
  endColumn: number;
  ruleId?: string;
  reason?: string;
  /** The comment is alone on its line, so it covers the next line. */
  standalone: boolean;
}

const cache = new WeakMap<SourceFile, readonly InlineWaiver[]>();
/** Shared by every file without a waiver comment (almost all of them). */
const NO_WAIVERS: readonly InlineWaiver[] = Object.freeze([]);

/** Every inline waiver comment in a file (cached: the engine and the waiver rules both ask). */
export function inlineWaivers(file: SourceFile): readonly InlineWaiver[] {
  const cached = cache.get(file);
  if (cached) return cached;
  if (!file.text.includes(MARKER)) {
    cache.set(file, NO_WAIVERS);
    return NO_WAIVERS;
  }
  const waivers: InlineWaiver[] = [];
  file.text.split(/\r?\n/).forEach((text, index) => {
    const match = text.includes(MARKER) ? COMMENT.exec(text) : null;
    if (!match) return;
    const [, rest = ''] = match;
    const [rulePart = '', ...reasonParts] = rest.split('--');
    const ruleId = rulePart.trim() || undefined;
    const reason = reasonParts.join('--').trim() || undefined;
    const column = text.indexOf('#', match.index) + 1;
    waivers.push({
      line: index + 1,
      column,
      endColumn: text.trimEnd().length + 1,
      ...(ruleId ? { ruleId } : {}),
      ...(reason ? { reason } : {}),
      standalone: text.slice(0, column - 1).trim() === '',
    });
  });
  cache.set(file, waivers);
  return waivers;
}

/** Takes the waivers of a file read on a worker thread, so they are not looked for again in its (released) text. */
export function rememberInlineWaivers(file: SourceFile, waivers: readonly InlineWaiver[]): void {
  cache.set(file, waivers.length === 0 ? NO_WAIVERS : waivers);
}

export function isUsableInlineWaiver(waiver: InlineWaiver, knownRuleIds: ReadonlySet<string>): boolean {
  return waiver.reason !== undefined && waiver.ruleId !== undefined && knownRuleIds.has(waiver.ruleId);
}

export function isExceptionExpired(exception: ConfigException, now: Date): boolean {
  return now.getTime() >= exception.expires.getTime();
}

/**
 * Marks the findings that a usable waiver covers: an inline comment on the
 * finding's line (or alone on the line above), or an unexpired `exceptions`
 * entry for its rule, organization and target. Waived findings stay in the
 * output; they only stop counting towards the exit status.
 */
export function applyWaivers(findings: Finding[], model: RepositoryModel, knownRuleIds: ReadonlySet<string>): void {
  const filesByPath = new Map(model.files.map((file) => [file.path, file]));
  const exceptions = model.config.exceptions
    .filter((exception) => knownRuleIds.has(exception.rule) && !isExceptionExpired(exception, model.now))
    .map((exception) => ({ exception, pathPrefix: exception.target === undefined ? undefined : targetPath(model, exception) }));

  for (const finding of findings) {
    const file = filesByPath.get(finding.file);
    const inline =
      file &&
      inlineWaivers(file).find(
        (waiver) =>
          waiver.ruleId === finding.ruleId &&
          isUsableInlineWaiver(waiver, knownRuleIds) &&
          (waiver.line === finding.line || (waiver.standalone && waiver.line === finding.line - 1)),
      );
    if (inline) {
      finding.waived = true;
      finding.waiver = { reason: maskPrefixedTokens(inline.reason!), source: 'inline' };
      continue;
    }
    const match = exceptions.find(
      ({ exception, pathPrefix }) =>
        exception.rule === finding.ruleId &&
        exception.organization === finding.organization &&
        (exception.target === undefined || (pathPrefix !== undefined && isAtOrBelow(finding.path, pathPrefix))),
    );
    if (match) {
      finding.waived = true;
      finding.waiver = { reason: maskPrefixedTokens(match.exception.reason), source: 'config' };
    }
  }
}

const TARGET_LISTS: Record<string, 'units' | 'roles' | 'accounts' | 'services' | 'contentTokens'> = {
  units: 'units',
  roles: 'roles',
  accounts: 'accounts',
  deviceManagementServices: 'services',
  contentTokens: 'contentTokens',
};

/** `contentTokens/nyc-apps/expiresAt` → `spec.contentTokens[3].expiresAt` in that organization. */
export function targetPath(model: RepositoryModel, exception: ConfigException): string | undefined {
  const [listName, id, ...keys] = (exception.target ?? '').split('/');
  const list = listName === undefined ? undefined : TARGET_LISTS[listName];
  const organization = model.organizations.find((candidate) => candidate.name === exception.organization);
  if (!list || !organization || id === undefined) return undefined;
  const entry = (organization[list] as Array<{ value: { id: string }; path: readonly (string | number)[] }>).find((candidate) => candidate.value.id === id);
  if (!entry) return undefined;
  return `spec.${listName}[${entry.path[2]}]${keys.map((key) => `.${key}`).join('')}`;
}

function isAtOrBelow(path: string | undefined, prefix: string): boolean {
  if (path === undefined || !path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === '' || next === '.' || next === '[';
}
