import { makeApnsCert, makeContentToken, makeSelfSignedCert, makeServerToken } from '../support/forge-fixtures.js';
import { ruleTable } from '../support/rule-tester.js';
import { contentTokenOrganization, serviceOrganization } from '../secrets/artifact-repo.js';

const cert = makeSelfSignedCert({ cn: 'jamf-prod', serial: '01' });
const serviceToken = makeServerToken({ cert: cert.cert, expiry: new Date('2027-06-01T14:37:38Z') });
const apns = makeApnsCert({ uuid: '5f0c6a2e', notAfter: new Date('2027-06-01T00:00:00Z') });
/** Service token `ref` line 20; APNs certificate `ref` line 25 (no publicKey). */
const org = serviceOrganization('acme', { tokenLines: ['ref: file:tokens/jamf.p7m'], apnsLines: ['ref: file:certs/apns.pem'] });
const TOKEN_REF = 'spec.deviceManagementServices[0].serviceToken.ref';
const APNS_REF = 'spec.deviceManagementServices[0].apnsCertificate.ref';

/** Content token `hq-apps` of organization `beta` behind `env:VPP_BETA` (its `ref` is line 14, column 7). */
const apps = { 'apps.yml': contentTokenOrganization('beta', [{ id: 'hq-apps', lines: ['ref: env:VPP_BETA'] }]) };
const truncated = makeContentToken({ expDate: new Date('2027-06-01T10:00:00Z'), orgName: 'Beta' }).slice(0, 41);

ruleTable('token-unreadable', {
  valid: [
    {
      name: 'a readable file of another kind is artifact-kind-mismatch instead',
      files: { 'org.yml': org, 'tokens/jamf.p7m': cert.certPem, 'certs/apns.pem': serviceToken },
      otherRules: {
        'artifact-kind-mismatch': [
          { path: TOKEN_REF, line: 20 },
          { path: APNS_REF, line: 25 },
        ],
      },
    },
    { name: 'an unset secret is no finding at all', files: apps, env: {}, noOtherFindings: true },
    {
      name: 'readable files, and the organization is clean',
      files: { 'org.yml': org, 'tokens/jamf.p7m': serviceToken, 'certs/apns.pem': apns.certPem },
      noOtherFindings: true,
    },
  ],
  invalid: [
    {
      name: 'a missing file, at its `ref`',
      files: { 'org.yml': org, 'certs/apns.pem': cert.certPem },
      findings: [
        {
          path: TOKEN_REF,
          file: 'org.yml',
          line: 20,
          column: 9,
          severity: 'warning',
          message:
            'The file behind `file:tokens/jamf.p7m` (the service token of service `jamf` in organization `acme`) cannot be read: the file does not exist; so its real expiry and identity are not checked. Correct the path (it is relative to this YAML file) or replace the file with the one downloaded from Apple.',
        },
      ],
    },
    {
      name: 'files unreadable as what is expected',
      files: { 'org.yml': org, 'tokens/jamf.p7m': 'not a token', 'certs/apns.pem': 'not a certificate either' },
      findings: [
        { path: TOKEN_REF, line: 20, column: 9, severity: 'warning', messageContains: ['cannot be read: not an S/MIME server token: no MIME headers and not PKCS#7;'] },
        { path: APNS_REF, line: 25, column: 9, severity: 'warning', messageContains: ['cannot be read: not a certificate: no PEM CERTIFICATE block and not DER;'] },
      ],
    },
    {
      name: 'a set but unparsable secret, named and never shown',
      files: apps,
      env: { VPP_BETA: truncated },
      findings: [
        {
          path: 'spec.contentTokens[0].ref',
          file: 'apps.yml',
          line: 14,
          column: 7,
          severity: 'warning',
          messageContains: [
            'The secret `env:VPP_BETA` (the content token `hq-apps` in organization `beta`) is set but cannot be used: a damaged content token: its base64 does not decode to whole JSON',
          ],
          messageExcludes: [truncated],
        },
      ],
    },
  ],
});
