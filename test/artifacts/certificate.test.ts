import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { readCertificate } from '../../src/artifacts/index.js';
import { makeApnsCert, makeSelfSignedCert, makeServerToken, makeServerTokenPkcs7, sharedKey } from '../support/forge-fixtures.js';

const uuid = '5c1f3e2a-9b7d-4c6e-8f0a-1b2c3d4e5f60';
const selfSigned = makeSelfSignedCert({ cn: 'abm-gitops', serial: '3a7f', notAfter: new Date('2028-06-30T12:00:00Z') });
const fingerprint = createHash('sha256').update(selfSigned.certDer).digest('hex');

describe('reading a certificate', () => {
  test('PEM: subject, issuer, serial, dates, fingerprint of the DER, key', () => {
    expect(readCertificate(selfSigned.certPem)).toEqual({
      ok: true,
      kind: 'certificate',
      encoding: 'pem',
      holdsPrivateKey: false,
      subject: 'CN=abm-gitops',
      subjectAttributes: [{ type: '2.5.4.3', name: 'CN', value: 'abm-gitops' }],
      issuer: 'CN=abm-gitops',
      issuerAttributes: [{ type: '2.5.4.3', name: 'CN', value: 'abm-gitops' }],
      serialNumber: '3a7f',
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2028-06-30T12:00:00Z'),
      sha256Fingerprint: fingerprint,
      sha256: createHash('sha256').update(selfSigned.certPem).digest('hex'),
      keyType: 'RSA',
      keySize: 2048,
      isApnsCertificate: false,
    });
  });

  test('DER gives the same certificate', () => {
    const result = readCertificate(new Uint8Array(selfSigned.certDer));
    expect(result.ok && [result.encoding, result.sha256Fingerprint, result.serialNumber]).toEqual(['der', fingerprint, '3a7f']);
  });

  test('APNs push certificate: topic from the subject UID', () => {
    const apns = readCertificate(makeApnsCert({ uuid, notAfter: new Date('2027-02-01T00:00:00Z') }).certPem);
    if (!apns.ok) throw new Error(apns.reason);
    expect({
      subject: apns.subject,
      issuer: apns.issuer,
      apnsTopic: apns.apnsTopic,
      isApnsCertificate: apns.isApnsCertificate,
      notAfter: apns.notAfter,
    }).toEqual({
      subject: `UID=com.apple.mgmt.External.${uuid}, CN=APSP:${uuid}, C=US`,
      issuer: 'CN=Apple Application Integration 2 Certification Authority, OU=Apple Certification Authority, O=Apple Inc., C=US',
      apnsTopic: `com.apple.mgmt.External.${uuid}`,
      isApnsCertificate: true,
      notAfter: new Date('2027-02-01T00:00:00Z'),
    });
  });

  test('files that are not certificates, and damaged ones', () => {
    const expiry = new Date('2027-01-10T00:00:00Z');
    const pem = selfSigned.certPem;
    const cases = [
      makeServerToken({ cert: selfSigned.cert, expiry, foldHeaders: true }),
      new Uint8Array(makeServerTokenPkcs7({ cert: selfSigned.cert, expiry })),
      sharedKey().privateKeyPem,
      pem.slice(0, pem.indexOf('-----END')),
      new Uint8Array(selfSigned.certDer.subarray(0, 300)),
      pem.replace(/\n([A-Za-z0-9+/]{10})[A-Za-z0-9+/]/, '\n$1*'),
    ];
    expect(cases.map((bytes) => readCertificate(bytes))).toEqual([
      { ok: false, reason: 'not a certificate: this is an S/MIME server token (.p7m)' },
      { ok: false, reason: 'not a certificate: the DER structure is not an X.509 certificate' },
      { ok: false, reason: 'not a certificate: no PEM CERTIFICATE block and not DER' },
      { ok: false, reason: 'truncated: the PEM certificate has no END line' },
      { ok: false, reason: 'truncated: the certificate ends early' },
      { ok: false, reason: 'corrupted base64: it holds characters outside the base64 alphabet' },
    ]);
  });
});
