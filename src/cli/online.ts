/**
 * `inspect <file> --online`: what Apple says about that one token, read-only
 * and with the same secrecy as `validate --online` (online.md): a content
 * token's client config (location, expiry, the MDM holding it), a server
 * token's `/account` (service, downloader, organization). Never a credential,
 * session or response field that carries a secret.
 */
import { decryptServerTokenCredentials, readContentToken, type DetectedKind } from '../artifacts/index.js';
import { AppsAndBooksClient, appleUserAgent, DeviceEnrollmentClient, HttpClient, resolveEndpoints } from '../apple/index.js';
import type { AppleApiFailure } from '../model/live-state.js';
import { UsageError } from '../base/errors.js';
import { escapeControlCharacters } from '../base/text.js';
import type { CommandIo } from './command.js';

export interface OnlineField {
  key: string;
  label: string;
  value: string;
}

const field = (key: string, label: string, value: string): OnlineField => ({ key, label, value: escapeControlCharacters(value) });

function outcomeField(outcome: string, failure: AppleApiFailure | undefined): OnlineField {
  return field('appleOutcome', 'Apple says', failure ? `${outcome}: ${failure.message}` : outcome);
}

/** Asks Apple about the token in `bytes`; a kind Apple has no read-only API for is a usage error. */
export async function inspectOnline(kind: DetectedKind, bytes: Buffer, privateKey: Buffer | string | undefined, io: CommandIo): Promise<OnlineField[]> {
  // A bad override is refused before anything is read or sent.
  const endpoints = resolveEndpoints(io.env);
  const http = new HttpClient({ concurrency: 1 });
  if (kind === 'content-token') {
    const text = bytes.toString('utf8').trim();
    if (!readContentToken(text).ok) return [field('appleOutcome', 'Apple says', 'not asked: the file is not a readable content token')];
    const answer = await new AppsAndBooksClient(http, endpoints.appsAndBooks, text).check();
    const fields = [outcomeField(answer.outcome, answer.failure)];
    if (answer.locationName !== undefined) fields.push(field('appleLocationName', 'Apple location', answer.locationName));
    if (answer.expiresAt !== undefined) fields.push(field('appleExpiresAt', 'Apple expiry', answer.expiresAt.toISOString()));
    if (answer.outcome === 'valid') {
      fields.push(
        answer.mdmInfo
          ? field('appleMdmInfo', 'held by MDM', `${answer.mdmInfo.name ?? 'unnamed'} (mdmInfo id ${answer.mdmInfo.id})`)
          : field('appleMdmInfo', 'held by MDM', 'none (no MDM has claimed it)'),
      );
    }
    return fields;
  }
  if (kind === 'service-token') {
    if (privateKey === undefined) throw new UsageError('inspect --online needs --private-key to ask Apple about a server token (it must be decrypted first)');
    const decrypted = decryptServerTokenCredentials(bytes, privateKey);
    if (!decrypted.ok) return [field('appleOutcome', 'Apple says', 'not asked: the server token could not be decrypted')];
    const answer = await new DeviceEnrollmentClient(http, endpoints.deviceEnrollment, decrypted.credentials, appleUserAgent()).check();
    const fields = [outcomeField(answer.outcome, answer.failure)];
    const account = answer.account ?? {};
    if (account.serverName !== undefined) fields.push(field('appleServerName', 'Apple service', account.serverName));
    if (account.adminId !== undefined) fields.push(field('appleAdminId', 'downloaded by', account.adminId));
    if (account.orgName !== undefined) fields.push(field('appleOrgName', 'Apple organization', account.orgId ? `${account.orgName} (${account.orgId})` : account.orgName));
    return fields;
  }
  throw new UsageError(`inspect --online asks Apple about content tokens and server tokens; this file is a ${kind}`);
}
