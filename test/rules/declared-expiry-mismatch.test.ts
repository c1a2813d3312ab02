import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeApnsCert, makeContentToken, makeSelfSignedCert, makeServerToken, sharedKey } from '../support/forge-fixtures.js';
import { findingsOf } from '../support/repo.js';
import { contentTokenOrganization, serviceOrganization, validateWithEnv } from '../secrets/artifact-repo.js';

const RULE = 'declared-expiry-mismatch';
const cert = makeSelfSignedCert({ cn: 'jamf-prod', serial: '01' });
const serviceToken = makeServerToken({ cert: cert.cert, expiry: new Date('2027-06-01T14:37:38Z') });
const apns = makeApnsCert({ uuid: '5f0c6a2e-1d3b-4c5a-9e7f-0a1b2c3d4e5f', notAfter: new Date('2027-03-01T08:00:00Z') });
const contentToken = makeContentToken({ expDate: new Date('2027-06-01T10:00:00Z'), orgName: 'Beta' });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** APNs `ref` is line 24, its `expiresAt` line 25 (no publicKey, no token ref). */
function apnsFindings(expiresAt: string) {
  const org = serviceOrganization('acme', { apnsLines: ['ref: file:certs/apns.pem'], apnsExpiresAt: expiresAt });
  return findingsOf(validateWithEnv({ 'org.yml': org, 'certs/apns.pem': apns.certPem }).report, RULE);
}

/** Service token `ref` line 20, `privateKey` 21, `expiresAt` 24. */
function serviceTokenFindings(expiresAt: string) {
  const org = serviceOrganization('acme', { tokenLines: ['ref: file:tokens/jamf.p7m', 'privateKey: env:JAMF_KEY'], tokenExpiresAt: expiresAt });
  return findingsOf(validateWithEnv({ 'org.yml': org, 'tokens/jamf.p7m': serviceToken }, { JAMF_KEY: sharedKey().privateKeyPem }).report, RULE);
}

function contentTokenFindings(lines: string[], env: Record<string, string>, expiresAt = '2027-06-01') {
  const org = contentTokenOrganization('beta', [{ id: 'hq-apps', lines, expiresAt }]);
  return findingsOf(validateWithEnv({ 'apps.yml': org }, env).report, RULE);
}

describe(RULE, () => {
  it('fires at `expiresAt` when the APNs certificate file says another date', () => {
    expect(apnsFindings('2027-06-01')).toEqual([
      {
        file: 'org.yml',
        line: 25,
        column: 9,
        severity: 'error',
        message:
          'The APNs certificate of service `jamf` in organization `acme` really expires on 2027-03-01 (read from the file behind `file:certs/apns.pem`), but `expiresAt` says 2027-06-01: the declared date is what people and renewal pull requests go by, so it must be the real one. Set `expiresAt: 2027-03-01`, or check that the reference points at the current token.',
      },
    ]);
  });

  it('passes when the declared date is the real one, and at exactly one day apart', () => {
    expect(apnsFindings('2027-03-01')).toEqual([]);
    expect(apnsFindings('2027-03-02T08:00:00Z')).toEqual([]);
    expect(apnsFindings('2027-02-28T08:00:00Z')).toEqual([]);
    expect(apnsFindings('2027-02-28T07:59:59Z')).toHaveLength(1);
  });

  it('compares the decrypted service token expiry (needs the private key) with a day of tolerance', () => {
    expect(serviceTokenFindings('2027-06-01')).toEqual([]);
    expect(serviceTokenFindings('2027-06-02')).toEqual([]);
    const [finding] = serviceTokenFindings('2027-05-31');
    expect(finding).toMatchObject({ line: 24, column: 9, severity: 'error' });
    expect(finding!.message).toContain(
      'The service token of service `jamf` in organization `acme` really expires on 2027-06-01 (read from the file behind `file:tokens/jamf.p7m`), but `expiresAt` says 2027-05-31',
    );
  });

  it('compares a content token read from a secret, naming the secret and never its value', () => {
    const [finding] = contentTokenFindings(['ref: env:VPP_BETA'], { VPP_BETA: contentToken }, '2027-06-03');
    expect(finding).toMatchObject({ file: 'apps.yml', line: 15, column: 7 });
    expect(finding!.message).toContain('really expires on 2027-06-01 (read from the secret `env:VPP_BETA`)');
    expect(finding!.message).not.toContain(contentToken.slice(0, 20));
  });

  it('fires at `sha256` when the declared hash is not the real token, and accepts a trailing newline', () => {
    const wrong = 'a'.repeat(64);
    const [finding, ...rest] = contentTokenFindings(['ref: env:VPP_BETA', `sha256: ${wrong}`], { VPP_BETA: contentToken });
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      file: 'apps.yml',
      line: 15,
      column: 7,
      severity: 'error',
      message: `The declared \`sha256\` of the content token \`hq-apps\` in organization \`beta\` is not the hash of what \`env:VPP_BETA\` holds (${sha256(contentToken)}): the declaration describes another file, usually the one before a renewal, so the checks that compare tokens by hash look at the wrong one. Set \`sha256: ${sha256(contentToken)}\` if the referenced file is the current one.`,
    });
    expect(contentTokenFindings(['ref: env:VPP_BETA', `sha256: ${sha256(contentToken)}`], { VPP_BETA: `${contentToken}\n` })).toEqual([]);
    expect(contentTokenFindings(['ref: env:VPP_BETA', `sha256: ${sha256(`${contentToken}\n`)}`], { VPP_BETA: `${contentToken}\n` })).toEqual([]);
  });

  it("checks a public key certificate's declared `sha256` too", () => {
    const org = serviceOrganization('acme', { publicKeyRef: 'file:certs/jamf.pem' }).replace(
      '        ref: file:certs/jamf.pem\n',
      `        ref: file:certs/jamf.pem\n        sha256: ${'b'.repeat(64)}\n`,
    );
    const findings = findingsOf(validateWithEnv({ 'org.yml': org, 'certs/jamf.pem': cert.certPem }).report, RULE);
    expect(findings).toEqual([expect.objectContaining({ line: 21, column: 9, severity: 'error' })]);
    expect(findings[0]!.message).toContain(
      `public key certificate of service \`jamf\` in organization \`acme\` is not the hash of what \`file:certs/jamf.pem\` holds (${sha256(cert.certPem)})`,
    );
  });

  it('is silent without a readable `ref` (declared dates alone)', () => {
    expect(contentTokenFindings(['ref: env:VPP_BETA', `sha256: ${'c'.repeat(64)}`], {}, '2027-01-01')).toEqual([]);
  });
});
