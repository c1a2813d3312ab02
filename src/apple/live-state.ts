/**
 * The live-state stage: for each organization, every Apple API whose
 * credential is present is asked; a missing credential is a `skipped` entry,
 * a refused credential or an unreachable API one `failures` entry per
 * organization and API. Organizations are asked side by side (requests in
 * flight bounded by `online.concurrency`), and one organization's failure
 * never stops the others.
 */
import { decryptServerTokenCredentials, readContentToken, type Bytes } from '../artifacts/index.js';
import { createReferenceReader, type Environment, type ReferenceReader } from '../artifacts/stage.js';
import {
  APPLE_API_NAMES,
  APPLE_APIS,
  type AppleApi,
  type AppleApiFailure,
  type LiveContentToken,
  type LiveServerToken,
  type LiveState,
  type OrganizationLiveState,
} from '../model/live-state.js';
import type { Organization, RepositoryModel } from '../model/types.js';
import { AppsAndBooksClient } from './apps-and-books.js';
import { BusinessApiClient } from './business-api.js';
import { checkClientId, checkKeyId, parseAppleApiKey, runnerVariableRefusal } from './credentials.js';
import { DeviceEnrollmentClient } from './device-enrollment.js';
import { resolveEndpoints, type AppleEndpoints } from './endpoints.js';
import { AppleApiError } from './failure.js';
import { HttpClient, type HttpSettings } from './http.js';

export interface LiveStateOptions {
  /** `online.concurrency`: requests in flight at once, across organizations (default 4). */
  concurrency?: number;
  /** Sent as `User-Agent` to the device enrollment API, which requires one. */
  userAgent?: string;
  /** Called with every credential read or derived, before it is used (the Action masks each). */
  onSecret?: (secret: string) => void;
  /** Timeouts, retries and caps; tests shorten them. */
  http?: Partial<HttpSettings>;
  now?: () => Date;
}

interface Run {
  http: HttpClient;
  endpoints: AppleEndpoints;
  reader: ReferenceReader;
  options: LiveStateOptions;
}

/**
 * Asks Apple about every organization of the model. Throws only a
 * `UsageError` for a base URL override that is not allowed, before any request.
 */
export async function fetchLiveState(model: RepositoryModel, env: Environment, options: LiveStateOptions = {}): Promise<LiveState> {
  const endpoints = resolveEndpoints(env);
  const http = new HttpClient({ ...options.http, concurrency: options.concurrency ?? model.config.online.concurrency });
  const reader = createReferenceReader({ root: model.root, env, maxFileBytes: model.config.limits.maxFileBytes });
  const run: Run = { http, endpoints, reader, options };
  const checkedAt = options.now?.() ?? new Date();
  // Organizations are started a few at a time, not all at once: each does synchronous work before its
  // first request (reading and decrypting its server token, ~7 ms), and 10,000 of them in one go
  // blocked the event loop past the first requests' timeouts. A few per request slot keep every slot busy.
  const inProgress = Math.max(1, http.settings.concurrency) * ORGANIZATIONS_PER_SLOT;
  const states = await mapInOrder(model.organizations, inProgress, (organization) => organizationState(organization, run));
  return { checkedAt, organizations: new Map(states.map((state) => [state.organization, state])) };
}

const ORGANIZATIONS_PER_SLOT = 4;

/** `Promise.all(items.map(task))` with at most `limit` tasks in progress; results in the order of `items`, the first failure rejects. */
async function mapInOrder<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

async function organizationState(organization: Organization, run: Run): Promise<OrganizationLiveState> {
  const state: OrganizationLiveState = { organization: organization.name, serverTokens: [], contentTokens: [], failures: [], skipped: [] };
  const addFailure = (failure: AppleApiFailure) => {
    if (!state.failures.some((known) => known.api === failure.api)) state.failures.push(failure);
  };
  await Promise.all([
    businessState(organization, run, state, addFailure),
    ...organization.services.map(async (service) => {
      const token = await serverTokenState(organization, service.value, run, state);
      if (token === undefined) return;
      state.serverTokens.push(token);
      if (token.outcome === 'unavailable' && token.failure) addFailure(token.failure);
    }),
    ...organization.contentTokens.map(async (entry) => {
      const token = await contentTokenState(organization, entry.value, run, state);
      if (token === undefined) return;
      state.contentTokens.push(token);
      if (token.outcome === 'unavailable' && token.failure) addFailure(token.failure);
    }),
  ]);
  // Answers arrive in any order; the state reads in declaration order.
  const serviceOrder = organization.services.map((service) => service.value.id);
  const tokenOrder = organization.contentTokens.map((entry) => entry.value.id);
  state.serverTokens.sort((a, b) => serviceOrder.indexOf(a.serviceId) - serviceOrder.indexOf(b.serviceId));
  state.contentTokens.sort((a, b) => tokenOrder.indexOf(a.contentTokenId) - tokenOrder.indexOf(b.contentTokenId));
  state.failures.sort((a, b) => APPLE_APIS.indexOf(a.api) - APPLE_APIS.indexOf(b.api));
  state.skipped.sort((a, b) => APPLE_APIS.indexOf(a.api) - APPLE_APIS.indexOf(b.api));
  return state;
}

function unusable(api: AppleApi, reason: string): AppleApiFailure {
  return { api, code: 'unusable-credential', message: `${APPLE_API_NAMES[api]} was not asked: ${reason}` };
}

/** Reads an `env:`/`file:` credential, refusing runner variables; `skip` is the reason when there is nothing to send. */
function readCredential(ref: string, organization: Organization, run: Run): { value: string; bytes: Bytes } | { skip: string } | { refuse: string } {
  const refusal = runnerVariableRefusal(ref);
  if (refusal !== undefined) return { refuse: refusal };
  const outcome = run.reader.read(ref, organization.source.file.absolutePath);
  if (outcome.status === 'unset') return { skip: `\`${ref}\` is not set` };
  if (outcome.status !== 'read') return { skip: `\`${ref}\` cannot be read (token-unreadable or reference-outside-repo says why)` };
  const value = typeof outcome.bytes === 'string' ? outcome.bytes : Buffer.from(outcome.bytes).toString('utf8');
  run.options.onSecret?.(value);
  return { value, bytes: outcome.bytes };
}

async function businessState(organization: Organization, run: Run, state: OrganizationLiveState, addFailure: (failure: AppleApiFailure) => void): Promise<void> {
  const api = 'apple-business-api';
  if (organization.product === 'apple-business-essentials') {
    state.skipped.push({ api, reason: 'Apple Business Essentials offers no Apple Business API' });
    return;
  }
  const declared = organization.appleApi;
  if (declared === undefined) {
    const written = (organization.source.value as { spec?: { appleApi?: unknown } } | undefined)?.spec?.appleApi !== undefined;
    state.skipped.push({ api, reason: written ? '`spec.appleApi` is not valid (the schema finding says why)' : 'no `spec.appleApi` credentials declared' });
    return;
  }
  const shape = checkClientId(declared.clientId) ?? checkKeyId(declared.keyId);
  if (shape !== undefined) return addFailure(unusable(api, shape));
  const secret = readCredential(declared.privateKey, organization, run);
  if ('skip' in secret) return void state.skipped.push({ api, reason: `spec.appleApi.privateKey: ${secret.skip}` });
  if ('refuse' in secret) return addFailure(unusable(api, `spec.appleApi.privateKey ${secret.refuse}`));
  const key = parseAppleApiKey(secret.value, declared.privateKey);
  if (!key.ok) return addFailure(unusable(api, key.reason));
  const client = new BusinessApiClient(
    run.http,
    run.endpoints,
    { clientId: declared.clientId, keyId: declared.keyId, key: key.key },
    {
      ...(run.options.now ? { now: run.options.now } : {}),
      onSecret: run.options.onSecret,
    },
  );
  try {
    state.business = await client.state();
  } catch (error) {
    if (!(error instanceof AppleApiError)) throw error;
    addFailure(error.toFailure());
  }
}

async function serverTokenState(
  organization: Organization,
  service: Organization['services'][number]['value'],
  run: Run,
  state: OrganizationLiveState,
): Promise<LiveServerToken | undefined> {
  const api = 'device-enrollment-api';
  if (service.type !== 'external') return undefined;
  const declared = service.serviceToken;
  const skip = (reason: string) => void state.skipped.push({ api, subject: service.id, reason });
  if (declared?.ref === undefined) return skip('no `serviceToken.ref`');
  if (declared.privateKey === undefined) return skip('no `serviceToken.privateKey` to decrypt the server token');
  const unavailable = (reason: string): LiveServerToken => ({ serviceId: service.id, outcome: 'unavailable', failure: unusable(api, reason) });
  const token = readCredential(declared.ref, organization, run);
  if ('skip' in token) return skip(`serviceToken.ref: ${token.skip}`);
  if ('refuse' in token) return unavailable(`serviceToken.ref ${token.refuse}`);
  const key = readCredential(declared.privateKey, organization, run);
  if ('skip' in key) return skip(`serviceToken.privateKey: ${key.skip}`);
  if ('refuse' in key) return unavailable(`serviceToken.privateKey ${key.refuse}`);
  const decrypted = decryptServerTokenCredentials(token.bytes, key.bytes);
  if (!decrypted.ok) return skip('the server token could not be decrypted (token-unreadable says why)');
  const { credentials } = decrypted;
  for (const secret of Object.values(credentials)) run.options.onSecret?.(secret);
  const client = new DeviceEnrollmentClient(run.http, run.endpoints.deviceEnrollment, credentials, run.options.userAgent ?? 'abm-gitops', run.options.onSecret);
  return { serviceId: service.id, ...(await client.check()) };
}

async function contentTokenState(
  organization: Organization,
  entry: Organization['contentTokens'][number]['value'],
  run: Run,
  state: OrganizationLiveState,
): Promise<LiveContentToken | undefined> {
  const api = 'apps-and-books-api';
  const skip = (reason: string) => void state.skipped.push({ api, subject: entry.id, reason });
  if (entry.ref === undefined) return skip('no `ref` to the content token');
  const token = readCredential(entry.ref, organization, run);
  if ('skip' in token) return skip(token.skip);
  if ('refuse' in token) return { contentTokenId: entry.id, outcome: 'unavailable', failure: unusable(api, token.refuse) };
  // Only a token that reads as one is ever sent (token-unreadable reports the others).
  if (!readContentToken(token.value).ok) return skip('the content token could not be read (token-unreadable says why)');
  const client = new AppsAndBooksClient(run.http, run.endpoints.appsAndBooks, token.value.trim());
  return { contentTokenId: entry.id, ...(await client.check()) };
}
