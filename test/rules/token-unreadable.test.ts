import { describe, expect, it } from 'vitest';
import { makeApnsCert, makeContentToken, makeSelfSignedCert, makeServerToken } from '../support/forge-fixtures.js';
import { findingsOf } from '../support/repo.js';
import { contentTokenOrganization, serviceOrganization, validateWithEnv } from '../secrets/artifact-repo.js';

const RULE = 'token-unreadable';
const cert = makeSelfSignedCert({ cn: 'jamf-prod', serial: '01' });
const serviceToken = makeServerToken({ cert: cert.cert, expiry: new Date('2027-06-01T14:37:38Z') });
/** Service token `ref` line 20; APNs certificate `ref` line 25 (no publicKey). */
const org = serviceOrganization('acme', { tokenLines: ['ref: file:tokens/jamf.p7m'], apnsLines: ['ref: file:certs/apns.pem'] });

describe(RULE, () => {
  it('warns at the `ref` of a missing file', () => {
    const { report } = validateWithEnv({ 'org.yml': org, 'certs/apns.pem': cert.certPem });
    expect(findingsOf(report, RULE)).toEqual([
      {
        file: 'org.yml',
        line: 20,
        column: 9,
        severity: 'warning',
        message:
          'The file behind `file:tokens/jamf.p7m` (the service token of service `jamf` in organization `acme`) cannot be read: the file does not exist; so its real expiry and identity are not checked. Correct the path (it is relative to this YAML file) or replace the file with the one downloaded from Apple.',
      },
    ]);
  });

  it('warns when the file is unreadable as what is expected; a readable file of another kind is artifact-kind-mismatch instead', () => {
    const { report } = validateWithEnv({ 'org.yml': org, 'tokens/jamf.p7m': 'not a token', 'certs/apns.pem': 'not a certificate either' });
    const findings = findingsOf(report, RULE);
    expect(findings.map(({ line, column, severity }) => [line, column, severity])).toEqual([
      [20, 9, 'warning'],
      [25, 9, 'warning'],
    ]);
    expect(findings[0]!.message).toContain('cannot be read: not an S/MIME server token: no MIME headers and not PKCS#7;');
    expect(findings[1]!.message).toContain('cannot be read: not a certificate: no PEM CERTIFICATE block and not DER;');
    const swapped = validateWithEnv({ 'org.yml': org, 'tokens/jamf.p7m': cert.certPem, 'certs/apns.pem': serviceToken }).report;
    expect(findingsOf(swapped, RULE)).toEqual([]);
    expect(findingsOf(swapped, 'artifact-kind-mismatch').map(({ line }) => line)).toEqual([20, 25]);
  });

  it('warns about a set but unparsable secret, and is silent about an unset one', () => {
    const apps = { 'apps.yml': contentTokenOrganization('beta', [{ id: 'hq-apps', lines: ['ref: env:VPP_BETA'] }]) };
    const truncated = makeContentToken({ expDate: new Date('2027-06-01T10:00:00Z'), orgName: 'Beta' }).slice(0, 41);
    const findings = findingsOf(validateWithEnv(apps, { VPP_BETA: truncated }).report, RULE);
    expect(findings).toEqual([expect.objectContaining({ file: 'apps.yml', line: 14, column: 7, severity: 'warning' })]);
    expect(findings[0]!.message).toContain(
      'The secret `env:VPP_BETA` (the content token `hq-apps` in organization `beta`) is set but cannot be used: a damaged content token: its base64 does not decode to whole JSON',
    );
    expect(findings[0]!.message).not.toContain(truncated);
    expect(validateWithEnv(apps).report.findings).toEqual([]);
  });

  it('passes readable files, and the organization is clean', () => {
    const apns = makeApnsCert({ uuid: '5f0c6a2e', notAfter: new Date('2027-06-01T00:00:00Z') });
    const { report } = validateWithEnv({ 'org.yml': org, 'tokens/jamf.p7m': serviceToken, 'certs/apns.pem': apns.certPem });
    expect(report.findings).toEqual([]);
  });
});
