import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import {
  FAKE_CONTENT_TOKEN,
  FAKE_SERVER_TOKEN_SECRETS,
  makeApnsCert,
  makeContentToken,
  makePkcs12WithEncryptedSafes,
  makeSelfSignedCert,
  makeServerToken,
  serverTokenPlaintext,
  sharedKey,
} from '../support/forge-fixtures.js';
import { findingsOf } from '../support/repo.js';
import { formatText } from '../../src/report/text.js';
import { serviceOrganization, validateWithEnv } from '../secrets/artifact-repo.js';

const RULE = 'committed-secret';
const cert = makeSelfSignedCert({ cn: 'jamf-prod' });
const contentToken = makeContentToken({ expDate: new Date('2027-06-01T10:00:00Z'), orgName: 'Acme' });

describe(RULE, () => {
  it('points at a committed content token file and says to remove it from history and download a new one', () => {
    const { report } = validateWithEnv({ 'org.yml': serviceOrganization('acme'), 'tokens/acme.vpptoken': contentToken });
    expect(findingsOf(report, RULE)).toEqual([
      {
        file: 'tokens/acme.vpptoken',
        line: 1,
        column: 1,
        severity: 'error',
        message:
          "This file holds an Apps and Books content token: the whole file is a bearer credential for the organization's app licenses. Remove it from the repository and from its git history, then treat it as leaked and rotate it: download a new content token (Payments & Billing > Apps & Books), which replaces the leaked one, and reference it with `env:` and `sha256`.",
      },
    ]);
  });

  it('finds a PEM private key and a decrypted server token, never quoting them', () => {
    const { report } = validateWithEnv({
      'org.yml': serviceOrganization('acme'),
      'keys/mdm.pem': sharedKey().privateKeyPkcs8Pem,
      'backup/token.json': serverTokenPlaintext({ expiry: new Date('2027-06-01T00:00:00Z'), markers: false }),
    });
    const findings = findingsOf(report, RULE);
    expect(findings.map(({ file, line, column, severity }) => ({ file, line, column, severity }))).toEqual([
      { file: 'backup/token.json', line: 1, column: 1, severity: 'error' },
      { file: 'keys/mdm.pem', line: 1, column: 1, severity: 'error' },
    ]);
    expect(findings[0]!.message).toContain('a decrypted service (server) token');
    expect(findings[0]!.message).toContain('download a new service token');
    expect(findings[1]!.message).toContain('This file holds a private key');
    expect(findings[1]!.message).toContain('make a new key pair');
    const shown = JSON.stringify(report);
    for (const secret of Object.values(FAKE_SERVER_TOKEN_SECRETS)) expect(shown).not.toContain(secret.slice(0, 12));
    expect(shown).not.toContain(FAKE_CONTENT_TOKEN);
    expect(shown).not.toContain('PRIVATE KEY');
  });

  it('passes the files that belong in the repo: certificates, encrypted tokens, organization YAML', () => {
    const { report } = validateWithEnv({
      'org.yml': serviceOrganization('acme'),
      'certs/jamf.pem': cert.certPem,
      'tokens/jamf_Token_smime.p7m': makeServerToken({ cert: cert.cert, expiry: new Date('2027-06-01T00:00:00Z') }),
    });
    expect(report.findings).toEqual([]);
  });

  it('finds a committed .p12 whose key is hidden in an encrypted safe once its passphrase opens it, and not one without a key', () => {
    const push = makeApnsCert({ uuid: '5c1f3e2a-9b7d-4c6e-8f0a-1b2c3d4e5f60', notAfter: new Date('2027-06-01T00:00:00Z') });
    const organization = serviceOrganization('acme', { apnsLines: ['ref: file:certs/push.p12', 'passphrase: env:PUSH_PASS'], apnsExpiresAt: '2027-06-01' });
    const withKey = makePkcs12WithEncryptedSafes(sharedKey().privateKey, [push.cert], 'correct horse');
    const certificateOnly = makePkcs12WithEncryptedSafes(null, [push.cert], 'correct horse');
    const env = { PUSH_PASS: 'correct horse' };
    const leaked = validateWithEnv({ 'org.yml': organization, 'certs/push.p12': new Uint8Array(withKey) }, env).report;
    expect(findingsOf(leaked, RULE).map(({ file, message }) => [file, message.split(':')[0]])).toEqual([
      ['certs/push.p12', 'This file holds an APNs push certificate with its private key'],
    ]);
    expect(leaked.tokens.find((entry) => entry.kind === 'apns-certificate')?.expiresAt.slice(0, 10)).toBe('2027-06-01');
    const clean = validateWithEnv({ 'org.yml': organization, 'certs/push.p12': new Uint8Array(certificateOnly) }, env).report;
    expect(clean.findings).toEqual([]);
    // The wrong certificate in the bundle is a kind mismatch, and its key a secret all the same.
    const wrong = makePkcs12WithEncryptedSafes(sharedKey().privateKey, [cert.cert], 'correct horse');
    const mismatched = validateWithEnv({ 'org.yml': organization, 'certs/push.p12': new Uint8Array(wrong) }, env).report;
    expect(mismatched.findings.map(({ ruleId, file }) => [ruleId, file])).toEqual([
      ['committed-secret', 'certs/push.p12'],
      ['artifact-kind-mismatch', 'org.yml'],
    ]);
  });

  it('tells how to rotate a push certificate shipped with its key: renew it, never a new one', () => {
    const push = makeApnsCert({ uuid: '5c1f3e2a-9b7d-4c6e-8f0a-1b2c3d4e5f60', notAfter: new Date('2027-06-01T00:00:00Z') });
    const p12 = Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(sharedKey().privateKey, [push.cert], 'pw', { algorithm: '3des' })).getBytes(), 'binary');
    const { report } = validateWithEnv({
      'org.yml': serviceOrganization('acme'),
      'certs/push.p12': new Uint8Array(p12),
      'certs/nanomdm.pem': `${push.certPem}${sharedKey().privateKeyPem}`,
      'certs/server.pem': `${cert.certPem}${sharedKey().privateKeyPem}`,
    });
    const findings = findingsOf(report, RULE);
    expect(findings.map((finding) => finding.file)).toEqual(['certs/nanomdm.pem', 'certs/push.p12', 'certs/server.pem']);
    for (const finding of findings.slice(0, 2)) {
      expect(finding.message).toMatch(/^This file holds an APNs push certificate with its private key: /);
      expect(finding.message).toContain('renew this push certificate');
      expect(finding.message).not.toContain('service tokens');
    }
    // A .p12 whose certificate stays hidden behind its passphrase, or another certificate's key: a private key.
    expect(findings[2]!.message).toMatch(/^This file holds a private key: /);
  });

  describe('a private key pasted into an organization file', () => {
    const pemLines = sharedKey().privateKeyPkcs8Pem.trimEnd().split('\n');
    const bodyLines = pemLines.filter((line) => !line.startsWith('-----'));
    const organization = serviceOrganization('acme');
    const pasted = {
      'inline, in a quoted value': organization.replace(
        '  product: apple-business\n',
        `  product: apple-business\n  appleApi: {clientId: x, keyId: y, privateKey: "${pemLines.join('\\n')}"}\n`,
      ),
      'in a block scalar': organization.replace('  name: acme\n', `  name: acme\n  notes: |\n${pemLines.map((line) => `    ${line}`).join('\n')}\n`),
      'in YAML comments': organization.replace('spec:\n', `${pemLines.map((line) => `# ${line}`).join('\n')}\nspec:\n`),
      'in comments after values': organization.replace('spec:\n', `spec:  ${pemLines.map((line) => `# ${line}`).join('\n    ')}\n`),
    };

    for (const [where, text] of Object.entries(pasted)) {
      it(`is a committed secret ${where}, and no line of the file is printed`, () => {
        const { report, model } = validateWithEnv({ 'org.yml': text });
        expect(findingsOf(report, RULE).map((finding) => [finding.file, finding.message.split(':')[0]])).toEqual([['org.yml', 'This file holds a private key']]);
        const output = formatText(report, { color: false, quiet: false, sources: new Map(model.files.map((file) => [file.path, file.text])) });
        expect(output).toContain('(no code frame: this file holds a secret)');
        for (const line of bodyLines) expect(output).not.toContain(line.slice(0, 20));
        expect(output).not.toContain('PRIVATE KEY');
      });
    }
  });

  it('reports every secret file, one finding each', () => {
    const { report } = validateWithEnv({ 'org.yml': serviceOrganization('acme'), 'a.vpptoken': contentToken, 'b.vpptoken': contentToken });
    expect(findingsOf(report, RULE).map((finding) => finding.file)).toEqual(['a.vpptoken', 'b.vpptoken']);
  });
});
