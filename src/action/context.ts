import { readFileSync } from 'node:fs';

/** What the runner tells the Action about the workflow run, from its environment. */
export interface GithubContext {
  workspace: string;
  eventName: string;
  serverUrl: string;
  repository: string;
  /** The commit the files come from: the pull request's head, else GITHUB_SHA. */
  sha: string;
  /** The pull request's base commit (pull_request events only). */
  baseSha?: string;
}

export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];

interface PullRequestPayload {
  pull_request?: { base?: { sha?: unknown; ref?: unknown }; head?: { sha?: unknown } };
}

export function readGithubContext(env: Readonly<Record<string, string | undefined>>, cwd: string): GithubContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const pullRequest = PULL_REQUEST_EVENTS.includes(eventName) ? readEvent(env.GITHUB_EVENT_PATH).pull_request : undefined;
  const headSha = stringOrUndefined(pullRequest?.head?.sha);
  const baseSha = stringOrUndefined(pullRequest?.base?.sha);
  const baseRef = stringOrUndefined(pullRequest?.base?.ref);
  // Without the base commit's sha, the remote-tracking branch is the next best base.
  const base = baseSha ?? (baseRef ? `origin/${baseRef}` : undefined);
  return {
    workspace: env.GITHUB_WORKSPACE || cwd,
    eventName,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: headSha ?? env.GITHUB_SHA ?? '',
    ...(base ? { baseSha: base } : {}),
  };
}

interface RepositoryPayload {
  full_name?: unknown;
  fork?: unknown;
}

/**
 * Whether the run is for a pull request whose head lives in another
 * repository (a fork). Secrets must not be sent on behalf of code from a
 * fork, so when the payload cannot tell, the answer is yes.
 */
export function pullRequestFromFork(env: Readonly<Record<string, string | undefined>>): boolean {
  if (!PULL_REQUEST_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '')) return false;
  const pullRequest = readEvent(env.GITHUB_EVENT_PATH).pull_request as { head?: { repo?: RepositoryPayload | null }; base?: { repo?: RepositoryPayload | null } } | undefined;
  const head = pullRequest?.head?.repo;
  const base = pullRequest?.base?.repo;
  if (!head || !base || typeof head.full_name !== 'string' || typeof base.full_name !== 'string') return true;
  return head.fork === true || head.full_name.toLowerCase() !== base.full_name.toLowerCase();
}

/** The event payload; an unreadable one counts as empty (the Action then validates every file). */
function readEvent(path: string | undefined): PullRequestPayload {
  if (!path) return {};
  try {
    const payload: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof payload === 'object' && payload !== null ? (payload as PullRequestPayload) : {};
  } catch {
    return {};
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
