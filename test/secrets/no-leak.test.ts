/**
 * Every command and output format, over a repository whose secrets come
 * through `env:` references, including the error paths: not one secret may
 * appear in anything printed or written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { FAKE_CONTENT_TOKEN, FAKE_SERVER_TOKEN_SECRETS, makeApnsCert, makeContentToken, makeSelfSignedCert, makeServerToken, sharedKey } from '../support/forge-fixtures.js';
import { writeRepo } from '../support/repo.js';

const key = sharedKey();
const publicKey = makeSelfSignedCert({ cn: 'jamf-prod', keyPair: key });
const serverToken = makeServerToken({ cert: publicKey.cert, expiry: new Date('2027-01-10T14:37:38Z') });
const contentToken = makeContentToken({ expDate: '2026-12-01T00:00:00+0000', orgName: 'Acme Corp' });
const otherContentToken = makeContentToken({ expDate: '2027-03-01T00:00:00+0000', orgName: 'Acme Corp', token: 'VPP-OTHER-secret-4f1e9a7c2b8d6e3f0a5c7b9d1e3f5a7c' });

const env = {
  JAMF_DEP_PRIVATE_KEY: key.privateKeyPem,
  VPP_TOKEN_ACME_NYC: contentToken,
  // A secret that is set but broken (cut in half): the error path must not echo it either.
  VPP_TOKEN_ACME_LA: otherContentToken.slice(0, Math.floor(otherContentToken.length / 2)),
};

/** What must never be printed, and the distinctive pieces of each. */
function secretPieces(): string[] {
  const pieces = new Set<string>([...Object.values(FAKE_SERVER_TOKEN_SECRETS), FAKE_CONTENT_TOKEN, 'VPP-OTHER-secret-4f1e9a7c2b8d6e3f0a5c7b9d1e3f5a7c']);
  for (const value of Object.values(env)) {
    pieces.add(value.trim());
    // Each 24-character run of a base64 secret, and each line of the PEM key body.
    for (let at = 0; at + 24 <= value.length; at += 24) pieces.add(value.slice(at, at + 24));
  }
  for (const line of key.privateKeyPem.split('\n')) if (line.length > 20 && !line.startsWith('-----')) pieces.add(line);
  return [...pieces];
}

const ORGANIZATION = `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: acme
spec:
  product: apple-business
  units:
    - { id: hq, name: Acme Corp, primary: true }
    - { id: nyc, name: Acme New York }
    - { id: la, name: Acme Los Angeles }
  roles:
    - id: token-manager
      permissions: [assign-licenses-for-apps-and-books]
  accounts:
    - { id: admin@acme.example, role: organization-administrator }
    - { id: vpp@acme.example, role: token-manager }
  deviceManagementServices:
    - id: jamf-prod
      type: external
      name: Jamf Pro Production
      vendor: jamf
      publicKey:
        ref: file:certs/jamf-prod.pem
      serviceToken:
        ref: file:tokens/jamf-prod_Token_smime.p7m
        privateKey: env:JAMF_DEP_PRIVATE_KEY
        downloadedBy: admin@acme.example
        downloadedAt: 2026-01-10
        expiresAt: 2027-02-10
      apnsCertificate:
        ref: file:certs/jamf-prod-apns.pem
        expiresAt: 2027-02-01
  contentTokens:
    - id: nyc-apps
      unit: nyc
      service: jamf-prod
      ref: env:VPP_TOKEN_ACME_NYC
      downloadedBy: vpp@acme.example
      downloadedAt: 2026-02-01
      expiresAt: 2026-12-01
    - id: la-apps
      unit: la
      service: jamf-prod
      ref: env:VPP_TOKEN_ACME_LA
      downloadedBy: vpp@acme.example
      downloadedAt: 2026-02-01
      expiresAt: 2027-02-01
`;

const root = writeRepo({
  'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\n',
  'organization.yml': ORGANIZATION,
  'certs/jamf-prod.pem': publicKey.certPem,
  'certs/jamf-prod-apns.pem': makeApnsCert({ uuid: '5e7a1c2d-0000-4000-8000-1234567890ab', notAfter: new Date('2027-02-01T00:00:00Z') }).certPem,
  'tokens/jamf-prod_Token_smime.p7m': serverToken,
  // Committed by mistake: the scan must name the file without printing it.
  'leaked/acme.vpptoken': contentToken,
});

async function run(argv: string[]): Promise<{ code: number; output: string }> {
  const io = recordingIo(root, env);
  const code = await runCli(argv, io);
  return { code, output: io.out + io.err };
}

const RUNS: Array<{ name: string; argv: string[]; file?: string }> = [
  ...['text', 'json', 'sarif', 'github', 'markdown', 'html'].map((format) => ({
    name: `validate --format ${format}`,
    argv: ['validate', '.', '--format', format, '--now', '2026-11-23', '--no-color'],
  })),
  { name: 'validate --output', argv: ['validate', '.', '--format', 'json', '--output', 'report.json', '--now', '2026-11-23'], file: 'report.json' },
  { name: 'inspect a server token with the key', argv: ['inspect', 'tokens/jamf-prod_Token_smime.p7m', '--private-key', 'env:JAMF_DEP_PRIVATE_KEY'] },
  { name: 'inspect a server token as json', argv: ['inspect', 'tokens/jamf-prod_Token_smime.p7m', '--private-key', 'env:JAMF_DEP_PRIVATE_KEY', '--format', 'json'] },
  { name: 'inspect a content token', argv: ['inspect', 'leaked/acme.vpptoken', '--format', 'json'] },
  { name: 'inspect a certificate', argv: ['inspect', 'certs/jamf-prod-apns.pem'] },
  { name: 'inspect with a wrong key', argv: ['inspect', 'tokens/jamf-prod_Token_smime.p7m', '--private-key', 'env:VPP_TOKEN_ACME_NYC'] },
  { name: 'inspect a missing key variable', argv: ['inspect', 'tokens/jamf-prod_Token_smime.p7m', '--private-key', 'env:NOT_SET_ANYWHERE'] },
  { name: 'renew --dry-run', argv: ['renew', '.', '--dry-run', '--now', '2026-11-23'] },
  { name: 'renew --dry-run --format json', argv: ['renew', '.', '--dry-run', '--now', '2026-11-23', '--format', 'json'] },
  { name: 'renew without a token', argv: ['renew', '.', '--now', '2026-11-23'] },
  { name: 'explain', argv: ['explain', 'committed-secret'] },
  ...['text', 'json', 'csv', 'ics'].map((format) => ({ name: `tokens --format ${format}`, argv: ['tokens', '.', '--format', format, '--now', '2026-11-23'] })),
];

describe('no secret in any output', () => {
  const pieces = secretPieces();

  for (const { name, argv, file } of RUNS) {
    it(name, async () => {
      const { output } = await run(argv);
      const written = file ? readFileSync(join(root, file), 'utf8') : '';
      expect(output.length + written.length).toBeGreaterThan(0);
      for (const piece of pieces) {
        expect(output.includes(piece), `${name} printed a secret piece`).toBe(false);
        expect(written.includes(piece), `${name} wrote a secret piece`).toBe(false);
      }
    });
  }

  it('really read the secrets it did not print (the run is not trivially clean)', async () => {
    const { output } = await run(['validate', '.', '--format', 'json', '--now', '2026-11-23']);
    const report = JSON.parse(output) as { findings: Array<{ ruleId: string }>; tokens: Array<{ id: string; kind: string; source: string; expiresAt: string }> };
    const rules = report.findings.map((finding) => finding.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['committed-secret', 'token-unreadable', 'declared-expiry-mismatch', 'token-expiry']));
    expect(report.tokens.find((token) => token.kind === 'service-token')).toMatchObject({ source: 'file', expiresAt: '2027-01-10T14:37:38.000Z' });
    expect(report.tokens.find((token) => token.id === 'nyc-apps')).toMatchObject({ source: 'secret' });
  });
});
