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
import { ruleTable } from '../support/rule-tester.js';
import { formatText } from '../../src/report/text.js';
import { serviceOrganization, validateWithEnv } from '../secrets/artifact-repo.js';

const RULE = 'committed-secret';
const cert = makeSelfSignedCert({ cn: 'jamf-prod' });
const contentToken = makeContentToken({ expDate: new Date('2027-06-01T10:00:00Z'), orgName: 'Acme' });

const push = makeApnsCert({ uuid: '5c1f3e2a-9b7d-4c6e-8f0a-1b2c3d4e5f60', notAfter: new Date('2027-06-01T00:00:00Z') });
/** An APNs certificate behind `file:certs/push.p12`, opened with the secret passphrase `PUSH_PASS` (see `passphraseEnv`). */
const pushBehindPassphrase = serviceOrganization('acme', { apnsLines: ['ref: file:certs/push.p12', 'passphrase: env:PUSH_PASS'], apnsExpiresAt: '2027-06-01' });
const passphraseEnv = { PUSH_PASS: 'correct horse' };
const pushWithKey = () => new Uint8Array(makePkcs12WithEncryptedSafes(sharedKey().privateKey, [push.cert], 'correct horse'));
const PUSH_WITH_KEY = /^This file holds an APNs push certificate with its private key: /;
const decryptedServerToken = serverTokenPlaintext({ expiry: new Date('2027-06-01T00:00:00Z'), markers: false });
/** Never in a finding: the fake secrets inside the decrypted server token, and any PEM armour of a private key. */
const neverQuoted = [...Object.values(FAKE_SERVER_TOKEN_SECRETS).map((secret) => secret.slice(0, 12)), FAKE_CONTENT_TOKEN, 'PRIVATE KEY'];

ruleTable(RULE, {
  valid: [
    {
      name: 'the files that belong in the repo: certificates, encrypted tokens, organization YAML',
      files: {
        'org.yml': serviceOrganization('acme'),
        'certs/jamf.pem': cert.certPem,
        'tokens/jamf_Token_smime.p7m': makeServerToken({ cert: cert.cert, expiry: new Date('2027-06-01T00:00:00Z') }),
      },
      noOtherFindings: true,
    },
    {
      name: 'a committed .p12 without a key, behind its passphrase',
      files: { 'org.yml': pushBehindPassphrase, 'certs/push.p12': new Uint8Array(makePkcs12WithEncryptedSafes(null, [push.cert], 'correct horse')) },
      env: passphraseEnv,
      noOtherFindings: true,
    },
  ],
  invalid: [
    {
      name: 'a committed content token file: remove it from history and download a new one',
      files: { 'org.yml': serviceOrganization('acme'), 'tokens/acme.vpptoken': contentToken },
      findings: [
        {
          path: undefined,
          file: 'tokens/acme.vpptoken',
          line: 1,
          column: 1,
          severity: 'error',
          message:
            "This file holds an Apps and Books content token: the whole file is a bearer credential for the organization's app licenses. Remove it from the repository and from its git history, then treat it as leaked and rotate it: download a new content token (Payments & Billing > Apps & Books), which replaces the leaked one, and reference it with `env:` and `sha256`.",
        },
      ],
    },
    {
      name: 'a PEM private key and a decrypted server token, never quoting them',
      files: { 'org.yml': serviceOrganization('acme'), 'keys/mdm.pem': sharedKey().privateKeyPkcs8Pem, 'backup/token.json': decryptedServerToken },
      findings: [
        {
          path: undefined,
          file: 'backup/token.json',
          line: 1,
          column: 1,
          severity: 'error',
          messageContains: ['a decrypted service (server) token', 'download a new service token'],
          messageExcludes: neverQuoted,
        },
        {
          path: undefined,
          file: 'keys/mdm.pem',
          line: 1,
          column: 1,
          severity: 'error',
          messageContains: ['This file holds a private key', 'make a new key pair'],
          messageExcludes: neverQuoted,
        },
      ],
    },
    {
      name: 'a committed .p12 whose key is hidden in an encrypted safe, once its passphrase opens it',
      files: { 'org.yml': pushBehindPassphrase, 'certs/push.p12': pushWithKey() },
      env: passphraseEnv,
      findings: [{ path: undefined, file: 'certs/push.p12', messageMatches: /^This file holds an APNs push certificate with its private key(:|$)/ }],
    },
    {
      name: 'a push certificate shipped with its key is renewed, never replaced; another certificate with a key is a private key',
      files: {
        'org.yml': serviceOrganization('acme'),
        'certs/push.p12': new Uint8Array(
          Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(sharedKey().privateKey, [push.cert], 'pw', { algorithm: '3des' })).getBytes(), 'binary'),
        ),
        'certs/nanomdm.pem': `${push.certPem}${sharedKey().privateKeyPem}`,
        'certs/server.pem': `${cert.certPem}${sharedKey().privateKeyPem}`,
      },
      findings: [
        ...['certs/nanomdm.pem', 'certs/push.p12'].map((file) => ({
          path: undefined,
          file,
          messageMatches: PUSH_WITH_KEY,
          messageContains: ['renew this push certificate'],
          messageExcludes: ['service tokens'],
        })),
        // A .p12 whose certificate stays hidden behind its passphrase, or another certificate's key: a private key.
        { path: undefined, file: 'certs/server.pem', messageMatches: /^This file holds a private key: / },
      ],
    },
    {
      name: 'every secret file, one finding each',
      files: { 'org.yml': serviceOrganization('acme'), 'a.vpptoken': contentToken, 'b.vpptoken': contentToken },
      findings: [
        { path: undefined, file: 'a.vpptoken' },
        { path: undefined, file: 'b.vpptoken' },
      ],
    },
  ],
});

// What the whole report and the text output show besides the findings.
describe(RULE, () => {
  it('the report never quotes a private key or a decrypted server token', () => {
    const { report } = validateWithEnv({ 'org.yml': serviceOrganization('acme'), 'keys/mdm.pem': sharedKey().privateKeyPkcs8Pem, 'backup/token.json': decryptedServerToken });
    const shown = JSON.stringify(report);
    expect(report.findings.filter((finding) => finding.ruleId === RULE)).toHaveLength(2);
    for (const secret of neverQuoted) expect(shown).not.toContain(secret);
  });

  it('a .p12 with its key hidden in an encrypted safe is still read for its real expiry', () => {
    const leaked = validateWithEnv({ 'org.yml': pushBehindPassphrase, 'certs/push.p12': pushWithKey() }, passphraseEnv).report;
    expect(leaked.tokens.find((entry) => entry.kind === 'apns-certificate')?.expiresAt.slice(0, 10)).toBe('2027-06-01');
  });

  it('the wrong certificate in a .p12 is a kind mismatch, and its key a secret all the same', () => {
    const wrong = makePkcs12WithEncryptedSafes(sharedKey().privateKey, [cert.cert], 'correct horse');
    const mismatched = validateWithEnv({ 'org.yml': pushBehindPassphrase, 'certs/push.p12': new Uint8Array(wrong) }, passphraseEnv).report;
    expect(mismatched.findings.map(({ ruleId, file }) => [ruleId, file])).toEqual([
      ['committed-secret', 'certs/push.p12'],
      ['artifact-kind-mismatch', 'org.yml'],
    ]);
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
});
