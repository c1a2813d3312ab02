import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { command } from '../../src/cli/commands/inspect.js';
import {
  FAKE_CONTENT_TOKEN,
  FAKE_SERVER_TOKEN_SECRETS,
  makeApnsCert,
  makeContentToken,
  makeKeyPair,
  makeSelfSignedCert,
  makeServerToken,
  sharedKey,
} from '../support/forge-fixtures.js';
import { recordingIo, usageErrorOf } from './cli-io.js';

const expiry = new Date('2027-01-10T14:37:38Z');
const cert = makeSelfSignedCert({ cn: 'abm-gitops', serial: '01', notAfter: new Date('2028-01-01T00:00:00Z') });
const uuid = '5c1f3e2a-9b7d-4c6e-8f0a-1b2c3d4e5f60';
let repo: string;
let keyDir: string;
const fileSha256 = (name: string): string =>
  createHash('sha256')
    .update(readFileSync(join(repo, name)))
    .digest('hex');

const run = (positionals: string[], options: Record<string, string> = {}, env: Record<string, string> = {}) => {
  const io = recordingIo(repo, env);
  return command.run({ positionals, options }, io).then((code) => ({ code, out: io.out, err: io.err }));
};

function expectNoSecrets(text: string): void {
  for (const secret of Object.values(FAKE_SERVER_TOKEN_SECRETS)) expect(text).not.toContain(secret.slice(0, 12));
  expect(text).not.toContain(FAKE_CONTENT_TOKEN);
  expect(text).not.toContain('PRIVATE KEY');
  const keyBody = sharedKey().privateKeyPem.split('\n')[5] ?? 'unreachable';
  expect(text).not.toContain(keyBody);
}

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'abm-inspect-repo-'));
  keyDir = await mkdtemp(join(tmpdir(), 'abm-inspect-key-'));
  await writeFile(join(repo, 'token.p7m'), makeServerToken({ cert: cert.cert, expiry, cipher: 'aes256', foldHeaders: true }));
  await writeFile(join(repo, 'broken.p7m'), makeServerToken({ cert: cert.cert, expiry }).replace(/\n\nMII/, '\n\nM!I'));
  await writeFile(join(repo, 'acme.vpptoken'), makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme Corp' }));
  await writeFile(join(repo, 'public.pem'), cert.certPem);
  await writeFile(join(repo, 'push.pem'), makeApnsCert({ uuid, notAfter: new Date('2027-02-01T00:00:00Z') }).certPem);
  await writeFile(join(repo, 'leaked.key'), sharedKey().privateKeyPem);
  await writeFile(join(repo, 'notes.md'), '# Notes\n');
  await writeFile(join(keyDir, 'mdm.key'), sharedKey().privateKeyPem);
  await writeFile(join(keyDir, 'other.key'), makeKeyPair().privateKeyPem);
});

describe('inspect', () => {
  test('a server token without the key: recipient and cipher, text', async () => {
    const result = await run(['token.p7m']);
    expect(result).toEqual({
      code: 0,
      err: '',
      out: [
        'file:           token.p7m',
        'kind:           service-token: ADE server token (S/MIME, PKCS#7 enveloped data)',
        'container:      smime',
        'recipient:      CN=abm-gitops (serial 01)',
        'content cipher: AES-256-CBC',
        `sha256:         ${fileSha256('token.p7m')}`,
        'decrypted:      false',
        'hint:           give --private-key <path|env:NAME> to read the expiry',
        '',
      ].join('\n'),
    });
  });

  test('a server token with the key from a path outside the repo, json', async () => {
    const result = await run(['token.p7m'], { 'private-key': join(keyDir, 'mdm.key'), format: 'json' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({
      file: 'token.p7m',
      kind: 'service-token',
      description: 'ADE server token (S/MIME, PKCS#7 enveloped data)',
      secret: false,
      container: 'smime',
      recipients: [{ issuer: 'CN=abm-gitops', serialNumber: '01' }],
      contentCipher: 'AES-256-CBC',
      sha256: fileSha256('token.p7m'),
      decrypted: true,
      accessTokenExpiry: '2027-01-10T14:37:38.000Z',
      fields: ['access_secret', 'access_token', 'access_token_expiry', 'consumer_key', 'consumer_secret'],
    });
    expectNoSecrets(result.out + result.err);
  });

  test('a server token with the key from env:, text', async () => {
    const result = await run(['token.p7m'], { 'private-key': 'env:DEP_KEY' }, { DEP_KEY: sharedKey().privateKeyPem });
    expect(result.out).toContain('access token expiry: 2027-01-10T14:37:38.000Z\n');
    expect(result.out).toContain('fields:              access_secret, access_token, access_token_expiry, consumer_key, consumer_secret\n');
    expectNoSecrets(result.out + result.err);
  });

  test('a wrong key, an unset variable, a missing file: one-line usage errors', async () => {
    expect(await usageErrorOf(run(['token.p7m'], { 'private-key': join(keyDir, 'other.key') }))).toBe(
      'cannot decrypt token.p7m: the private key does not decrypt this token (it was made for another certificate or the key is wrong)',
    );
    expect(await usageErrorOf(run(['token.p7m'], { 'private-key': 'env:UNSET' }))).toBe('--private-key env:UNSET: UNSET is not set');
    expect(await usageErrorOf(run(['token.p7m'], { 'private-key': join(keyDir, 'none.key') }))).toBe(`cannot read private key ${join(keyDir, 'none.key')}: no such file`);
    expect(await usageErrorOf(run(['token.p7m'], { 'private-key': join(repo, 'public.pem') }))).toBe('cannot decrypt token.p7m: not a private key: the PEM block is a CERTIFICATE');
    expect(await usageErrorOf(run(['missing.p7m']))).toBe('cannot read missing.p7m: no such file');
    expect(await usageErrorOf(run([]))).toBe('inspect needs a file: abm-gitops inspect <file>');
  });

  test('a content token: org, expiry, sha256, marked secret, never the token', async () => {
    const file = makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme Corp' });
    const result = await run(['acme.vpptoken'], { format: 'json' });
    expect(JSON.parse(result.out)).toEqual({
      file: 'acme.vpptoken',
      kind: 'content-token',
      description: 'Apps and Books content token (.vpptoken)',
      secret: true,
      orgName: 'Acme Corp',
      expiresAt: '2030-11-08T22:33:22.000Z',
      sha256: createHash('sha256').update(file).digest('hex'),
      note: 'this file is a secret: keep it out of git and reference it with env:',
    });
    const text = await run(['acme.vpptoken']);
    expectNoSecrets(result.out + text.out + text.err);
    expect(text.out).not.toContain(file);
  });

  test('certificates: public key and APNs push certificate', async () => {
    const publicKey = await run(['public.pem']);
    const rows: Array<[string, string]> = [
      ['file', 'public.pem'],
      ['kind', 'certificate: X.509 certificate'],
      ['subject', 'CN=abm-gitops'],
      ['issuer', 'CN=abm-gitops'],
      ['serial', '01'],
      ['not before', '2026-01-01T00:00:00.000Z'],
      ['not after', '2028-01-01T00:00:00.000Z'],
      ['sha256', fileSha256('public.pem')],
      ['fingerprint (sha256 of DER)', createHash('sha256').update(cert.certDer).digest('hex')],
      ['key', 'RSA 2048'],
      ['APNs push certificate', 'false'],
    ];
    expect(publicKey.out).toBe(rows.map(([label, value]) => `${`${label}:`.padEnd(29)}${value}\n`).join(''));
    const push = JSON.parse((await run(['push.pem'], { format: 'json' })).out) as Record<string, unknown>;
    expect([push.apnsTopic, push.isApnsCertificate, push.notAfter]).toEqual([`com.apple.mgmt.External.${uuid}`, true, '2027-02-01T00:00:00.000Z']);
  });

  test('a private key is named as a secret and not shown', async () => {
    const result = await run(['leaked.key'], { format: 'json' });
    expect(JSON.parse(result.out)).toEqual({
      file: 'leaked.key',
      kind: 'private-key',
      description: 'private key',
      secret: true,
      sha256: fileSha256('leaked.key'),
      note: 'this file is a secret: keep it out of git and reference it with env:',
    });
    expectNoSecrets(result.out);
  });

  test('unknown and corrupted files exit 1 with the reason', async () => {
    const unknown = await run(['notes.md'], { format: 'json' });
    const broken = await run(['broken.p7m']);
    expect([unknown.code, JSON.parse(unknown.out)]).toEqual([
      1,
      {
        file: 'notes.md',
        kind: 'unknown',
        description: 'not a server token, content token, certificate or private key',
        secret: false,
        error: 'not a server token, content token, certificate or private key',
      },
    ]);
    expect([broken.code, broken.out]).toEqual([
      1,
      'file:  broken.p7m\nkind:  service-token: ADE server token (S/MIME, PKCS#7 enveloped data)\nerror: corrupted base64: it holds characters outside the base64 alphabet\n',
    ]);
  });
});
