import { makeKeyPair, makeSelfSignedCert, makeServerToken } from '../support/forge-fixtures.js';
import { ruleTable, type CaseFiles } from '../support/rule-tester.js';
import { serviceOrganization } from '../secrets/artifact-repo.js';

const current = makeSelfSignedCert({ cn: 'jamf-prod', serial: '01' });
const otherKey = makeKeyPair();
const previous = makeSelfSignedCert({ cn: 'jamf-prod-2025', serial: '02', keyPair: otherKey });
const sameNameNewSerial = makeSelfSignedCert({ cn: 'jamf-prod', serial: '03', keyPair: otherKey });
const expiry = new Date('2027-06-01T14:37:38Z');
const tokenFor = (cert: typeof current): string => makeServerToken({ cert: cert.cert, expiry });

/** publicKey `ref` line 20, service token `ref` line 22. */
const org = serviceOrganization('acme', { publicKeyRef: 'file:certs/jamf.pem', tokenLines: ['ref: file:tokens/jamf.p7m'] });
const viaEnv = serviceOrganization('acme', { publicKeyRef: 'env:JAMF_CERT', tokenLines: ['ref: file:tokens/jamf.p7m'] });
const TOKEN_REF = 'spec.deviceManagementServices[0].serviceToken.ref';
const PUBLIC_KEY_REF = 'spec.deviceManagementServices[0].publicKey.ref';

/** The organization with the service's current public key certificate and a token made for `cert`. */
function withTokenFor(cert: typeof current): CaseFiles {
  return { 'org.yml': org, 'certs/jamf.pem': current.certPem, 'tokens/jamf.p7m': tokenFor(cert) };
}

ruleTable('token-public-key-mismatch', {
  valid: [
    { name: "a token made for the service's public key, and the organization is clean", files: withTokenFor(current), noOtherFindings: true },
    { name: 'an unset secret for the public key certificate', files: { 'org.yml': viaEnv, 'tokens/jamf.p7m': tokenFor(previous) }, env: {} },
    {
      name: 'an unreadable public key certificate is token-unreadable instead',
      files: { 'org.yml': org, 'certs/jamf.pem': 'not a certificate', 'tokens/jamf.p7m': tokenFor(previous) },
      otherRules: { 'token-unreadable': [{ path: PUBLIC_KEY_REF, line: 20, column: 9 }] },
    },
  ],
  invalid: [
    {
      name: 'a token made for another certificate, at the token `ref`, without any private key',
      files: withTokenFor(previous),
      findings: [
        {
          path: TOKEN_REF,
          file: 'org.yml',
          line: 22,
          column: 9,
          severity: 'error',
          message:
            "The service token of service `jamf` in organization `acme` was encrypted to the certificate issued by CN=jamf-prod-2025, serial 02, not to the service's public key certificate `file:certs/jamf.pem` (issued by CN=jamf-prod, serial 01), so the MDM cannot decrypt it. Apple encrypts each token to the public key uploaded when it is downloaded: upload the current public key for the service in Apple's portal and download a new token.",
        },
      ],
    },
    {
      name: 'issuer and serial are compared, not just the name',
      files: withTokenFor(sameNameNewSerial),
      findings: [{ path: TOKEN_REF, line: 22, column: 9 }],
    },
    {
      name: 'a public key certificate given in DER',
      files: {
        'org.yml': serviceOrganization('acme', { publicKeyRef: 'file:certs/jamf.der', tokenLines: ['ref: file:tokens/jamf.p7m'] }),
        'certs/jamf.der': current.certDer,
        'tokens/jamf.p7m': tokenFor(previous),
      },
      findings: [{ path: TOKEN_REF }],
    },
    {
      name: 'a public key certificate given as a secret',
      files: { 'org.yml': viaEnv, 'tokens/jamf.p7m': tokenFor(previous) },
      env: { JAMF_CERT: current.certPem },
      findings: [{ path: TOKEN_REF }],
    },
  ],
});
