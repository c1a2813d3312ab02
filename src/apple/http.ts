/**
 * The one way this tool talks to Apple: Node's fetch with a timeout per try
 * (headers and body together), retries on 429 and 5xx honouring
 * `Retry-After` (at most `maxTries` tries and `maxWaitMs` waited per
 * request), a cap on body size, a cap on requests in flight across all
 * organizations, and a breaker that stops calling a host that has not
 * answered several times in a row (so an unreachable Apple costs seconds per
 * run, not a timeout per organization). Every failure is an `AppleApiError`.
 */
import type { AppleApi } from '../model/live-state.js';
import { AppleApiError } from './failure.js';

export interface HttpSettings {
  /** Per try, from sending the request to the last byte of the body. */
  timeoutMs: number;
  maxTries: number;
  /** Total time a request may spend waiting between its tries. */
  maxWaitMs: number;
  maxBodyBytes: number;
  /** First backoff when Apple gives no `Retry-After`; doubled on each try. */
  backoffMs: number;
  /** Requests in flight at once, across organizations (`online.concurrency`). */
  concurrency: number;
  /** Consecutive unanswered requests after which a host is not tried again this run. */
  breakerThreshold: number;
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  timeoutMs: 20_000,
  maxTries: 3,
  maxWaitMs: 60_000,
  maxBodyBytes: 4 * 1024 * 1024,
  backoffMs: 1_000,
  concurrency: 4,
  breakerThreshold: 3,
};

export interface HttpRequest {
  api: AppleApi;
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Whether an answer should be tried again (default: 429 and 5xx). */
  retryable?: (response: HttpResponse) => boolean;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Transport failures worth another try: the connection broke after it was made. */
const RETRYABLE_TRANSPORT = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'connection-dropped']);

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

export class HttpClient {
  readonly settings: HttpSettings;
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly unanswered = new Map<string, { count: number; code: string }>();

  constructor(settings: Partial<HttpSettings> = {}) {
    this.settings = { ...DEFAULT_HTTP_SETTINGS, ...settings };
    if (!(this.settings.concurrency >= 1)) this.settings.concurrency = 1;
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const origin = new URL(request.url).origin;
    const retryable = request.retryable ?? ((response: HttpResponse) => isRetryableStatus(response.status));
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const broken = this.unanswered.get(origin);
      if (broken !== undefined && broken.count >= this.settings.breakerThreshold) {
        throw new AppleApiError(request.api, 'unreachable', broken.code);
      }
      let response: HttpResponse;
      try {
        response = await this.withSlot(() => this.tryOnce(request));
        this.unanswered.delete(origin);
      } catch (error) {
        if (!(error instanceof AppleApiError)) throw error;
        // A dropped connection is a host that answered and then failed: retried, but no reason to stop calling it.
        if (error.kind === 'unreachable' && !RETRYABLE_TRANSPORT.has(error.code ?? '')) this.noteUnanswered(origin, error.code ?? 'unreachable');
        const delay = this.backoff(attempt);
        if (!RETRYABLE_TRANSPORT.has(error.code ?? '') || attempt >= this.settings.maxTries || waited + delay > this.settings.maxWaitMs) throw error;
        waited += delay;
        await sleep(delay);
        continue;
      }
      if (!retryable(response) || attempt >= this.settings.maxTries) return response;
      const delay = retryAfterMs(response.headers.get('retry-after')) ?? this.backoff(attempt);
      // Waiting longer than the budget allows would only delay the same failure.
      if (waited + delay > this.settings.maxWaitMs) return response;
      waited += delay;
      await sleep(delay);
    }
  }

  private backoff(attempt: number): number {
    return this.settings.backoffMs * 2 ** (attempt - 1);
  }

  private noteUnanswered(origin: string, code: string): void {
    const count = (this.unanswered.get(origin)?.count ?? 0) + 1;
    this.unanswered.set(origin, { count, code });
  }

  private async withSlot<T>(task: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.settings.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    try {
      return await task();
    } finally {
      this.inFlight--;
      this.waiting.shift()?.();
    }
  }

  private async tryOnce(request: HttpRequest): Promise<HttpResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.settings.timeoutMs);
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        redirect: 'manual',
        signal: controller.signal,
      });
      const text = await readCapped(response, this.settings.maxBodyBytes, request.api);
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      if (error instanceof AppleApiError) throw error;
      throw new AppleApiError(request.api, 'unreachable', controller.signal.aborted ? 'timeout' : transportCode(error));
    } finally {
      clearTimeout(timer);
    }
  }
}

async function readCapped(response: Response, maxBytes: number, api: AppleApi): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes || response.body === null) {
    await response.body?.cancel().catch(() => undefined);
    if (declared > maxBytes) throw new AppleApiError(api, 'unexpected', 'too-large');
    return '';
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new AppleApiError(api, 'unexpected', 'too-large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `Retry-After` as delta-seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The system or undici code behind a failed fetch (`ECONNREFUSED`, `UND_ERR_SOCKET`, …); never its message. */
function transportCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
    if (Array.isArray((current as { errors?: unknown }).errors)) current = (current as { errors: unknown[] }).errors[0];
    else current = (current as { cause?: unknown }).cause;
  }
  return 'connection-dropped';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The body as JSON; an HTML error page, garbage or an empty body is a clear failure, never shown. */
export function jsonBody(api: AppleApi, response: HttpResponse): unknown {
  try {
    return JSON.parse(response.text);
  } catch {
    throw new AppleApiError(api, 'unexpected', 'not-json', response.status);
  }
}
