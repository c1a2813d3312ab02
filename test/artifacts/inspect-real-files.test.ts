/**
 * `inspect` on files as Apple and MDM vendors really ship them: push
 * certificates in a .p12 or a combined certificate + key PEM, keys in DER,
 * DES-enveloped tokens, tokens whose decrypted expiry cannot be read.
 * Every fixture is built here with node-forge.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { beforeAll, describe, expect, test } from 'vitest';
import { command } from '../../src/cli/commands/inspect.js';
import {
  FAKE_SERVER_TOKEN_SECRETS,
  makeApnsCert,
  makePkcs12WithEncryptedSafes,
  makeSelfSignedCert,
  makeServerToken,
  serverTokenPlaintext,
  sharedKey,
} from '../support/forge-fixtures.js';
import { recordingIo, usageErrorOf } from './cli-io.js';

const uuid = '5c1f3e2a-9b7d-4c6e-8f0a-1b2c3d4e5f60';
const notAfter = new Date('2027-02-01T00:00:00Z');
const push = makeApnsCert({ uuid, notAfter });
const expiry = new Date('2027-01-10T14:37:38Z');
// A serial with its top bit set: DER writes a leading 00 sign byte that OpenSSL does not print.
const highSerial = makeSelfSignedCert({ cn: 'abm-gitops', serial: '00c3a1f0' });
let repo: string;

const p12 = (key: forge.pki.rsa.PrivateKey | null, password: string | null): Buffer =>
  Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, [push.cert], password, { algorithm: '3des' })).getBytes(), 'binary');

const run = (positionals: string[], options: Record<string, string> = {}, env: Record<string, string> = {}) => {
  const io = recordingIo(repo, env);
  return command.run({ positionals, options }, io).then((code) => ({ code, out: io.out, err: io.err, json: () => JSON.parse(io.out) as Record<string, unknown> }));
};
const fileSha256 = (name: string): string =>
  createHash('sha256')
    .update(readFileSync(join(repo, name)))
    .digest('hex');

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'abm-inspect-real-'));
  await writeFile(join(repo, 'push-with-key.p12'), p12(sharedKey().privateKey, 'correct horse'));
  await writeFile(join(repo, 'push-no-passphrase.p12'), p12(sharedKey().privateKey, ''));
  await writeFile(join(repo, 'push-cert-only.p12'), p12(null, 'correct horse'));
  await writeFile(join(repo, 'push-key-in-encrypted-safe.p12'), makePkcs12WithEncryptedSafes(sharedKey().privateKey, [push.cert], 'correct horse'));
  await writeFile(join(repo, 'push-combined.pem'), `${push.certPem}${sharedKey().privateKeyPem}`);
  await writeFile(join(repo, 'high-serial.pem'), highSerial.certPem);
  await writeFile(join(repo, 'des.p7m'), makeServerToken({ cert: highSerial.cert, expiry, cipher: 'des' }));
  await writeFile(join(repo, 'mdm.der'), Buffer.from(forge.asn1.toDer(forge.pki.privateKeyToAsn1(sharedKey().privateKey)).getBytes(), 'binary'));
  const badExpiry = serverTokenPlaintext({ expiry, wrapAt: 100_000 }).replace(/"access_token_expiry":"[^"]*"/, '"access_token_expiry":"someday"');
  await writeFile(join(repo, 'decrypted.txt'), badExpiry);
});

describe('push certificates as vendors ship them', () => {
  test('a .p12 with its key and a passphrase from env: topic, expiry, file hash; marked secret', async () => {
    const result = await run(['push-with-key.p12'], { format: 'json', passphrase: 'env:P12_PASS' }, { P12_PASS: 'correct horse' });
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({
      kind: 'private-key',
      secret: true,
      container: 'pkcs12',
      apnsTopic: `com.apple.mgmt.External.${uuid}`,
      isApnsCertificate: true,
      notAfter: notAfter.toISOString(),
      sha256: fileSha256('push-with-key.p12'),
    });
  });

  test('a .p12 whose key sits in an encrypted safe: a push certificate with its key, marked secret once the passphrase opens it', async () => {
    const result = await run(['push-key-in-encrypted-safe.p12'], { format: 'json', passphrase: 'env:P12_PASS' }, { P12_PASS: 'correct horse' });
    expect([result.code, result.json()]).toMatchObject([
      0,
      { kind: 'private-key', secret: true, container: 'pkcs12', isApnsCertificate: true, apnsTopic: `com.apple.mgmt.External.${uuid}`, notAfter: notAfter.toISOString() },
    ]);
    expect(result.json().note).toMatch(/secret/);
  });

  test('a .p12 without a passphrase opens without one', async () => {
    const result = await run(['push-no-passphrase.p12'], { format: 'json' });
    expect(result.json()).toMatchObject({ kind: 'private-key', apnsTopic: `com.apple.mgmt.External.${uuid}`, notAfter: notAfter.toISOString() });
  });

  test('a certificate-only .p12 is a certificate, not a secret', async () => {
    const result = await run(['push-cert-only.p12'], { format: 'json', passphrase: 'env:P12_PASS' }, { P12_PASS: 'correct horse' });
    expect([result.code, result.json()]).toMatchObject([0, { kind: 'certificate', secret: false, container: 'pkcs12', isApnsCertificate: true }]);
  });

  test('a .p12 whose passphrase is missing or wrong: a clear reason, exit 1; a passphrase only from env:', async () => {
    const missing = await run(['push-cert-only.p12'], { format: 'json' });
    const wrong = await run(['push-cert-only.p12'], { format: 'json', passphrase: 'env:P12_PASS' }, { P12_PASS: 'wrong' });
    expect([missing.code, missing.json().error]).toEqual([1, expect.stringMatching(/protected by a passphrase: give it with `passphrase: env:NAME`/)]);
    expect([wrong.code, wrong.json().error]).toEqual([1, 'the passphrase does not open this .p12 (the MAC does not verify)']);
    expect(await usageErrorOf(run(['push-cert-only.p12'], { passphrase: 'correct horse' }))).toMatch(/^--passphrase takes env:NAME/);
  });

  test('a combined certificate + key PEM (nanomdm) shows the certificate and is marked secret', async () => {
    const result = await run(['push-combined.pem'], { format: 'json' });
    expect(result.json()).toMatchObject({ kind: 'private-key', secret: true, apnsTopic: `com.apple.mgmt.External.${uuid}`, notAfter: notAfter.toISOString() });
    expect(result.out).not.toContain('PRIVATE KEY');
  });
});

describe('tokens and keys from other tools', () => {
  test('a DES-CBC token decrypts with a DER key; serials print as OpenSSL prints them', async () => {
    const result = await run(['des.p7m'], { format: 'json', 'private-key': join(repo, 'mdm.der') });
    expect(result.json()).toMatchObject({
      contentCipher: 'DES-CBC',
      recipients: [{ issuer: 'CN=abm-gitops', serialNumber: 'c3a1f0' }],
      accessTokenExpiry: expiry.toISOString(),
      sha256: fileSha256('des.p7m'),
    });
    expect((await run(['high-serial.pem'], { format: 'json' })).json().serialNumber).toBe('c3a1f0');
  });

  test('a decrypted token whose expiry cannot be read exits 1 with the reason, never the content', async () => {
    const result = await run(['decrypted.txt']);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^error: +decrypted, but access_token_expiry is not a date/m);
    for (const secret of Object.values(FAKE_SERVER_TOKEN_SECRETS)) expect(result.out).not.toContain(secret.slice(0, 12));
  });
});
