import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { checkClientId, checkKeyId, parseAppleApiKey, runnerVariableRefusal } from '../../src/apple/credentials.js';
import { APPLE_ENDPOINTS, resolveEndpoints } from '../../src/apple/endpoints.js';
import { makeAppleApiKey } from '../support/apple-fake/index.js';
import { fakePrivateKeyPem, privateKeyLine } from '../support/pem.js';

describe('the Apple Business API key must parse as EC P-256 before anything is sent', () => {
  it('accepts SEC1 and PKCS#8 P-256 keys, also pasted with literal \\n', () => {
    expect(parseAppleApiKey(makeAppleApiKey('sec1').privateKeyPem, 'env:K').ok).toBe(true);
    expect(parseAppleApiKey(makeAppleApiKey('pkcs8').privateKeyPem, 'env:K').ok).toBe(true);
    expect(parseAppleApiKey(makeAppleApiKey().privateKeyPem.replace(/\n/g, '\\n'), 'env:K').ok).toBe(true);
  });

  it("reads a SEC1 key as OpenSSL's PEM reader does, and refuses what it refuses", () => {
    const pem = makeAppleApiKey('sec1').privateKeyPem.trimEnd();
    const body = pem.split('\n').slice(1, -1).join('');
    const [begin, end] = [privateKeyLine('BEGIN', 'EC'), privateKeyLine('END', 'EC')];
    const derOf = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'der' });
    // The canonical shape (read from its DER), with CRLF, and on one long line (left to the PEM reader): the same key.
    for (const text of [pem, pem.replace(/\n/g, '\r\n'), `${begin}\n${body}\n${end}`]) {
      const result = parseAppleApiKey(text, 'env:K');
      expect(result.ok && derOf(result.key)).toEqual(derOf(createPrivateKey({ key: text, format: 'pem' })));
    }
    // Shapes whose bytes Buffer would still decode but the PEM reader refuses: the END line run on, a padding character dropped.
    for (const text of [`${begin}\n${body}${end}`, pem.replace(/=(?=\n-----END)/, '')]) {
      expect(() => createPrivateKey({ key: text, format: 'pem' })).toThrow();
      expect(parseAppleApiKey(text, 'env:K')).toEqual({ ok: false, reason: 'spec.appleApi.privateKey (`env:K`) is not a readable private key (PEM of an EC P-256 key expected)' });
    }
  });

  it.each([
    [
      'an RSA key',
      () => generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      'is an RSA key; Apple Business API keys are EC P-256 (ES256)',
    ],
    [
      'a P-384 key',
      () => generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      'is an EC key on secp384r1; Apple Business API keys are on P-256 (ES256)',
    ],
    [
      'a passphrase-protected key',
      () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }).toString(),
      'is protected by a passphrase: give the unencrypted PEM key',
    ],
    ['garbage', () => 'not a key at all', 'is not a PEM private key: give the EC P-256 key downloaded with the API account'],
    ['a public key', () => makeAppleApiKey().publicKey.export({ type: 'spki', format: 'pem' }).toString(), 'is a PEM PUBLIC KEY, not a private key'],
    ['a damaged PEM', () => fakePrivateKeyPem('AAAA'), 'is not a readable private key (PEM of an EC P-256 key expected)'],
  ])('refuses %s with one line naming the reference, never the value', (_label, make, why) => {
    const text = make();
    const result = parseAppleApiKey(text, 'env:ACME_KEY');
    expect(result).toEqual({ ok: false, reason: `spec.appleApi.privateKey (\`env:ACME_KEY\`) ${why}` });
    if (!result.ok && text.length > 60) expect(result.reason).not.toContain(text.slice(30, 60));
  });

  it('checks the shape of the client ID and key ID', () => {
    expect(checkClientId('BUSINESSAPI.c75c0a8a-a026-4dae-99aa-89ea1e1103e5')).toBeUndefined();
    expect(checkClientId('SCHOOLAPI.c75c0a8a-a026-4dae-99aa-89ea1e1103e5')).toMatch(/is not an Apple Business API client ID/);
    expect(checkClientId('c75c0a8a-a026-4dae-99aa-89ea1e1103e5')).toBeDefined();
    expect(checkKeyId('e339d085-a821-438a-a527-d044edacf50a')).toBeUndefined();
    expect(checkKeyId('KEY1')).toMatch(/is not an Apple key ID/);
  });

  it('never reads a credential from a variable the runner sets', () => {
    for (const ref of ['env:GITHUB_TOKEN', 'env:RUNNER_TEMP', 'env:ACTIONS_RUNTIME_TOKEN', 'env:INPUT_TOKEN', 'env:github_token']) {
      expect(runnerVariableRefusal(ref)).toMatch(/names a variable the CI runner sets, never an Apple credential: nothing was sent/);
    }
    expect(runnerVariableRefusal('env:ACME_APPLE_KEY')).toBeUndefined();
    expect(runnerVariableRefusal('file:tokens/a.p7m')).toBeUndefined();
  });
});

describe('base URLs come from the process environment only, https or loopback http', () => {
  it("defaults to Apple's hosts", () => {
    expect(resolveEndpoints({})).toEqual(APPLE_ENDPOINTS);
    expect(APPLE_ENDPOINTS).toEqual({
      businessApi: 'https://api-business.apple.com',
      tokenUrl: 'https://account.apple.com/auth/oauth2/token',
      deviceEnrollment: 'https://mdmenrollment.apple.com',
      appsAndBooks: 'https://vpp.itunes.apple.com/mdm/v2',
    });
  });

  it('accepts https anywhere and http on loopback', () => {
    expect(
      resolveEndpoints({
        ABM_GITOPS_APPLE_API_URL: 'https://proxy.example.com/apple/',
        ABM_GITOPS_APPLE_TOKEN_URL: 'http://127.0.0.1:9/auth/oauth2/token',
        ABM_GITOPS_ADE_API_URL: 'http://[::1]:8080',
        ABM_GITOPS_VPP_API_URL: 'http://localhost:1/mdm/v2',
      }),
    ).toEqual({
      businessApi: 'https://proxy.example.com/apple',
      tokenUrl: 'http://127.0.0.1:9/auth/oauth2/token',
      deviceEnrollment: 'http://[::1]:8080',
      appsAndBooks: 'http://localhost:1/mdm/v2',
    });
  });

  it.each([
    ['ABM_GITOPS_APPLE_API_URL', 'http://api-business.apple.com', /must be an https:\/\/ address, or http:\/\/ to a loopback address/],
    ['ABM_GITOPS_ADE_API_URL', 'http://10.0.0.5:8080', /must be an https:\/\/ address/],
    ['ABM_GITOPS_VPP_API_URL', 'ftp://127.0.0.1/', /must be an https:\/\/ address/],
    ['ABM_GITOPS_APPLE_TOKEN_URL', 'not a url', /is not a URL/],
    ['ABM_GITOPS_APPLE_API_URL', 'https://user:pw@evil.example', /carries a user name or password/],
    ['ABM_GITOPS_APPLE_API_URL', 'http://127.0.0.1.evil.example', /must be an https:\/\/ address/],
  ])('%s=%s is a usage error', (variable, value, message) => {
    expect(() => resolveEndpoints({ [variable]: value })).toThrow(UsageError);
    expect(() => resolveEndpoints({ [variable]: value })).toThrow(message);
  });
});
