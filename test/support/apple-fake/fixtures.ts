/**
 * Credentials for the Apple fake, generated at test time with real crypto:
 * Apple Business API keys (EC P-256), server tokens encrypted with
 * node-forge to the MDM's certificate, content tokens. Each call makes new,
 * random secrets, so a test can search every output for each of them.
 */
import { generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { appleExpDate, makeContentToken, makeSelfSignedCert, makeServerToken, type CertFixture, type ServerTokenSecrets } from '../forge-fixtures.js';
import type { ContentTokenMode, FakeContentToken, FakeServerToken, ServerTokenMode } from './types.js';

export interface AppleApiKeyFixture {
  clientId: string;
  keyId: string;
  /** As Apple's portal gives it (SEC1 `EC PRIVATE KEY`), or PKCS#8. */
  privateKeyPem: string;
  publicKey: KeyObject;
}

export function makeAppleApiKey(format: 'sec1' | 'pkcs8' = 'sec1'): AppleApiKeyFixture {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    clientId: `BUSINESSAPI.${randomUUID()}`,
    keyId: randomUUID(),
    privateKeyPem: privateKey.export({ type: format, format: 'pem' }).toString(),
    publicKey,
  };
}

/** The MDM's public key certificate, the one server tokens are encrypted to (one per test file). */
let mdmCertificate: CertFixture | undefined;
export function mdmCert(): CertFixture {
  mdmCertificate ??= makeSelfSignedCert({ cn: 'abm-gitops-fake-mdm', serial: '0a1b2c' });
  return mdmCertificate;
}

export function makeServerTokenSecrets(): ServerTokenSecrets {
  return {
    consumer_key: `CK_${randomBytes(24).toString('hex')}`,
    consumer_secret: `CS_${randomBytes(24).toString('hex')}`,
    access_token: `AT_O${randomBytes(30).toString('hex')}`,
    access_secret: `AS_${randomBytes(24).toString('hex')}`,
  };
}

export interface ServerTokenFixture {
  /** The `.p7m` file text. */
  file: string;
  /** The MDM's private key, to decrypt it (`serviceToken.privateKey`). */
  privateKeyPem: string;
  secrets: ServerTokenSecrets;
  fake: FakeServerToken;
}

export function makeServerTokenFixture(options: {
  serverName: string;
  adminId: string;
  orgName: string;
  mode?: ServerTokenMode;
  expiry?: Date;
  cert?: CertFixture;
}): ServerTokenFixture {
  const cert = options.cert ?? mdmCert();
  const secrets = makeServerTokenSecrets();
  const file = makeServerToken({ cert: cert.cert, expiry: options.expiry ?? new Date('2027-01-10T00:00:00Z'), secrets });
  return {
    file,
    privateKeyPem: cert.keyPair.privateKeyPem,
    secrets,
    fake: {
      consumerKey: secrets.consumer_key,
      consumerSecret: secrets.consumer_secret,
      accessToken: secrets.access_token,
      accessSecret: secrets.access_secret,
      mode: options.mode ?? 'accepted',
      account: {
        server_name: options.serverName,
        server_uuid: randomBytes(16).toString('hex').toUpperCase(),
        admin_id: options.adminId,
        org_name: options.orgName,
        org_id: String(100000 + randomBytes(2).readUInt16BE()),
      },
    },
  };
}

export interface ContentTokenFixture {
  /** The `.vpptoken` text: the whole of it is the credential. */
  sToken: string;
  fake: FakeContentToken;
}

export function makeContentTokenFixture(options: {
  orgName: string;
  locationName: string;
  expiresAt: Date;
  mode?: ContentTokenMode;
  mdmInfo?: { id: string; name: string };
}): ContentTokenFixture {
  const sToken = makeContentToken({ expDate: options.expiresAt, orgName: options.orgName, token: randomBytes(48).toString('base64') });
  return {
    sToken,
    fake: {
      sToken,
      mode: options.mode ?? 'valid',
      locationName: options.locationName,
      tokenExpirationDate: appleExpDate(options.expiresAt),
      uId: String(2049025000000000 + randomBytes(3).readUIntBE(0, 3)),
      ...(options.mdmInfo ? { mdmInfo: { ...options.mdmInfo, metadata: '1.0' } } : {}),
    },
  };
}
