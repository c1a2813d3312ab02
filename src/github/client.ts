/**
 * A throttled, retrying octokit client for github.com and GitHub Enterprise
 * (`baseUrl`). The token is handed to octokit only; nothing here logs it.
 * Only ./repository.ts uses the client.
 */
import { Octokit } from '@octokit/core';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export const DEFAULT_API_URL = 'https://api.github.com';

export interface GitHubClientOptions {
  token: string;
  /** `GITHUB_API_URL`; GitHub Enterprise is `https://<host>/api/v3`. */
  baseUrl?: string;
  userAgent?: string;
  /** Retries of a 5xx or network failure (default 3). */
  retries?: number;
  /** Throttle writes and retry rate limits (default true); tests turn it off or shrink the waits. */
  throttle?: boolean;
  /** Times one request is retried after hitting a rate limit (default 2). */
  rateLimitRetries?: number;
  /** Longest wait for a rate limit, in seconds, that is worth retrying (default 120). */
  maxRateLimitWaitSeconds?: number;
  /** Milliseconds per unit of back-off (default 1000); tests use 1. */
  delayUnitMs?: number;
  /** Where rate-limit retries are told (default: octokit's warning on stderr); the renewal passes its own log. */
  log?: (line: string) => void;
}

const AbmOctokit = Octokit.plugin(restEndpointMethods, retry, throttling);
export type GitHubClient = InstanceType<typeof AbmOctokit>;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const delayUnitMs = options.delayUnitMs ?? 1000;
  const retryOnLimit = (kind: string) => (retryAfter: number, request: { method?: string; url?: string }, octokit: Octokit, retryCount: number) => {
    const retrying = retryCount < rateLimitRetries && retryAfter <= maxWait;
    const line = `GitHub ${kind} on ${request.method ?? ''} ${request.url ?? ''}: ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}`;
    if (options.log) options.log(line);
    else octokit.log.warn(line);
    return retrying;
  };
  return new AbmOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? DEFAULT_API_URL).replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'abm-gitops',
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: delayUnitMs },
    throttle: {
      enabled: options.throttle ?? true,
      retryAfterBaseValue: delayUnitMs,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: retryOnLimit('rate limit'),
      onSecondaryRateLimit: retryOnLimit('secondary rate limit'),
    },
  });
}
