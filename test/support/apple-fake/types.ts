/**
 * What the local Apple fake is seeded with: per organization, the Apple
 * Business API account (client ID, key ID, the registered public key) and
 * the data behind it, the server tokens the device enrollment API knows, and
 * the content tokens the Apps and Books API knows.
 */
import type { KeyObject } from 'node:crypto';

export interface FakeMdmServer {
  id: string;
  serverName: string;
  serverType: 'MDM' | 'APPLE_CONFIGURATOR' | 'APPLE_MDM';
  status: 'ACTIVE' | 'INACTIVE' | 'DELETED';
  deviceCount: number;
  /** ISO date-time, or null for "never connected". */
  lastConnectedDateTime: string | null;
}

export interface FakeUser {
  id: string;
  managedAppleAccount: string;
  status: 'ACTIVE' | 'NEW' | 'LOCKED' | 'DEACTIVATED' | 'RELEASED' | 'LOCKED_FOR_SHARED_IPAD';
  roleOuList: Array<{ roleName: string; ouId: string }>;
}

export interface FakeBusinessAccount {
  clientId: string;
  keyId: string;
  /** The public half of the key uploaded to Apple: assertions must verify against it. */
  publicKey: KeyObject;
  mdmServers: FakeMdmServer[];
  units: Array<{ id: string; name: string }>;
  users: FakeUser[];
}

/** How the device enrollment API treats a server token. */
export type ServerTokenMode = 'accepted' | 'token_rejected' | 'signature_invalid' | 'T_C_NOT_SIGNED' | 'ACCESS_DENIED';

export interface FakeServerToken {
  consumerKey: string;
  consumerSecret: string;
  accessToken: string;
  accessSecret: string;
  mode: ServerTokenMode;
  account: { server_name: string; server_uuid: string; admin_id: string; org_name: string; org_id: string };
}

/** How the Apps and Books API treats a content token; `…-200` answers the error with HTTP 200 (Apple's quirk). */
export type ContentTokenMode = 'valid' | 'expired' | 'expired-200' | 'revoked' | 'revoked-200';

export interface FakeContentToken {
  /** The whole sToken, as sent in `Authorization: Bearer`. */
  sToken: string;
  mode: ContentTokenMode;
  locationName: string;
  tokenExpirationDate: string;
  uId: string;
  mdmInfo?: { id: string; name: string; metadata: string };
}

export interface FakeOrganization {
  name: string;
  business?: FakeBusinessAccount;
  serverTokens?: FakeServerToken[];
  contentTokens?: FakeContentToken[];
}

/** A canned misbehaviour, applied to the next `times` requests whose path matches. */
export interface FaultSpec {
  path: RegExp;
  times?: number;
  respond:
    { status: number; body?: unknown; text?: string; headers?: Record<string, string> } | 'drop' | 'html' | 'garbage' | 'huge' | 'huge-chunked' | 'endless' | { delayMs: number };
}

export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
}
