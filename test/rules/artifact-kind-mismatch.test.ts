import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { makeApnsCert, makeContentToken, makeSelfSignedCert, makeServerToken, serverTokenPlaintext, sharedKey } from '../support/forge-fixtures.js';
import { ruleTable } from '../support/rule-tester.js';
import { contentTokenOrganization, serviceOrganization, validateWithEnv } from '../secrets/artifact-repo.js';

const publicKey = makeSelfSignedCert({ cn: 'jamf-prod', serial: '01' });
const uuid = '5c1f3e2a-9b7d-4c6e-8f0a-1b2c3d4e5f60';
const push = makeApnsCert({ uuid, notAfter: new Date('2027-06-01T00:00:00Z') });
const token = makeServerToken({ cert: publicKey.cert, expiry: new Date('2027-06-01T14:37:38Z') });
const p12 = (password: string): Uint8Array =>
  new Uint8Array(Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(sharedKey().privateKey, [push.cert], password, { algorithm: '3des' })).getBytes(), 'binary'));

/** Lines: publicKey `ref` 20, service token `ref` 22, `apnsCertificate:` 26, its first line 27. */
const org = (apnsLines: string[], publicKeyRef = 'file:certs/jamf.pem') =>
  serviceOrganization('acme', { publicKeyRef, tokenLines: ['ref: file:tokens/jamf.p7m'], apnsLines, apnsExpiresAt: '2027-06-01' });
const PUBLIC_KEY_REF = 'spec.deviceManagementServices[0].publicKey.ref';
const TOKEN_REF = 'spec.deviceManagementServices[0].serviceToken.ref';
const APNS_REF = 'spec.deviceManagementServices[0].apnsCertificate.ref';

/** The service's public key and token, both push certificate files (PEM, and a .p12 without passphrase), and `org.yml` with `apnsLines`. */
function pushCertificateFiles(apnsLines: string[]): Record<string, string | Uint8Array> {
  return { 'org.yml': org(apnsLines), 'certs/jamf.pem': publicKey.certPem, 'tokens/jamf.p7m': token, 'certs/push.pem': push.certPem, 'certs/push.p12': p12('') };
}
/** The committed .p12 holds a private key: committed-secret says so, and nothing else may. */
const committedP12 = { 'committed-secret': [{ path: undefined, file: 'certs/push.p12' }] };
const passphraseEnv = { PUSH_P12: Buffer.from(p12('correct horse')).toString('base64'), PUSH_PASS: 'correct horse' };

const contentTokenBehindVpp = { 'org.yml': contentTokenOrganization('acme', [{ id: 'apps', lines: ['ref: env:VPP'] }]) };

ruleTable('artifact-kind-mismatch', {
  valid: [
    {
      name: 'an unreadable file is left to token-unreadable',
      files: { 'org.yml': org(['ref: file:certs/push.pem']), 'certs/push.pem': 'not a certificate', 'certs/jamf.pem': publicKey.certPem, 'tokens/jamf.p7m': token },
      otherRules: { 'token-unreadable': [{ path: APNS_REF, line: 27 }] },
    },
    { name: 'a push certificate in PEM', files: pushCertificateFiles(['ref: file:certs/push.pem']), noOtherFindings: true, otherRules: committedP12 },
    { name: 'a push certificate in a .p12 without passphrase', files: pushCertificateFiles(['ref: file:certs/push.p12']), noOtherFindings: true, otherRules: committedP12 },
    {
      name: 'a push certificate and its key in one PEM secret',
      files: pushCertificateFiles(['ref: env:PUSH']),
      env: { PUSH: `${push.certPem}${sharedKey().privateKeyPem}` },
      noOtherFindings: true,
      otherRules: committedP12,
    },
    {
      name: 'a base64 .p12 secret with its passphrase',
      files: pushCertificateFiles(['ref: env:PUSH_P12', 'passphrase: env:PUSH_PASS']),
      env: passphraseEnv,
      noOtherFindings: true,
      otherRules: committedP12,
    },
    {
      name: 'a .p12 whose passphrase is missing is unreadable, not a mismatch',
      files: { 'org.yml': org(['ref: env:PUSH_P12']), 'certs/jamf.pem': publicKey.certPem, 'tokens/jamf.p7m': token },
      env: { PUSH_P12: Buffer.from(p12('pw')).toString('base64') },
      otherRules: {
        'token-unreadable': [
          { path: APNS_REF, messageContains: ['is a .p12 protected by a passphrase, which was not given', 'Add `passphrase: env:NAME` to this `apnsCertificate`'] },
        ],
      },
    },
    {
      name: 'a content token that is only damaged is unreadable, not a mismatch',
      files: contentTokenBehindVpp,
      env: { VPP: makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme' }).slice(0, 60) },
      otherRules: { 'token-unreadable': [{ path: 'spec.contentTokens[0].ref', messageContains: ['a damaged content token'] }] },
    },
  ],
  invalid: [
    {
      name: 'a certificate with no push topic behind `apnsCertificate.ref`, whose dates are then not used',
      files: { 'org.yml': org(['ref: file:certs/jamf.pem']), 'certs/jamf.pem': publicKey.certPem, 'tokens/jamf.p7m': token },
      findings: [
        {
          path: APNS_REF,
          file: 'org.yml',
          line: 27,
          column: 9,
          severity: 'error',
          message:
            'The file behind `file:certs/jamf.pem` (the APNs certificate of service `jamf` in organization `acme`) is a certificate with no push topic (subject UID), not an APNs push certificate (topic com.apple.mgmt.External.…): its dates and identity describe something else, so they are not used and the declared values go unchecked. Point `ref` at the APNs certificate itself, as downloaded from Apple.',
        },
      ],
      // The public key certificate expires 2027-01-01, the declaration says 2027-06-01: no expiry mismatch from the wrong file.
      otherRules: { 'declared-expiry-mismatch': [] },
    },
    {
      name: 'a server token behind `publicKey.ref`',
      files: { 'org.yml': org([], 'file:tokens/jamf.p7m'), 'tokens/jamf.p7m': token },
      findings: [{ path: PUBLIC_KEY_REF, line: 20, messageContains: [' is an ADE server token (.p7m), not a certificate:'] }],
      otherRules: { 'token-unreadable': [] },
    },
    {
      name: 'a decrypted server token behind `serviceToken.ref`',
      files: { 'org.yml': org([]), 'certs/jamf.pem': publicKey.certPem, 'tokens/jamf.p7m': serverTokenPlaintext({ expiry: new Date('2027-06-01T14:37:38Z') }) },
      findings: [{ path: TOKEN_REF, line: 22, messageContains: [' is a decrypted ADE server token, not an ADE server token (.p7m):'] }],
    },
    {
      name: 'a certificate in the secret of a content token',
      files: contentTokenBehindVpp,
      env: { VPP: push.certPem },
      findings: [
        {
          path: 'spec.contentTokens[0].ref',
          messageContains: ['The secret `env:VPP` (the content token `apps` in organization `acme`) is a certificate, not an Apps and Books content token (.vpptoken): its dates'],
        },
      ],
      otherRules: { 'token-unreadable': [] },
    },
  ],
});

describe('artifact-kind-mismatch: a push certificate that passes', () => {
  it('has its real expiry read and checked', () => {
    const { report } = validateWithEnv(pushCertificateFiles(['ref: env:PUSH_P12', 'passphrase: env:PUSH_PASS']), passphraseEnv);
    const tokenEntry = report.tokens.find((entry) => entry.kind === 'apns-certificate');
    expect([tokenEntry?.source, tokenEntry?.expiresAt.slice(0, 10)]).toEqual(['secret', '2027-06-01']);
  });
});
