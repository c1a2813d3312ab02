/**
 * Blocks of a committed server token's ciphertext can be rearranged without
 * the key, so the runner's key decrypts it to text that puts pieces of a
 * secret where a date or a field name belongs. Whatever that text holds,
 * every error message says what is wrong, never what is there.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';
import {
  FAKE_CONTENT_TOKEN,
  FAKE_SERVER_TOKEN_SECRETS,
  makeContentToken,
  makeSelfSignedCert,
  makeServerToken,
  serverTokenPlaintext,
  sharedKey,
} from '../support/forge-fixtures.js';
import { writeRepo } from '../support/repo.js';

const key = sharedKey();
const publicKey = makeSelfSignedCert({ cn: 'jamf-prod', keyPair: key });
const { consumer_secret: consumerSecret, access_secret: accessSecret } = FAKE_SERVER_TOKEN_SECRETS;
const genuine = serverTokenPlaintext({ expiry: new Date('2027-01-10T14:37:38Z'), wrapAt: 100_000 });
/** What a spliced token decrypts to: secret text as the expiry's value and as a field name. */
const spliced = genuine.replace(/"access_token_expiry":"[^"]*"/, `"access_token_expiry":"${consumerSecret.slice(0, 40)}","${accessSecret.slice(0, 40)}":1`);
const env = { JAMF_DEP_PRIVATE_KEY: key.privateKeyPem, VPP_TOKEN: makeContentToken({ expDate: FAKE_CONTENT_TOKEN.slice(0, 30), orgName: 'Acme' }) };

const root = writeRepo({
  'certs/jamf-prod.pem': publicKey.certPem,
  'tokens/jamf-prod.p7m': makeServerToken({ cert: publicKey.cert, expiry: new Date('2027-01-10T14:37:38Z'), plaintext: spliced }),
  'organization.yml': `apiVersion: abm-gitops/v1
kind: Organization
metadata: { name: acme }
spec:
  product: apple-business
  units: [{ id: hq, name: Acme, primary: true }]
  accounts: [{ id: admin@acme.example, role: organization-administrator }]
  deviceManagementServices:
    - id: jamf-prod
      type: external
      name: Jamf Pro
      vendor: jamf
      publicKey: { ref: file:../certs/jamf-prod.pem }
      serviceToken:
        ref: file:tokens/jamf-prod.p7m
        privateKey: env:JAMF_DEP_PRIVATE_KEY
        downloadedBy: admin@acme.example
        expiresAt: 2027-01-10
  contentTokens:
    - { id: apps, unit: hq, service: jamf-prod, ref: env:VPP_TOKEN, downloadedBy: admin@acme.example, expiresAt: 2027-01-10 }
`.replace('file:../certs', 'file:certs'),
});

/** Every 8-character window of each secret that went into the decrypted text. */
const windows = [consumerSecret, accessSecret, FAKE_CONTENT_TOKEN].flatMap((secret) => Array.from({ length: secret.length - 7 }, (_, at) => secret.slice(at, at + 8)));

async function run(argv: string[]): Promise<string> {
  const io = recordingIo(root, env);
  await runCli(argv, io);
  return io.out + io.err;
}

describe('decrypted content never reaches an output', () => {
  for (const format of ['text', 'json', 'sarif', 'github', 'markdown']) {
    it(`validate --format ${format}: the reason, without the content`, async () => {
      const output = await run(['validate', '.', '--format', format, '--now', '2026-11-23', '--no-color']);
      // Markdown escapes the underscores.
      expect(output).toMatch(/access\\?_token\\?_expiry is not a date/);
      expect(output).toContain('unreadable expDate');
      for (const piece of windows) expect(output.includes(piece), piece).toBe(false);
    });
  }

  it('inspect: field names Apple does not write are not listed', async () => {
    const output = await run(['inspect', 'tokens/jamf-prod.p7m', '--private-key', 'env:JAMF_DEP_PRIVATE_KEY', '--format', 'json']);
    expect(output).toContain('access_token_expiry is not a date (Apple writes one such as 2027-01-10T14:37:38Z)');
    for (const piece of windows) expect(output.includes(piece), piece).toBe(false);
  });

  it('inspect of a decrypted payload with an extra field: only the names Apple writes', async () => {
    const extra = genuine.replace('"access_token_expiry"', `"${accessSecret.slice(0, 40)}":1,"access_token_expiry"`);
    const dir = writeRepo({ 'decrypted.txt': extra });
    const io = recordingIo(dir, {});
    await runCli(['inspect', 'decrypted.txt'], io);
    expect(io.out).toContain('access_secret, access_token, access_token_expiry, consumer_key, consumer_secret');
    for (const piece of windows) expect(io.out.includes(piece), piece).toBe(false);
  });
});
