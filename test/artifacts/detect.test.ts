import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { describe, expect, test } from 'vitest';
import { detectArtifact } from '../../src/artifacts/index.js';
import {
  makeApnsCert,
  makeContentToken,
  makePkcs12WithEncryptedSafes,
  makeSelfSignedCert,
  makeServerToken,
  makeServerTokenPkcs7,
  serverTokenPlaintext,
  sharedKey,
} from '../support/forge-fixtures.js';
import { fakePrivateKeyPem } from '../support/pem.js';
import { cpuMillis } from '../support/cpu-time.js';

const expiry = new Date('2027-01-10T14:37:38Z');
const cert = makeSelfSignedCert({ cn: 'abm-gitops' });
const bytes = (buffer: Buffer): Uint8Array => new Uint8Array(buffer);
const p12 = (key: forge.pki.rsa.PrivateKey | null, password: string | null): Buffer =>
  Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, [cert.cert], password)).getBytes(), 'binary');

const ORGANIZATION_YAML = `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: acme
spec:
  product: apple-business
  units:
    - id: hq
      name: Acme Corp
      primary: true
`;

const README = `# Tokens

Content-Type headers are not MIME here. The decrypted token has an \`access_secret\`
field; never commit it. eyJ is how base64 JSON starts.
`;

describe('detectArtifact', () => {
  test.each([
    ['S/MIME, LF', makeServerToken({ cert: cert.cert, expiry })],
    ['S/MIME, CRLF, folded headers', makeServerToken({ cert: cert.cert, expiry, lineEnding: 'crlf', foldHeaders: true })],
    ['S/MIME, BER', makeServerToken({ cert: cert.cert, expiry, encoding: 'ber-indefinite' })],
    ['raw DER', bytes(makeServerTokenPkcs7({ cert: cert.cert, expiry }))],
    ['raw BER', bytes(makeServerTokenPkcs7({ cert: cert.cert, expiry, encoding: 'ber-indefinite' }))],
    ['raw base64', makeServerTokenPkcs7({ cert: cert.cert, expiry }).toString('base64')],
    ['PEM PKCS7', `-----BEGIN PKCS7-----\n${makeServerTokenPkcs7({ cert: cert.cert, expiry }).toString('base64')}\n-----END PKCS7-----\n`],
  ])('service token: %s', (_name, input) => {
    expect(detectArtifact(input)).toBe('service-token');
  });

  test.each([
    ['plain', makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme' })],
    ['with a trailing newline', `${makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme' })}\n`],
    ['with an unreadable expDate', makeContentToken({ expDate: 'soon', orgName: 'Acme' })],
    [
      'with a UTF-8 byte order mark',
      bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme' }))])),
    ],
    ['cut off (damaged)', makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme' }).slice(0, 61)],
  ])('content token: %s', (_name, input) => {
    expect(detectArtifact(input)).toBe('content-token');
  });

  test.each([
    ['PEM', cert.certPem],
    ['DER', bytes(cert.certDer)],
    ['APNs PEM', makeApnsCert({ uuid: 'u-1', notAfter: expiry }).certPem],
    ['certificate-only .p12 with a passphrase', bytes(p12(null, 'pw'))],
    // Without its passphrase nothing tells whether an encrypted safe holds a key: validate and inspect open it with one.
    ['.p12 whose key sits in a safe encrypted with a passphrase', bytes(makePkcs12WithEncryptedSafes(sharedKey().privateKey, [cert.cert], 'pw'))],
  ])('certificate: %s', (_name, input) => {
    expect(detectArtifact(input)).toBe('certificate');
  });

  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
  const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
  test.each([
    ['PKCS#1 PEM', sharedKey().privateKeyPem],
    ['PKCS#8 PEM', sharedKey().privateKeyPkcs8Pem],
    ['encrypted PKCS#8 PEM', rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }).toString()],
    ['EC PEM', ec.export({ type: 'sec1', format: 'pem' }).toString()],
    ['OpenSSH', fakePrivateKeyPem('b3BlbnNzaC1rZXktdjEAAAAA', 'OPENSSH')],
    ['PKCS#1 DER', bytes(rsa.export({ type: 'pkcs1', format: 'der' }))],
    ['PKCS#8 DER', bytes(rsa.export({ type: 'pkcs8', format: 'der' }))],
    ['encrypted PKCS#8 DER', bytes(rsa.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'pw' }))],
    ['certificate and key in one PEM', `${cert.certPem}${sharedKey().privateKeyPem}`],
    ['.p12 with its key and a passphrase', bytes(p12(sharedKey().privateKey, 'pw'))],
    ['.p12 with its key and no passphrase', bytes(p12(sharedKey().privateKey, null))],
    ['.p12 whose key sits in an encrypted safe, with the empty passphrase', bytes(makePkcs12WithEncryptedSafes(sharedKey().privateKey, [cert.cert], ''))],
    ['a key pasted into YAML', `${ORGANIZATION_YAML}key: |\n  ${sharedKey().privateKeyPem.replace(/\n/g, '\n  ')}`],
  ])('private key: %s', (_name, input) => {
    expect(detectArtifact(input)).toBe('private-key');
  });

  test.each([
    ['MIME part with wrapped JSON (key name split across lines)', serverTokenPlaintext({ expiry, wrapAt: 10 })],
    ['one-line JSON', '{"consumer_key":"CK_1","access_secret":"AS_2","access_token_expiry":"2027-01-10T14:37:38Z"}'],
    ['pretty JSON', '{\n  "access_token": "AT_1",\n  "access_secret": "AS_2"\n}\n'],
  ])('decrypted server token: %s', (_name, input) => {
    expect(detectArtifact(input)).toBe('decrypted-server-token');
  });

  test.each([
    ['organization YAML', ORGANIZATION_YAML],
    ['Markdown that mentions the words', README],
    ['empty', ''],
    ['JSON that is not a token', '{"name":"abm-gitops","version":"0.1.0"}'],
    ['base64 JSON without token fields', Buffer.from('{"hello":"world"}').toString('base64')],
    ['a word starting with e', 'example'],
    ['binary that starts like DER', bytes(Buffer.from([0x30, 0x82, 0x01, 0x00, 0x02, 0x01]))],
    ['random binary', bytes(Buffer.from(Array.from({ length: 512 }, (_, index) => (index * 37 + 11) % 256)))],
  ])('unknown: %s', (_name, input) => {
    expect(detectArtifact(input)).toBe('unknown');
  });

  test('stays cheap on a large ordinary file', () => {
    const big = Buffer.from(ORGANIZATION_YAML.repeat(Math.ceil((2 * 1024 * 1024) / ORGANIZATION_YAML.length)));
    const { result, millis } = cpuMillis(() => detectArtifact(bytes(big)));
    expect(result).toBe('unknown');
    expect(millis).toBeLessThan(250);
  });
});
