/**
 * Repos with real (test-time) token files behind `ref`s, for the artifact
 * stage and the rules that compare declared with real. Line numbers of the
 * generated organization are fixed and listed on `serviceOrganization`.
 */
import type { ValidationReport } from '../../src/base/findings.js';
import { parseInstant } from '../../src/base/dates.js';
import { validateRepository, type ValidationRun } from '../../src/validate.js';
import { writeRepo } from '../support/repo.js';

export interface ServiceLines {
  /** `publicKey.ref` value, e.g. `file:certs/jamf.pem`; omitted: no publicKey. */
  publicKeyRef?: string;
  /** Lines under `serviceToken:` before `downloadedBy` (e.g. `ref: …`, `privateKey: …`). */
  tokenLines?: readonly string[];
  tokenExpiresAt?: string;
  /** Lines under `apnsCertificate:` before `expiresAt`. */
  apnsLines?: readonly string[];
  apnsExpiresAt?: string;
}

/**
 * One Apple Business organization with one external service `jamf`. Lines:
 * 19 `publicKey:`, 20 its `ref` (when `publicKeyRef` is given; the lines
 * below move up by two without it), then `serviceToken:` at 21, its
 * `tokenLines` from 22, then `downloadedBy`, `downloadedAt`, `expiresAt`,
 * then `apnsCertificate:`, its `apnsLines`, its `expiresAt`.
 */
export function serviceOrganization(name: string, lines: ServiceLines = {}): string {
  const publicKey = lines.publicKeyRef === undefined ? [] : ['      publicKey:', `        ref: ${lines.publicKeyRef}`];
  return [
    'apiVersion: abm-gitops/v1',
    'kind: Organization',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  product: apple-business',
    '  units:',
    '    - id: hq',
    `      name: ${name} HQ`,
    '      primary: true',
    '  accounts:',
    `    - id: admin@${name}.example`,
    '      role: organization-administrator',
    '  deviceManagementServices:',
    '    - id: jamf',
    '      type: external',
    '      name: Jamf Pro',
    '      vendor: jamf',
    ...publicKey,
    '      serviceToken:',
    ...(lines.tokenLines ?? []).map((line) => `        ${line}`),
    `        downloadedBy: admin@${name}.example`,
    '        downloadedAt: 2026-06-01',
    `        expiresAt: ${lines.tokenExpiresAt ?? '2027-06-01'}`,
    '      apnsCertificate:',
    ...(lines.apnsLines ?? []).map((line) => `        ${line}`),
    `        expiresAt: ${lines.apnsExpiresAt ?? '2027-06-01'}`,
    '',
  ].join('\n');
}

/** A minimal organization with content tokens; `contentTokens:` is line 11, each entry then takes `- id`, `unit`, its lines, `expiresAt`. */
export function contentTokenOrganization(name: string, tokens: ReadonlyArray<{ id: string; lines: readonly string[]; expiresAt?: string }>): string {
  return [
    'apiVersion: abm-gitops/v1',
    'kind: Organization',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  product: apple-business',
    '  units:',
    '    - id: hq',
    `      name: ${name} HQ`,
    '      primary: true',
    '  contentTokens:',
    ...tokens.flatMap((token) => [`    - id: ${token.id}`, '      unit: hq', ...token.lines.map((line) => `      ${line}`), `      expiresAt: ${token.expiresAt ?? '2027-06-01'}`]),
    '',
  ].join('\n');
}

/** Validates a temp repo of `files` with `env` as the process environment, as of `now`. */
export function validateWithEnv(files: Record<string, string | Uint8Array>, env: Record<string, string> = {}, now = '2026-11-23'): ValidationRun {
  return validateRepository({ root: writeRepo(files), now: parseInstant(now)!, env });
}

export function validateRootWithEnv(root: string, env: Record<string, string> = {}, now = '2026-11-23'): ValidationRun {
  return validateRepository({ root, now: parseInstant(now)!, env });
}

/** Everything a run could show a user or another program, as one string. */
export function everythingShown(report: ValidationReport): string {
  return JSON.stringify(report);
}
