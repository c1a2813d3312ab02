/**
 * What Apple said about the declared setup during `validate --online`.
 *
 * The Apple adapters (src/apple/) fill it in; the online rules read it like
 * any other part of the model. Everything here is plain data: no credential,
 * session or access token, and no response field that carries a secret.
 */

/** The three read-only APIs of online.md. */
export type AppleApi = 'apple-business-api' | 'device-enrollment-api' | 'apps-and-books-api';

/** The APIs in the order every summary and list shows them. */
export const APPLE_APIS: readonly AppleApi[] = ['apple-business-api', 'device-enrollment-api', 'apps-and-books-api'];

/** What each API is called in messages, findings and summaries: one name each, everywhere. */
export const APPLE_API_NAMES: Readonly<Record<AppleApi, string>> = {
  'apple-business-api': 'Apple Business API',
  'device-enrollment-api': 'device enrollment (ADE) API',
  'apps-and-books-api': 'Apps and Books API',
};

/** A request Apple refused or that could not be answered, after retries. */
export interface AppleApiFailure {
  api: AppleApi;
  /** HTTP status, when Apple answered at all. */
  status?: number;
  /** Apple's error code (`token_rejected`, `T_C_NOT_SIGNED`, `9621`, …) or a transport code (`timeout`, `ECONNRESET`). */
  code?: string;
  /** One line naming the API, the status and the code; never a secret or a response body. */
  message: string;
}

/** A device management service as the Apple Business API lists it (`GET /v1/mdmServers`). */
export interface LiveMdmServer {
  id: string;
  serverName: string;
  /** `MDM`, `APPLE_CONFIGURATOR`, `APPLE_MDM`. */
  serverType: string;
  /** `ACTIVE`, `INACTIVE`, `DELETED`. */
  status: string;
  deviceCount?: number;
  /** `null` when Apple has never seen it connect. */
  lastConnectedAt: Date | null;
}

/** An organizational unit (`GET /v1/organizationalUnits`). */
export interface LiveUnit {
  id: string;
  name: string;
}

/** A Managed Apple Account (`GET /v1/users`). */
export interface LiveUser {
  id: string;
  managedAppleAccount: string;
  /** `ACTIVE`, `NEW`, `LOCKED`, `DEACTIVATED`, `RELEASED`, `LOCKED_FOR_SHARED_IPAD`. */
  status: string;
  /** Apple's display names of the roles, each with the unit it applies to. */
  roles: Array<{ roleName: string; unitId?: string }>;
}

/** The Apple Business API's view of one organization. */
export interface LiveBusinessState {
  mdmServers: LiveMdmServer[];
  units: LiveUnit[];
  users: LiveUser[];
}

/** What the device enrollment API said about one service's server token. */
export interface LiveServerToken {
  /** The declaring service's `id`. */
  serviceId: string;
  outcome: 'accepted' | 'rejected' | 'terms-not-accepted' | 'unavailable';
  /** From `GET /account`, when the session was granted. */
  account?: { serverName?: string; adminId?: string; orgName?: string; orgId?: string };
  failure?: AppleApiFailure;
}

/** What the Apps and Books API said about one content token (`GET /client/config`). */
export interface LiveContentToken {
  /** The content token entry's `id`. */
  contentTokenId: string;
  outcome: 'valid' | 'rejected' | 'unavailable';
  locationName?: string;
  expiresAt?: Date;
  /** The MDM holding the token; absent when none claims it. */
  mdmInfo?: { id: string; name?: string };
  failure?: AppleApiFailure;
}

/** An API that was not asked for an organization, and why (missing credential, not offered by the product). */
export interface SkippedCheck {
  api: AppleApi;
  /** The service or content token id, when the skip concerns one item only. */
  subject?: string;
  reason: string;
}

export interface OrganizationLiveState {
  /** `metadata.name` of the organization. */
  organization: string;
  /** Absent when the Apple Business API was skipped or failed. */
  business?: LiveBusinessState;
  serverTokens: LiveServerToken[];
  contentTokens: LiveContentToken[];
  /** At most one per API: what `apple-api-unavailable` reports. */
  failures: AppleApiFailure[];
  skipped: SkippedCheck[];
}

export interface LiveState {
  checkedAt: Date;
  /** Keyed by `metadata.name`. */
  organizations: Map<string, OrganizationLiveState>;
}
