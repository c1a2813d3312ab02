import { describe, expect, it } from 'vitest';
import { makeKeyPair, makeSelfSignedCert, makeServerToken } from '../support/forge-fixtures.js';
import { findingsOf } from '../support/repo.js';
import { serviceOrganization, validateWithEnv } from '../secrets/artifact-repo.js';

const RULE = 'token-public-key-mismatch';
const current = makeSelfSignedCert({ cn: 'jamf-prod', serial: '01' });
const otherKey = makeKeyPair();
const previous = makeSelfSignedCert({ cn: 'jamf-prod-2025', serial: '02', keyPair: otherKey });
const sameNameNewSerial = makeSelfSignedCert({ cn: 'jamf-prod', serial: '03', keyPair: otherKey });
const expiry = new Date('2027-06-01T14:37:38Z');

/** publicKey `ref` line 20, service token `ref` line 22. */
const org = serviceOrganization('acme', { publicKeyRef: 'file:certs/jamf.pem', tokenLines: ['ref: file:tokens/jamf.p7m'] });

function findings(tokenFor: typeof current, files: Record<string, string> = {}) {
  const token = makeServerToken({ cert: tokenFor.cert, expiry });
  return findingsOf(validateWithEnv({ 'org.yml': org, 'certs/jamf.pem': current.certPem, 'tokens/jamf.p7m': token, ...files }).report, RULE);
}

describe(RULE, () => {
  it('fires at the token `ref` when the token was made for another certificate, without any private key', () => {
    expect(findings(previous)).toEqual([
      {
        file: 'org.yml',
        line: 22,
        column: 9,
        severity: 'error',
        message:
          "The service token of service `jamf` in organization `acme` was encrypted to the certificate issued by CN=jamf-prod-2025, serial 02, not to the service's public key certificate `file:certs/jamf.pem` (issued by CN=jamf-prod, serial 01), so the MDM cannot decrypt it. Apple encrypts each token to the public key uploaded when it is downloaded: upload the current public key for the service in Apple's portal and download a new token.",
      },
    ]);
  });

  it('compares issuer and serial, not just the name', () => {
    expect(findings(sameNameNewSerial)).toEqual([expect.objectContaining({ line: 22, column: 9 })]);
  });

  it("passes when the token was made for the service's public key, and the organization is clean", () => {
    const token = makeServerToken({ cert: current.cert, expiry });
    const { report } = validateWithEnv({ 'org.yml': org, 'certs/jamf.pem': current.certPem, 'tokens/jamf.p7m': token });
    expect(report.findings).toEqual([]);
  });

  it('also reads a public key certificate given in DER', () => {
    const token = makeServerToken({ cert: previous.cert, expiry });
    const der = serviceOrganization('acme', { publicKeyRef: 'file:certs/jamf.der', tokenLines: ['ref: file:tokens/jamf.p7m'] });
    const { report } = validateWithEnv({ 'org.yml': der, 'certs/jamf.der': current.certDer, 'tokens/jamf.p7m': token });
    expect(findingsOf(report, RULE)).toHaveLength(1);
  });

  it('says nothing without a readable public key certificate (unset secret, or token-unreadable instead)', () => {
    const viaEnv = serviceOrganization('acme', { publicKeyRef: 'env:JAMF_CERT', tokenLines: ['ref: file:tokens/jamf.p7m'] });
    const token = makeServerToken({ cert: previous.cert, expiry });
    expect(findingsOf(validateWithEnv({ 'org.yml': viaEnv, 'tokens/jamf.p7m': token }).report, RULE)).toEqual([]);
    expect(findingsOf(validateWithEnv({ 'org.yml': viaEnv, 'tokens/jamf.p7m': token }, { JAMF_CERT: current.certPem }).report, RULE)).toHaveLength(1);
    const broken = validateWithEnv({ 'org.yml': org, 'certs/jamf.pem': 'not a certificate', 'tokens/jamf.p7m': token }).report;
    expect(findingsOf(broken, RULE)).toEqual([]);
    expect(findingsOf(broken, 'token-unreadable')).toEqual([expect.objectContaining({ line: 20, column: 9 })]);
  });
});
