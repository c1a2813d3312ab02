/**
 * Where requests to Apple go. Apple's production hosts by default; each base
 * URL can be overridden from the process environment only (never from the
 * config repository: a pull request must not be able to send credentials
 * elsewhere), and only to `https:` or to `http:` on a loopback address.
 */
import { isIP } from 'node:net';
import type { Environment } from '../artifacts/stage.js';
import { UsageError } from '../base/errors.js';

export interface AppleEndpoints {
  /** Apple Business API, e.g. `https://api-business.apple.com` (paths `/v1/…` are appended). */
  businessApi: string;
  /** The OAuth 2 token endpoint, used as is. */
  tokenUrl: string;
  /** Device enrollment API (`/session`, `/account` are appended). */
  deviceEnrollment: string;
  /** Apps and Books API v2 (`/client/config` is appended). */
  appsAndBooks: string;
}

export const APPLE_ENDPOINTS: AppleEndpoints = {
  businessApi: 'https://api-business.apple.com',
  tokenUrl: 'https://account.apple.com/auth/oauth2/token',
  deviceEnrollment: 'https://mdmenrollment.apple.com',
  appsAndBooks: 'https://vpp.itunes.apple.com/mdm/v2',
};

const OVERRIDES: ReadonlyArray<[keyof AppleEndpoints, string]> = [
  ['businessApi', 'ABM_GITOPS_APPLE_API_URL'],
  ['tokenUrl', 'ABM_GITOPS_APPLE_TOKEN_URL'],
  ['deviceEnrollment', 'ABM_GITOPS_ADE_API_URL'],
  ['appsAndBooks', 'ABM_GITOPS_VPP_API_URL'],
];

/** The endpoints for this run; a bad override is a usage error (exit 2) before any request is made. */
export function resolveEndpoints(env: Environment): AppleEndpoints {
  const endpoints = { ...APPLE_ENDPOINTS };
  for (const [key, variable] of OVERRIDES) {
    const value = env[variable];
    if (value === undefined || value.trim() === '') continue;
    endpoints[key] = checkedOverride(variable, value.trim());
  }
  return endpoints;
}

function checkedOverride(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${variable} is not a URL: give an https:// address (or http:// to a loopback address for a local fake)`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new UsageError(`${variable} carries a user name or password: credentials never go into an Apple API address`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new UsageError(`${variable} has a query or fragment: give the base address only`);
  }
  if (url.protocol === 'https:') return stripSlash(url.href);
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return stripSlash(url.href);
  throw new UsageError(
    `${variable} must be an https:// address, or http:// to a loopback address (127.0.0.1, ::1, localhost): ${url.protocol}//${url.host} would send Apple credentials in the clear`,
  );
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}

function stripSlash(href: string): string {
  return href.replace(/\/+$/, '');
}
