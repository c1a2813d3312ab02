/**
 * The Apps and Books side of the fake (apple-apis.md §3, §5 item 6):
 * `GET /mdm/v2/client/config` with `Authorization: Bearer <sToken>`, where
 * the sToken must decode to `{token, expDate, orgName}`. Expired and revoked
 * tokens answer Apple's error bodies with HTTP 401, or with HTTP 200 (the
 * quirk fleet documents) for the `…-200` modes.
 */
import type { FakeRequest, FakeResponse } from './server.js';
import type { FakeContentToken } from './types.js';

const EXPIRED = {
  errorNumber: 9621,
  errorMessage: "The token has expired. You need to generate a new token online using your organization's account at either school.apple.com or business.apple.com.",
};
const REVOKED = { errorNumber: 9625, errorMessage: 'The server has revoked the sToken.' };
const BAD_HEADER = {
  errorNumber: 9722,
  errorMessage: "This request contains an invalid authorization header. Change the request to send an authorization header that matches the format 'Bearer {sToken}'.",
};
const INVALID = { errorNumber: 9622, errorMessage: 'Invalid authentication token' };

export class AppsAndBooksFake {
  private readonly tokens = new Map<string, FakeContentToken>();

  register(token: FakeContentToken): void {
    this.tokens.set(token.sToken, token);
  }

  handle(request: FakeRequest): FakeResponse {
    if (request.url.pathname !== '/mdm/v2/client/config') return { status: 404, body: { errorNumber: 9602, errorMessage: 'Invalid argument.' } };
    if (request.method !== 'GET') return { status: 405, body: { errorNumber: 9726, errorMessage: 'unsupported HTTP method' } };
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer === undefined || !decodesAsSToken(bearer)) return { status: 401, body: BAD_HEADER };
    const token = this.tokens.get(bearer);
    if (token === undefined) return { status: 401, body: INVALID };
    switch (token.mode) {
      case 'expired':
        return { status: 401, body: EXPIRED };
      case 'expired-200':
        return { status: 200, body: EXPIRED };
      case 'revoked':
        return { status: 401, body: REVOKED };
      case 'revoked-200':
        return { status: 200, body: REVOKED };
      case 'valid':
        return {
          status: 200,
          body: {
            countryISO2ACode: 'US',
            defaultPlatform: 'volumestore',
            locationName: token.locationName,
            ...(token.mdmInfo ? { mdmInfo: token.mdmInfo } : {}),
            notificationAuthToken: 'SUp3rS3Cr3t-notification',
            notificationUrl: 'https://mdm.example.test/notification',
            subscribedNotificationTypes: ['ASSET_COUNT', 'ASSET_MANAGEMENT'],
            tokenExpirationDate: token.tokenExpirationDate,
            uId: token.uId,
            websiteURL: 'https://business.apple.com',
          },
        };
    }
  }
}

function decodesAsSToken(value: string): boolean {
  try {
    const record = JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as Record<string, unknown>;
    return typeof record.token === 'string' && typeof record.expDate === 'string' && typeof record.orgName === 'string';
  } catch {
    return false;
  }
}
