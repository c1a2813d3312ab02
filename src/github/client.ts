/**
 * A throttled, retrying octokit client for github.com and GitHub Enterprise
 * (`baseUrl`). The token is handed to octokit only; nothing here logs it.
 * Only ./repository.ts uses the client.
 */
import { Octokit } from '@octokit/core';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

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
      ...spacedWrites(delayUnitMs),
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: retryOnLimit('rate limit'),
      onSecondaryRateLimit: retryOnLimit('secondary rate limit'),
    },
  });
}

/**
 * The plugin spaces writes 1 s apart, notifying writes 3 s and searches 2 s
 * (GitHub's advice against secondary rate limits), in process-wide groups fixed
 * at 1,000 ms. The same spacings counted in `delayUnitMs` keep production as it
 * was and let a test that counts in milliseconds not wait a second per write.
 */
function spacedWrites(delayUnitMs: number): { write: Bottleneck.Group; notifications: Bottleneck.Group; search: Bottleneck.Group } {
  const group = (id: string, units: number) => new Bottleneck.Group({ id, maxConcurrent: 1, minTime: units * delayUnitMs, timeout: 120_000 });
  return { write: group('abm-gitops-write', 1), notifications: group('abm-gitops-notifications', 3), search: group('abm-gitops-search', 2) };
}
