/**
 * How a request to Apple went wrong, as a value: the API, the HTTP status and
 * Apple's error code (or a transport code), never a response body or a
 * credential. `toFailure` turns it into the live state's `AppleApiFailure`.
 */
import { APPLE_API_NAMES, type AppleApi, type AppleApiFailure } from '../model/live-state.js';

/** Why no usable answer came: Apple said no, Apple could not be reached, or Apple's answer made no sense. */
export type FailureKind = 'refused' | 'unreachable' | 'unexpected';

export class AppleApiError extends Error {
  override readonly name = 'AppleApiError';

  constructor(
    readonly api: AppleApi,
    readonly kind: FailureKind,
    readonly code: string | undefined,
    readonly status?: number,
  ) {
    super(describeFailure(api, kind, code, status));
  }

  toFailure(): AppleApiFailure {
    return {
      api: this.api,
      ...(this.status === undefined ? {} : { status: this.status }),
      ...(this.code === undefined ? {} : { code: this.code }),
      message: this.message,
    };
  }
}

const TRANSPORT_WORDS: Readonly<Record<string, string>> = {
  timeout: 'did not answer in time',
  ECONNREFUSED: 'refused the connection',
  ENOTFOUND: 'has no such host',
  'too-large': 'answered with a body over the size cap',
  'not-json': 'answered with something that is not JSON',
  'unexpected-shape': 'answered JSON of an unexpected shape',
  'too-many-pages': 'kept paginating past the page cap',
};

export function describeFailure(api: AppleApi, kind: FailureKind, code: string | undefined, status?: number): string {
  const name = APPLE_API_NAMES[api];
  const suffix = code === undefined ? '' : ` (${code})`;
  if (status !== undefined) {
    const what = kind === 'refused' ? 'refused the credentials' : 'answered';
    return `${name} ${what}: HTTP ${status}${suffix}`;
  }
  const words = code === undefined ? undefined : TRANSPORT_WORDS[code];
  if (words !== undefined) return `${name} ${words}${suffix}`;
  return `${name} could not be reached${suffix}`;
}

const CODE_SHAPE = /^[A-Za-z0-9_.:-]{1,48}$/;

/**
 * Apple's error code, as read from a response, when it looks like a code: a
 * body is the server's text, and only a short token of code characters may
 * travel on into findings (never a sentence, markup or a secret echoed back).
 */
export function safeCode(value: unknown, secrets: readonly string[] = []): string | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !CODE_SHAPE.test(text)) return undefined;
  for (const secret of secrets) {
    if (secret.length < 6) continue;
    if ((text.length >= 8 && secret.includes(text)) || text.includes(secret)) return undefined;
  }
  return text;
}
