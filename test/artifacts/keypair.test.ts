import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { beforeEach, describe, expect, test } from 'vitest';
import { decryptServerToken, generateKeyPair, readCertificate } from '../../src/artifacts/index.js';
import { command } from '../../src/cli/commands/keypair.js';
import { makeServerToken } from '../support/forge-fixtures.js';
import { recordingIo, usageErrorOf } from './cli-io.js';
import { privateKeyLine } from '../support/pem.js';

describe('generateKeyPair', () => {
  test('a self-signed RSA-2048 certificate with a CN only, and its key decrypts tokens made for it', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const pair = generateKeyPair({ commonName: 'acme-jamf', now });
    if (!pair.ok) throw new Error(pair.reason);
    const cert = readCertificate(pair.certificatePem);
    if (!cert.ok) throw new Error(cert.reason);
    expect([cert.subject, cert.issuer, cert.keySize, cert.notBefore, cert.notAfter]).toEqual([
      'CN=acme-jamf',
      'CN=acme-jamf',
      2048,
      new Date('2026-03-01T10:00:00Z'),
      new Date('2027-03-01T10:00:00Z'),
    ]);
    const der = readCertificate(pair.certificateDer);
    expect(der.ok && der.sha256Fingerprint).toBe(cert.sha256Fingerprint);
    expect(pair.privateKeyPem.startsWith(`${privateKeyLine('BEGIN', 'RSA')}\n`)).toBe(true);
    const expiry = new Date('2027-01-10T14:37:38Z');
    const token = makeServerToken({ cert: forge.pki.certificateFromPem(pair.certificatePem), expiry });
    const decrypted = decryptServerToken(token, pair.privateKeyPem);
    expect(decrypted.ok && decrypted.accessTokenExpiry).toEqual(expiry);
  });

  test('refuses an empty or over-long common name', () => {
    expect(generateKeyPair({ commonName: ' ' })).toEqual({ ok: false, reason: 'the common name must be 1 to 64 characters' });
    expect(generateKeyPair({ commonName: 'x'.repeat(65) })).toEqual({ ok: false, reason: 'the common name must be 1 to 64 characters' });
  });
});

describe('keypair command', () => {
  let repo: string;
  let secrets: string;

  beforeEach(async () => {
    repo = await mkdtemp(join(tmpdir(), 'abm-keypair-repo-'));
    await mkdir(join(repo, '.git'));
    await mkdir(join(repo, 'certs'));
    secrets = await mkdtemp(join(tmpdir(), 'abm-keypair-secrets-'));
  });

  const run = (options: Record<string, string | boolean>, positionals: string[] = []) => {
    const io = recordingIo(repo);
    return command.run({ positionals, options }, io).then((code) => ({ code, out: io.out, err: io.err }));
  };

  test('writes the certificate in the repo and the key outside it with mode 0600', async () => {
    const keyPath = join(secrets, 'mdm.key');
    const result = await run({ 'out-cert': 'certs/mdm.pem', 'out-key': keyPath, 'common-name': 'acme-mdm' });
    expect([result.code, result.out]).toEqual([0, '']);
    expect(result.err).toBe(
      "wrote the certificate to certs/mdm.pem: upload it to Apple as the device management service's public key\n" +
        `wrote the private key to ${keyPath} (mode 0600): store it as a secret, never in git\n`,
    );
    expect((await stat(keyPath)).mode & 0o777).toBe(0o600);
    const cert = readCertificate(await readFile(join(repo, 'certs/mdm.pem')));
    expect(cert.ok && cert.subject).toBe('CN=acme-mdm');
    const key = await readFile(keyPath, 'utf8');
    const token = makeServerToken({ cert: forge.pki.certificateFromPem(await readFile(join(repo, 'certs/mdm.pem'), 'utf8')), expiry: new Date('2027-05-05T00:00:00Z') });
    expect(decryptServerToken(token, key).ok).toBe(true);
  });

  test('without --out-key the key goes to stdout; a .der certificate is DER', async () => {
    const result = await run({ 'out-cert': 'certs/mdm.der' });
    expect(result.out.startsWith(`${privateKeyLine('BEGIN', 'RSA')}\n`)).toBe(true);
    expect(result.out.endsWith(`${privateKeyLine('END', 'RSA')}\n`)).toBe(true);
    expect(result.err).toContain('the private key is on stdout: store it as a secret');
    const der = await readFile(join(repo, 'certs/mdm.der'));
    const cert = readCertificate(new Uint8Array(der));
    expect([der[0], cert.ok && cert.encoding, cert.ok && cert.subject]).toEqual([0x30, 'der', 'CN=abm-gitops']);
  });

  test('refuses to write the key inside a git work tree (a .git directory or file)', async () => {
    await mkdir(join(repo, 'secrets'));
    expect(await usageErrorOf(run({ 'out-cert': 'certs/mdm.pem', 'out-key': 'secrets/mdm.key' }))).toBe(
      `refusing to write the private key inside the git work tree ${repo}: choose a path outside it`,
    );
    await writeFile(join(secrets, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
    expect(await usageErrorOf(run({ 'out-cert': 'certs/mdm.pem', 'out-key': join(secrets, 'mdm.key') }))).toBe(
      `refusing to write the private key inside the git work tree ${secrets}: choose a path outside it`,
    );
    await expect(stat(join(repo, 'certs/mdm.pem'))).rejects.toThrow(/ENOENT/);
  });

  test('refuses to overwrite without --force; --force overwrites and tightens the key mode', async () => {
    const keyPath = join(secrets, 'mdm.key');
    await writeFile(join(repo, 'certs/mdm.pem'), 'old certificate');
    await writeFile(keyPath, 'old key', { mode: 0o644 });
    expect(await usageErrorOf(run({ 'out-cert': 'certs/mdm.pem', 'out-key': keyPath }))).toBe('--out-cert certs/mdm.pem already exists: use --force to overwrite it');
    expect(await usageErrorOf(run({ 'out-cert': 'certs/new.pem', 'out-key': keyPath }))).toBe(`--out-key ${keyPath} already exists: use --force to overwrite it`);
    expect(await readFile(keyPath, 'utf8')).toBe('old key');
    const forced = await run({ 'out-cert': 'certs/mdm.pem', 'out-key': keyPath, force: true });
    expect(forced.code).toBe(0);
    expect((await stat(keyPath)).mode & 0o777).toBe(0o600);
    expect((await readFile(keyPath, 'utf8')).startsWith(privateKeyLine('BEGIN', 'RSA'))).toBe(true);
  });

  test('usage errors: no --out-cert, a missing directory, a bad common name', async () => {
    expect(await usageErrorOf(run({}))).toBe('keypair needs --out-cert <path>');
    expect(await usageErrorOf(run({ 'out-cert': 'nowhere/mdm.pem' }))).toBe(`--out-cert nowhere/mdm.pem: the directory ${join(repo, 'nowhere')} does not exist`);
    expect(await usageErrorOf(run({ 'out-cert': 'certs/x.pem', 'common-name': '' }))).toBe('--common-name: the common name must be 1 to 64 characters');
  });
});
