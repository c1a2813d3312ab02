/**
 * A passphrase-protected .p12 push certificate (as OpenSSL 3 exports it by
 * default: AES-256, PBKDF2, SHA-256 MAC; and as forge and Keychain do: 3DES),
 * made at test time: `import --passphrase env:NAME` opens it and writes
 * `passphrase: env:NAME`, with which `validate` reads it; without the
 * passphrase, or with a wrong one, both say why and what to do (validate
 * only of a wrong one: an unset passphrase variable is an offline run).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseInstant } from '../../src/base/dates.js';
import { validateRepository } from '../../src/validate.js';
import { makeApnsCert } from '../support/forge-fixtures.js';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { customerDownloads, mdmKeys, place, importCli, scratchFolders } from './downloads.js';

const folder = scratchFolders();
const PASSPHRASE = 'correct horse battery staple';
const openssl = mkdtempSync(join(tmpdir(), 'abm-gitops-p12-'));
afterAll(() => rmSync(openssl, { recursive: true, force: true }));

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The Kandji push certificate and its key as a .p12 behind PASSPHRASE, written by forge or by the openssl command. */
function lockedP12(writer: 'forge' | 'openssl'): { p12: Buffer; notAfter: string } {
  const [, kandjiKey] = mdmKeys();
  const push = makeApnsCert({ uuid: '0b0b0b0b-aaaa-4bbb-8ccc-000000000003', notAfter: new Date('2027-07-01T00:00:00Z'), keyPair: kandjiKey });
  if (writer === 'forge') {
    const asn1 = forge.pkcs12.toPkcs12Asn1(kandjiKey.privateKey, [push.cert], PASSPHRASE, { algorithm: '3des' });
    return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), notAfter: '2027-07-01T00:00:00Z' };
  }
  writeFileSync(join(openssl, 'cert.pem'), push.certPem);
  writeFileSync(join(openssl, 'key.pem'), kandjiKey.privateKeyPem);
  const out = join(openssl, 'push.p12');
  execFileSync('openssl', ['pkcs12', '-export', '-in', join(openssl, 'cert.pem'), '-inkey', join(openssl, 'key.pem'), '-out', out, '-passout', 'env:P12_PASS'], {
    env: { ...process.env, P12_PASS: PASSPHRASE },
  });
  return { p12: readFileSync(out), notAfter: '2027-07-01T00:00:00Z' };
}

/** The customer's public downloads (with Kandji's server token) and the locked .p12, in one folder. */
function downloadsWith(p12: Buffer) {
  const work = folder();
  const { 'MDM_Jamf Pro Production_Certificate.pem': _apns, ...publicFiles } = customerDownloads().publicFiles;
  place(work, 'd', publicFiles);
  work.write('d/Kandji push.p12', p12);
  return work;
}

describe('import and validate a passphrase-protected .p12', () => {
  for (const writer of ['forge', 'openssl'] as const) {
    it(`opens one written by ${writer} with --passphrase env:NAME, and validate reads it with passphrase: env:NAME`, async () => {
      const { p12, notAfter } = lockedP12(writer);
      const work = downloadsWith(p12);
      const run = await importCli(work.root, ['d', '--organization', 'acme', '--passphrase', 'env:KANDJI_P12_PASSPHRASE'], { KANDJI_P12_PASSPHRASE: PASSPHRASE });
      expect(run.err).not.toContain(PASSPHRASE);
      expect(run.out).not.toContain(PASSPHRASE);
      const document = parse(run.out) as { spec: { deviceManagementServices: Array<Record<string, any>> } };
      const kandji = document.spec.deviceManagementServices.find((service) => service.vendor === 'kandji')!;
      expect(kandji.apnsCertificate).toEqual({
        ref: 'env:ACME_KANDJI_APNS',
        passphrase: 'env:KANDJI_P12_PASSPHRASE',
        sha256: sha256(p12),
        downloadedAt: '2026-07-01T00:00:00Z',
        expiresAt: notAfter,
      });
      expect(run.err).toMatch(/\n {2}KANDJI_P12_PASSPHRASE +the passphrase of the APNs push certificate for Kandji: the contents of --passphrase env:KANDJI_P12_PASSPHRASE\n/);
      expect(run.err).toContain('  d/Kandji push.p12: a certificate together with its private key\n');

      // The imported document, validated with the variables it asks for: the certificate is read, its date matches.
      const repo = work;
      repo.write('organization.yml', run.out);
      const env = { ACME_KANDJI_APNS: p12.toString('base64'), KANDJI_P12_PASSPHRASE: PASSPHRASE };
      const now = parseInstant('2026-11-23')!;
      const read = validateRepository({ root: repo.root, now, env });
      expect(read.report.findings.filter((finding) => finding.ruleId === 'token-unreadable' || finding.ruleId === 'declared-expiry-mismatch')).toEqual([]);
      expect(read.model.organizations[0]!.artifacts.find((artifact) => artifact.kind === 'apns-certificate' && artifact.reading)?.reading).toMatchObject({
        source: 'secret',
        expiresAt: new Date(notAfter),
      });

      // The passphrase unset (a fork's pull request, a job without that secret): an offline run for this
      // certificate, like any unset env: secret (spec: rules.md, token-unreadable): no finding, the declared dates only.
      const unset = validateRepository({ root: repo.root, now, env: { ACME_KANDJI_APNS: env.ACME_KANDJI_APNS } });
      const nothingSet = validateRepository({ root: repo.root, now, env: {} });
      expect(unset.report.findings).toEqual(nothingSet.report.findings);
      expect(unset.report.findings.filter((f) => f.ruleId === 'token-unreadable')).toEqual([]);
      expect(unset.model.organizations[0]!.artifacts.find((artifact) => artifact.kind === 'apns-certificate')?.reading).toBeUndefined();
      // A wrong one: one finding at `passphrase`, saying so and what to do.
      const wrong = validateRepository({ root: repo.root, now, env: { ...env, KANDJI_P12_PASSPHRASE: 'not it' } }).report.findings.filter((f) => f.ruleId === 'token-unreadable');
      expect(wrong).toHaveLength(1);
      expect(wrong[0]!.path).toMatch(/apnsCertificate\.passphrase$/);
      expect(wrong[0]!.message).toContain('is set but cannot be used: the passphrase does not open this .p12 (the MAC does not verify)');
      expect(JSON.stringify(wrong)).not.toContain('not it');
    });
  }

  it('without --passphrase, or with a wrong one, says the .p12 is locked and how to open it, and still that it is a secret', async () => {
    const { p12 } = lockedP12('openssl');
    const work = downloadsWith(p12);
    const without = await importCli(work.root, ['d', '--organization', 'acme']);
    expect(without.code).toBe(1);
    expect(without.err).toContain(
      '  d/Kandji push.p12: a .p12 protected by a passphrase, so its certificate was not imported: import again with `--passphrase env:NAME` (NAME: the variable that holds the passphrase)\n',
    );
    expect(without.err).toContain('  d/Kandji push.p12: a private key\n');
    const wrong = await importCli(work.root, ['d', '--organization', 'acme', '--passphrase', 'env:P'], { P: 'not it' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain(
      '  d/Kandji push.p12: a .p12 that the passphrase in P does not open (the MAC does not verify), so its certificate was not imported: set P to the passphrase it was exported with\n',
    );
    expect(`${wrong.out}${wrong.err}`).not.toContain('not it');
    const unset = await importCli(work.root, ['d', '--organization', 'acme', '--passphrase', 'env:P']);
    expect(unset.code).toBe(2);
    expect(unset.err).toBe('abm-gitops: --passphrase env:P: P is not set\n');
    const literal = await importCli(work.root, ['d', '--organization', 'acme', '--passphrase', PASSPHRASE]);
    expect(literal.code).toBe(2);
    expect(literal.err).toBe('abm-gitops: --passphrase takes env:NAME, so the secret stays out of shell history and process lists\n');
  });

  it('inspect says a locked .p12 needs its passphrase, reads it with one, and fails on a wrong one', async () => {
    const { p12, notAfter } = lockedP12('openssl');
    const work = folder();
    work.write('push.p12', p12);
    const inspect = async (args: string[], env: Record<string, string> = {}) => {
      const io = recordingIo(work.root, env);
      const code = await runCli(['inspect', 'push.p12', '--format', 'json', ...args], io);
      return { code, json: JSON.parse(io.out) as Record<string, unknown>, all: `${io.out}${io.err}` };
    };
    const locked = await inspect([]);
    expect(locked.code).toBe(0);
    expect(locked.json).toMatchObject({ kind: 'private-key', sha256: sha256(p12), certificate: expect.stringContaining('protected by a passphrase') });
    const opened = await inspect(['--passphrase', 'env:P'], { P: PASSPHRASE });
    expect(opened.code).toBe(0);
    expect(opened.json).toMatchObject({ kind: 'private-key', notAfter: new Date(notAfter).toISOString(), apnsTopic: expect.stringMatching(/^com\.apple\.mgmt\./) });
    const wrong = await inspect(['--passphrase', 'env:P'], { P: 'not it' });
    expect(wrong.code).not.toBe(0);
    expect(wrong.json).toMatchObject({ certificate: 'the passphrase does not open this .p12 (the MAC does not verify)' });
    for (const run of [locked, opened, wrong]) expect(run.all).not.toContain(PASSPHRASE);
  });

  it('validate without `passphrase:` says the .p12 needs one, and how to give it', () => {
    const { p12 } = lockedP12('openssl');
    const repo = folder();
    repo.write(
      'organization.yml',
      `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: acme
spec:
  product: apple-business
  units:
    - { id: hq, name: Acme, primary: true }
  deviceManagementServices:
    - id: kandji
      type: external
      name: Kandji
      vendor: kandji
      apnsCertificate:
        ref: env:ACME_KANDJI_APNS
        expiresAt: 2027-07-01
`,
    );
    const findings = validateRepository({ root: repo.root, now: parseInstant('2026-11-23')!, env: { ACME_KANDJI_APNS: p12.toString('base64') } }).report.findings;
    const unreadable = findings.filter((finding) => finding.ruleId === 'token-unreadable');
    expect(unreadable.map((finding) => [finding.path, finding.message])).toEqual([
      [
        'spec.deviceManagementServices[0].apnsCertificate.ref',
        'The secret `env:ACME_KANDJI_APNS` (the APNs certificate of service `kandji` in organization `acme`) is a .p12 protected by a passphrase, which was not given; so its real expiry and identity are not checked. Add `passphrase: env:NAME` to this `apnsCertificate` and set that variable (in CI, a secret) to the passphrase the .p12 was exported with.',
      ],
    ]);
  });
});
