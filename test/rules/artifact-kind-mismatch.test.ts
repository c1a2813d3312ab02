import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { makeApnsCert, makeContentToken, makeSelfSignedCert, makeServerToken, serverTokenPlaintext, sharedKey } from '../support/forge-fixtures.js';
import { findingsOf } from '../support/repo.js';
import { contentTokenOrganization, serviceOrganization, validateWithEnv } from '../secrets/artifact-repo.js';

const RULE = 'artifact-kind-mismatch';
const publicKey = makeSelfSignedCert({ cn: 'jamf-prod', serial: '01' });
const uuid = '5c1f3e2a-9b7d-4c6e-8f0a-1b2c3d4e5f60';
const push = makeApnsCert({ uuid, notAfter: new Date('2027-06-01T00:00:00Z') });
const token = makeServerToken({ cert: publicKey.cert, expiry: new Date('2027-06-01T14:37:38Z') });
const p12 = (password: string): Uint8Array =>
  new Uint8Array(Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(sharedKey().privateKey, [push.cert], password, { algorithm: '3des' })).getBytes(), 'binary'));

/** Lines: publicKey `ref` 20, service token `ref` 22, `apnsCertificate:` 26, its first line 27. */
const org = (apnsLines: string[], publicKeyRef = 'file:certs/jamf.pem') =>
  serviceOrganization('acme', { publicKeyRef, tokenLines: ['ref: file:tokens/jamf.p7m'], apnsLines, apnsExpiresAt: '2027-06-01' });

describe(RULE, () => {
  it('fires at `apnsCertificate.ref` when it points at a certificate that is no push certificate, whose dates are then not used', () => {
    const { report } = validateWithEnv({ 'org.yml': org(['ref: file:certs/jamf.pem']), 'certs/jamf.pem': publicKey.certPem, 'tokens/jamf.p7m': token });
    expect(findingsOf(report, RULE)).toEqual([
      {
        file: 'org.yml',
        line: 27,
        column: 9,
        severity: 'error',
        message:
          'The file behind `file:certs/jamf.pem` (the APNs certificate of service `jamf` in organization `acme`) is a certificate with no push topic (subject UID), not an APNs push certificate (topic com.apple.mgmt.External.…): its dates and identity describe something else, so they are not used and the declared values go unchecked. Point `ref` at the APNs certificate itself, as downloaded from Apple.',
      },
    ]);
    // The public key certificate expires 2027-01-01, the declaration says 2027-06-01: no expiry mismatch from the wrong file.
    expect(findingsOf(report, 'declared-expiry-mismatch')).toEqual([]);
  });

  it('fires for every key given another kind of file or secret', () => {
    const decrypted = serverTokenPlaintext({ expiry: new Date('2027-06-01T14:37:38Z') });
    const services = validateWithEnv({ 'org.yml': org([], 'file:tokens/jamf.p7m'), 'tokens/jamf.p7m': token }).report;
    const tokens = validateWithEnv({ 'org.yml': org([]), 'certs/jamf.pem': publicKey.certPem, 'tokens/jamf.p7m': decrypted }).report;
    const content = validateWithEnv({ 'org.yml': contentTokenOrganization('acme', [{ id: 'apps', lines: ['ref: env:VPP'] }]) }, { VPP: push.certPem }).report;
    expect(findingsOf(services, RULE).map((finding) => [finding.line, finding.message.split(' is ')[1]?.split(':')[0]])).toEqual([
      [20, 'an ADE server token (.p7m), not a certificate'],
    ]);
    expect(findingsOf(tokens, RULE).map((finding) => [finding.line, finding.message.split(' is ')[1]?.split(':')[0]])).toEqual([
      [22, 'a decrypted ADE server token, not an ADE server token (.p7m)'],
    ]);
    expect(findingsOf(content, RULE).map((finding) => finding.message.split(': its dates')[0])).toEqual([
      'The secret `env:VPP` (the content token `apps` in organization `acme`) is a certificate, not an Apps and Books content token (.vpptoken)',
    ]);
    expect([...findingsOf(services, 'token-unreadable'), ...findingsOf(content, 'token-unreadable')]).toEqual([]);
  });

  it('leaves unreadable files to token-unreadable', () => {
    const { report } = validateWithEnv({
      'org.yml': org(['ref: file:certs/push.pem']),
      'certs/push.pem': 'not a certificate',
      'certs/jamf.pem': publicKey.certPem,
      'tokens/jamf.p7m': token,
    });
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(findingsOf(report, 'token-unreadable')).toEqual([expect.objectContaining({ line: 27 })]);
  });

  it('passes for push certificates as vendors ship them, whose real expiry is then checked', () => {
    const files = { 'certs/jamf.pem': publicKey.certPem, 'tokens/jamf.p7m': token, 'certs/push.pem': push.certPem, 'certs/push.p12': p12('') };
    const pem = validateWithEnv({ 'org.yml': org(['ref: file:certs/push.pem']), ...files }).report;
    const p12File = validateWithEnv({ 'org.yml': org(['ref: file:certs/push.p12']), ...files }).report;
    const combined = validateWithEnv({ 'org.yml': org(['ref: env:PUSH']), ...files }, { PUSH: `${push.certPem}${sharedKey().privateKeyPem}` }).report;
    const withPassphrase = validateWithEnv(
      { 'org.yml': org(['ref: env:PUSH_P12', 'passphrase: env:PUSH_PASS']), ...files },
      { PUSH_P12: Buffer.from(p12('correct horse')).toString('base64'), PUSH_PASS: 'correct horse' },
    ).report;
    for (const report of [pem, p12File, combined, withPassphrase]) expect(report.findings.filter((finding) => finding.ruleId !== 'committed-secret')).toEqual([]);
    const tokenEntry = withPassphrase.tokens.find((entry) => entry.kind === 'apns-certificate');
    expect([tokenEntry?.source, tokenEntry?.expiresAt.slice(0, 10)]).toEqual(['secret', '2027-06-01']);
  });

  it('a .p12 whose passphrase is missing is unreadable, not a mismatch', () => {
    const { report } = validateWithEnv(
      { 'org.yml': org(['ref: env:PUSH_P12']), 'certs/jamf.pem': publicKey.certPem, 'tokens/jamf.p7m': token },
      { PUSH_P12: Buffer.from(p12('pw')).toString('base64') },
    );
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(findingsOf(report, 'token-unreadable')[0]?.message).toContain('protected by a passphrase: give it with `passphrase: env:NAME`');
  });

  it('a content token file is no content token mismatch when it is only damaged', () => {
    const cut = makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme' }).slice(0, 60);
    const { report } = validateWithEnv({ 'org.yml': contentTokenOrganization('acme', [{ id: 'apps', lines: ['ref: env:VPP'] }]) }, { VPP: cut });
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(findingsOf(report, 'token-unreadable')[0]?.message).toContain('a damaged content token');
  });
});
