import { createHash } from 'node:crypto';
import { makeApnsCert, makeContentToken, makeSelfSignedCert, makeServerToken, sharedKey } from '../support/forge-fixtures.js';
import { ruleTable, type CaseFiles } from '../support/rule-tester.js';
import { contentTokenOrganization, serviceOrganization } from '../secrets/artifact-repo.js';

const cert = makeSelfSignedCert({ cn: 'jamf-prod', serial: '01' });
const serviceToken = makeServerToken({ cert: cert.cert, expiry: new Date('2027-06-01T14:37:38Z') });
const apns = makeApnsCert({ uuid: '5f0c6a2e-1d3b-4c5a-9e7f-0a1b2c3d4e5f', notAfter: new Date('2027-03-01T08:00:00Z') });
const contentToken = makeContentToken({ expDate: new Date('2027-06-01T10:00:00Z'), orgName: 'Beta' });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const APNS_EXPIRES = 'spec.deviceManagementServices[0].apnsCertificate.expiresAt';
const TOKEN_EXPIRES = 'spec.deviceManagementServices[0].serviceToken.expiresAt';
const CONTENT_TOKEN_EXPIRES = 'spec.contentTokens[0].expiresAt';

/** APNs `ref` is line 24, its `expiresAt` line 25 (no publicKey, no token ref). */
function apnsDeclaring(expiresAt: string): CaseFiles {
  return { 'org.yml': serviceOrganization('acme', { apnsLines: ['ref: file:certs/apns.pem'], apnsExpiresAt: expiresAt }), 'certs/apns.pem': apns.certPem };
}

/** Service token `ref` line 20, `privateKey` 21, `expiresAt` 24; the private key is the secret `JAMF_KEY` (see `serviceTokenEnv`). */
function serviceTokenDeclaring(expiresAt: string): CaseFiles {
  const org = serviceOrganization('acme', { tokenLines: ['ref: file:tokens/jamf.p7m', 'privateKey: env:JAMF_KEY'], tokenExpiresAt: expiresAt });
  return { 'org.yml': org, 'tokens/jamf.p7m': serviceToken };
}
const serviceTokenEnv = { JAMF_KEY: sharedKey().privateKeyPem };

/** Content token `hq-apps` of organization `beta` in `apps.yml`: `ref` line 14, the next line 15. */
function contentTokenWith(lines: string[], expiresAt = '2027-06-01'): CaseFiles {
  return { 'apps.yml': contentTokenOrganization('beta', [{ id: 'hq-apps', lines, expiresAt }]) };
}

/** The public key certificate `ref` (line 20) with a wrong declared `sha256` (line 21). */
const publicKeyWithWrongHash = serviceOrganization('acme', { publicKeyRef: 'file:certs/jamf.pem' }).replace(
  '        ref: file:certs/jamf.pem\n',
  `        ref: file:certs/jamf.pem\n        sha256: ${'b'.repeat(64)}\n`,
);

ruleTable('declared-expiry-mismatch', {
  valid: [
    { name: 'the APNs certificate declared with its real date', files: apnsDeclaring('2027-03-01') },
    { name: 'the APNs certificate declared exactly one day later', files: apnsDeclaring('2027-03-02T08:00:00Z') },
    { name: 'the APNs certificate declared exactly one day earlier', files: apnsDeclaring('2027-02-28T08:00:00Z') },
    { name: 'the decrypted service token declared with its real date', files: serviceTokenDeclaring('2027-06-01'), env: serviceTokenEnv },
    { name: 'the decrypted service token declared a day later', files: serviceTokenDeclaring('2027-06-02'), env: serviceTokenEnv },
    {
      name: 'the real hash of a secret that ends in a newline',
      files: contentTokenWith(['ref: env:VPP_BETA', `sha256: ${sha256(contentToken)}`]),
      env: { VPP_BETA: `${contentToken}\n` },
    },
    {
      name: 'the hash of a secret with its trailing newline',
      files: contentTokenWith(['ref: env:VPP_BETA', `sha256: ${sha256(`${contentToken}\n`)}`]),
      env: { VPP_BETA: `${contentToken}\n` },
    },
    {
      name: 'declared date and hash alone, without a readable `ref`',
      files: contentTokenWith(['ref: env:VPP_BETA', `sha256: ${'c'.repeat(64)}`], '2027-01-01'),
      env: {},
    },
  ],
  invalid: [
    {
      name: 'the APNs certificate file says another date, at `expiresAt`',
      files: apnsDeclaring('2027-06-01'),
      findings: [
        {
          path: APNS_EXPIRES,
          file: 'org.yml',
          line: 25,
          column: 9,
          severity: 'error',
          message:
            'The APNs certificate of service `jamf` in organization `acme` really expires on 2027-03-01 (read from the file behind `file:certs/apns.pem`), but `expiresAt` says 2027-06-01: the declared date is what people and renewal pull requests go by, so it must be the real one. Set `expiresAt: 2027-03-01`, or check that the reference points at the current token.',
        },
      ],
    },
    { name: 'the APNs certificate declared a second more than a day earlier', files: apnsDeclaring('2027-02-28T07:59:59Z'), findings: [{ path: APNS_EXPIRES }] },
    {
      name: 'the decrypted service token (the private key given) declared a day earlier',
      files: serviceTokenDeclaring('2027-05-31'),
      env: serviceTokenEnv,
      findings: [
        {
          path: TOKEN_EXPIRES,
          line: 24,
          column: 9,
          severity: 'error',
          messageContains: [
            'The service token of service `jamf` in organization `acme` really expires on 2027-06-01 (read from the file behind `file:tokens/jamf.p7m`), but `expiresAt` says 2027-05-31',
          ],
        },
      ],
    },
    {
      name: 'a content token read from a secret, naming the secret and never its value',
      files: contentTokenWith(['ref: env:VPP_BETA'], '2027-06-03'),
      env: { VPP_BETA: contentToken },
      findings: [
        {
          path: CONTENT_TOKEN_EXPIRES,
          file: 'apps.yml',
          line: 15,
          column: 7,
          messageContains: ['really expires on 2027-06-01 (read from the secret `env:VPP_BETA`)'],
          messageExcludes: [contentToken.slice(0, 20)],
        },
      ],
    },
    {
      name: 'a declared `sha256` that is not the real token, at `sha256`',
      files: contentTokenWith(['ref: env:VPP_BETA', `sha256: ${'a'.repeat(64)}`]),
      env: { VPP_BETA: contentToken },
      findings: [
        {
          path: 'spec.contentTokens[0].sha256',
          file: 'apps.yml',
          line: 15,
          column: 7,
          severity: 'error',
          message: `The declared \`sha256\` of the content token \`hq-apps\` in organization \`beta\` is not the hash of what \`env:VPP_BETA\` holds (${sha256(contentToken)}): the declaration describes another file, usually the one before a renewal, so the checks that compare tokens by hash look at the wrong one. Set \`sha256: ${sha256(contentToken)}\` if the referenced file is the current one.`,
        },
      ],
    },
    {
      name: "a public key certificate's declared `sha256`",
      files: { 'org.yml': publicKeyWithWrongHash, 'certs/jamf.pem': cert.certPem },
      findings: [
        {
          path: 'spec.deviceManagementServices[0].publicKey.sha256',
          line: 21,
          column: 9,
          severity: 'error',
          messageContains: [`public key certificate of service \`jamf\` in organization \`acme\` is not the hash of what \`file:certs/jamf.pem\` holds (${sha256(cert.certPem)})`],
        },
      ],
    },
  ],
});
