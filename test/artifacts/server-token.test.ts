import fc from 'fast-check';
import forge from 'node-forge';
import { describe, expect, test } from 'vitest';
import { decryptServerToken, readCertificate, readDecryptedServerToken, readServerToken, WRONG_KEY_REASON } from '../../src/artifacts/index.js';
import { normaliseSerial, recipientMatchesCertificate } from '../../src/model/recipients.js';
import { fakePrivateKeyPem } from '../support/pem.js';
import {
  FAKE_SERVER_TOKEN_SECRETS,
  makeKeyPair,
  makeSelfSignedCert,
  makeServerToken,
  makeServerTokenPkcs7,
  serverTokenPlaintext,
  sharedKey,
  type ServerTokenCipher,
} from '../support/forge-fixtures.js';

const expiry = new Date('2027-01-10T14:37:38Z');
const mine = makeSelfSignedCert({ cn: 'abm-gitops', serial: '01' });
const keyPem = sharedKey().privateKeyPem;
const ALL_FIELDS = ['access_secret', 'access_token', 'access_token_expiry', 'consumer_key', 'consumer_secret'];
const CIPHER_NAMES: Record<ServerTokenCipher, string> = {
  aes128: 'AES-128-CBC',
  aes192: 'AES-192-CBC',
  aes256: 'AES-256-CBC',
  '3des': 'DES-EDE3-CBC',
  des: 'DES-CBC',
};

function expectNoSecrets(value: unknown): void {
  const text = JSON.stringify(value);
  for (const secret of Object.values(FAKE_SERVER_TOKEN_SECRETS)) expect(text).not.toContain(secret.slice(0, 12));
  expect(text).not.toContain('PRIVATE KEY');
}

function bodyOf(token: string): { headers: string; lines: string[] } {
  const [headers = '', body = ''] = token.split('\n\n');
  return { headers, lines: body.split('\n').filter((line) => line !== '') };
}

describe('decrypting a server token', () => {
  const matrix = (['aes128', 'aes192', 'aes256', '3des', 'des'] as const).flatMap((cipher) =>
    (['der', 'ber-indefinite'] as const).flatMap((encoding) => (['lf', 'crlf'] as const).map((lineEnding) => ({ cipher, encoding, lineEnding }))),
  );

  test.each(matrix)('$cipher, $encoding, $lineEnding', ({ cipher, encoding, lineEnding }) => {
    const token = makeServerToken({ cert: mine.cert, expiry, cipher, encoding, lineEnding });
    const result = decryptServerToken(token, keyPem);
    expect(result).toEqual({
      ok: true,
      kind: 'service-token',
      container: 'smime',
      recipients: [{ issuer: 'CN=abm-gitops', issuerAttributes: [{ type: '2.5.4.3', name: 'CN', value: 'abm-gitops' }], serialNumber: '01' }],
      contentCipher: CIPHER_NAMES[cipher],
      accessTokenExpiry: expiry,
      fields: ALL_FIELDS,
    });
    expectNoSecrets(result);
  });

  test('the fixtures really produce DER and BER with indefinite lengths', () => {
    const der = makeServerTokenPkcs7({ cert: mine.cert, expiry, encoding: 'der' });
    const ber = makeServerTokenPkcs7({ cert: mine.cert, expiry, encoding: 'ber-indefinite' });
    expect([der[0], der[1]]).toEqual([0x30, 0x82]);
    expect([ber[0], ber[1]]).toEqual([0x30, 0x80]);
    expect([...ber.subarray(-4)]).toEqual([0, 0, 0, 0]);
  });

  test('folded headers, 76-column base64 lines', () => {
    const token = makeServerToken({ cert: mine.cert, expiry, foldHeaders: true });
    const { headers, lines } = bodyOf(token);
    expect(headers.split('\n')[1]).toBe('\tname="smime.p7m";');
    expect(lines.slice(0, -1).every((line) => line.length === 76)).toBe(true);
    const result = decryptServerToken(token, keyPem);
    expect(result.ok && result.accessTokenExpiry).toEqual(expiry);
  });

  test.each([
    { wrapAt: 10, markers: true },
    { wrapAt: 78, markers: false },
    { wrapAt: 100_000, markers: true },
  ])('JSON wrapped at $wrapAt columns, markers $markers', ({ wrapAt, markers }) => {
    const result = decryptServerToken(makeServerToken({ cert: mine.cert, expiry, wrapAt, markers }), keyPem);
    expect(result.ok && result.accessTokenExpiry).toEqual(expiry);
  });

  test('a PKCS#8 key and a key pasted with literal \\n both work', () => {
    const token = makeServerToken({ cert: mine.cert, expiry });
    const pkcs8 = decryptServerToken(token, sharedKey().privateKeyPkcs8Pem);
    const escaped = decryptServerToken(token, keyPem.trim().replace(/\n/g, '\\n'));
    expect(pkcs8.ok && pkcs8.accessTokenExpiry).toEqual(expiry);
    expect(escaped.ok && escaped.accessTokenExpiry).toEqual(expiry);
  });

  test('DER keys, PKCS#1 and PKCS#8, as bytes or as base64 text (a DER key in a CI secret)', () => {
    const token = makeServerToken({ cert: mine.cert, expiry });
    const pkcs1 = forge.asn1.toDer(forge.pki.privateKeyToAsn1(sharedKey().privateKey)).getBytes();
    const pkcs8 = forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(sharedKey().privateKey))).getBytes();
    const keys = [pkcs1, pkcs8].flatMap((binary) => [new Uint8Array(Buffer.from(binary, 'binary')), Buffer.from(binary, 'binary').toString('base64')]);
    const expiries = keys.map((key) => {
      const result = decryptServerToken(token, key);
      return result.ok ? result.accessTokenExpiry : result.reason;
    });
    expect(expiries).toEqual([expiry, expiry, expiry, expiry]);
  });

  test('raw DER, raw base64 and PEM PKCS7 containers', () => {
    const der = makeServerTokenPkcs7({ cert: mine.cert, expiry, encoding: 'ber-indefinite' });
    const pem = `-----BEGIN PKCS7-----\n${der.toString('base64')}\n-----END PKCS7-----\n`;
    const containers = [new Uint8Array(der), der.toString('base64'), pem].map((bytes) => {
      const result = decryptServerToken(bytes, keyPem);
      return result.ok ? [result.container, result.accessTokenExpiry.toISOString()] : [result.reason];
    });
    expect(containers).toEqual([
      ['der', '2027-01-10T14:37:38.000Z'],
      ['base64', '2027-01-10T14:37:38.000Z'],
      ['pem', '2027-01-10T14:37:38.000Z'],
    ]);
  });
});

describe('failures are values with one-line reasons', () => {
  const token = makeServerToken({ cert: mine.cert, expiry });

  test('the wrong private key', () => {
    expect(decryptServerToken(token, makeKeyPair().privateKeyPem)).toEqual({ ok: false, reason: WRONG_KEY_REASON, cause: 'key' });
  });

  test('keys that are not usable RSA keys', () => {
    const { privateKey } = forge.pki.rsa.generateKeyPair({ bits: 512, e: 0x10001 });
    const encrypted = forge.pki.encryptRsaPrivateKey(privateKey, 'passphrase');
    const reasons = ['not a key', mine.certPem, encrypted, fakePrivateKeyPem('MHcCAQEE', 'EC').trimEnd()]
      .map((pem) => decryptServerToken(token, pem))
      .map((result) => (result.ok ? 'ok' : `${result.cause}: ${result.reason}`));
    expect(reasons).toEqual([
      'key: not a private key: no PEM block and not DER',
      'key: not a private key: the PEM block is a CERTIFICATE',
      'key: the private key is protected by a passphrase: give the unencrypted key',
      'key: not an RSA private key: the PEM block is a EC PRIVATE KEY',
    ]);
  });

  test('corrupted base64', () => {
    const { headers, lines } = bodyOf(token);
    const corrupted = `${headers}\n\n${lines[0]}\n${lines[1]?.slice(0, 30)}!${lines[1]?.slice(31)}\n${lines.slice(2).join('\n')}\n`;
    expect(readServerToken(corrupted)).toEqual({ ok: false, reason: 'corrupted base64: it holds characters outside the base64 alphabet' });
  });

  test('truncated at a line boundary, mid-line, and inside the headers', () => {
    const { headers, lines } = bodyOf(token);
    const atLine = `${headers}\n\n${lines.slice(0, 4).join('\n')}\n`;
    const midLine = `${headers}\n\n${lines.slice(0, 4).join('\n')}\n${lines[4]?.slice(0, 37)}`;
    const headersOnly = headers.split('\n').slice(0, 2).join('\n');
    expect([atLine, midLine, headersOnly].map((text) => readServerToken(text))).toEqual([
      { ok: false, reason: 'truncated: the PKCS#7 structure ends early' },
      { ok: false, reason: 'truncated: the PKCS#7 structure ends early' },
      { ok: false, reason: 'truncated: the MIME headers are not followed by a body' },
    ]);
    expect(decryptServerToken(atLine, keyPem)).toEqual({ ok: false, reason: 'truncated: the PKCS#7 structure ends early', cause: 'token' });
  });

  test('files that are not server tokens', () => {
    const signed = forge.pkcs7.createSignedData();
    signed.content = forge.util.createBuffer('hello');
    signed.addCertificate(mine.cert);
    signed.addSigner({ key: sharedKey().privateKey, certificate: mine.cert, digestAlgorithm: forge.pki.oids.sha256 ?? '' });
    signed.sign();
    const signedDer = Buffer.from(forge.asn1.toDer(signed.toAsn1()).getBytes(), 'binary');
    const decrypted = serverTokenPlaintext({ expiry });
    expect(['apiVersion: abm-gitops/v1\nkind: Organization\n', decrypted, new Uint8Array(signedDer), mine.certPem].map((bytes) => readServerToken(bytes))).toEqual([
      { ok: false, reason: 'not an S/MIME server token: no MIME headers and not PKCS#7' },
      { ok: false, reason: 'not an S/MIME server token: its Content-Type is text/plain, not application/pkcs7-mime' },
      { ok: false, reason: 'not a server token: PKCS#7 signedData, expected envelopedData' },
      { ok: false, reason: 'not an S/MIME server token: no MIME headers and not PKCS#7' },
    ]);
  });

  test('random damage never throws', () => {
    const der = makeServerTokenPkcs7({ cert: mine.cert, expiry, encoding: 'ber-indefinite' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: der.length - 1 }), fc.integer({ min: 1, max: 255 }), (index, xor) => {
        const damaged = Buffer.from(der);
        damaged[index] = (damaged[index] ?? 0) ^ xor;
        const read = readServerToken(new Uint8Array(damaged));
        const decrypted = decryptServerToken(new Uint8Array(damaged), keyPem);
        expect(typeof read.ok).toBe('boolean');
        if (!decrypted.ok) expect(decrypted.reason).not.toContain('\n');
        expectNoSecrets(decrypted);
      }),
      { numRuns: 60 },
    );
  });
});

describe('which certificate a token was made for', () => {
  const token = readServerToken(makeServerToken({ cert: mine.cert, expiry }));

  test('same issuer and serial matches; another serial or issuer does not', () => {
    if (!token.ok) throw new Error(token.reason);
    const certificates = [mine.certPem, makeSelfSignedCert({ cn: 'abm-gitops', serial: '02' }).certPem, makeSelfSignedCert({ cn: 'other-mdm', serial: '01' }).certPem].map(
      (pem) => {
        const cert = readCertificate(pem);
        if (!cert.ok) throw new Error(cert.reason);
        return recipientMatchesCertificate(token, cert);
      },
    );
    expect(certificates).toEqual([true, false, false]);
  });

  test('serials compare as numbers', () => {
    expect([normaliseSerial('00FF'), normaliseSerial('ff'), normaliseSerial('000')]).toEqual(['ff', 'ff', '0']);
    if (!token.ok) throw new Error(token.reason);
    const cert = readCertificate(mine.certPem);
    if (!cert.ok) throw new Error(cert.reason);
    expect(recipientMatchesCertificate(token, { ...cert, serialNumber: '0001' })).toBe(true);
  });
});

describe('an already decrypted token', () => {
  test('reads expiry and field names', () => {
    expect(readDecryptedServerToken(serverTokenPlaintext({ expiry, wrapAt: 20, lineEnding: 'crlf' }))).toEqual({
      ok: true,
      kind: 'decrypted-server-token',
      accessTokenExpiry: expiry,
      fields: ALL_FIELDS,
    });
  });

  test('no expiry, or not JSON', () => {
    expect(readDecryptedServerToken('{"access_token":"AT_x"}')).toEqual({ ok: false, reason: 'decrypted, but it has no access_token_expiry' });
    expect(readDecryptedServerToken('{"access_token":"AT_x"')).toEqual({ ok: false, reason: 'decrypted, but the content is not the expected JSON' });
  });
});
