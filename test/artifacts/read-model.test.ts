import { describe, expect, it } from 'vitest';
import { WRONG_KEY_REASON } from '../../src/artifacts/index.js';
import { readModelArtifacts } from '../../src/artifacts/stage.js';
import { parseInstant } from '../../src/base/dates.js';
import { buildModel } from '../../src/validate.js';
import {
  FAKE_CONTENT_TOKEN,
  FAKE_SERVER_TOKEN_SECRETS,
  makeApnsCert,
  makeContentToken,
  makeKeyPair,
  makeSelfSignedCert,
  makeServerToken,
  sharedKey,
} from '../support/forge-fixtures.js';
import { findingsOf, writeRepo } from '../support/repo.js';
import { contentTokenOrganization, serviceOrganization, validateWithEnv } from '../secrets/artifact-repo.js';
import { cpuMillis } from '../support/cpu-time.js';

const cert = makeSelfSignedCert({ cn: 'jamf-prod', serial: '01' });
const serviceToken = makeServerToken({ cert: cert.cert, expiry: new Date('2027-06-01T14:37:38Z') });
const apns = makeApnsCert({ uuid: '5f0c6a2e-1d3b-4c5a-9e7f-0a1b2c3d4e5f', notAfter: new Date('2027-06-01T08:00:00Z') });
const contentToken = makeContentToken({ expDate: new Date('2027-06-01T10:00:00Z'), orgName: 'Beta' });
const keyPem = sharedKey().privateKeyPem;

/** acme: publicKey (line 20), service token ref (22) and privateKey (23), expiresAt 26; APNs ref 28, expiresAt 29. */
const acme = serviceOrganization('acme', {
  publicKeyRef: 'file:certs/jamf.pem',
  tokenLines: ['ref: file:tokens/jamf.p7m', 'privateKey: env:JAMF_KEY'],
  apnsLines: ['ref: file:certs/apns.pem'],
});
const acmeFiles = { 'org.yml': acme, 'certs/jamf.pem': cert.certPem, 'tokens/jamf.p7m': serviceToken, 'certs/apns.pem': apns.certPem };

function corruptBody(smime: string): string {
  const split = smime.indexOf('\n\n') + 2;
  return `${smime.slice(0, split + 100)}!${smime.slice(split + 101)}`;
}

function expectNothingSecret(text: string): void {
  for (const secret of Object.values(FAKE_SERVER_TOKEN_SECRETS)) expect(text).not.toContain(secret.slice(0, 12));
  expect(text).not.toContain(FAKE_CONTENT_TOKEN);
  expect(text).not.toContain(contentToken.slice(0, 40));
  expect(text).not.toContain('PRIVATE KEY');
  expect(text).not.toContain(keyPem.split('\n')[1]!.slice(0, 40));
}

describe('reading the artifacts behind references', () => {
  it('decrypts the service token with `privateKey: env:…` and lists real expiries with their source', () => {
    const { report } = validateWithEnv(
      { ...acmeFiles, 'apps.yml': contentTokenOrganization('beta', [{ id: 'hq-apps', lines: ['ref: env:VPP_BETA'] }]) },
      { JAMF_KEY: keyPem, VPP_BETA: contentToken },
    );
    expect(report.findings).toEqual([]);
    expect(report.tokens).toEqual([
      { organization: 'acme', kind: 'apns-certificate', id: 'jamf', expiresAt: '2027-06-01T08:00:00.000Z', daysLeft: 190, source: 'file', file: 'org.yml', line: 29, column: 9 },
      { organization: 'beta', kind: 'content-token', id: 'hq-apps', expiresAt: '2027-06-01T10:00:00.000Z', daysLeft: 190, source: 'secret', file: 'apps.yml', line: 15, column: 7 },
      { organization: 'acme', kind: 'service-token', id: 'jamf', expiresAt: '2027-06-01T14:37:38.000Z', daysLeft: 190, source: 'file', file: 'org.yml', line: 26, column: 9 },
    ]);
    expectNothingSecret(JSON.stringify(report));
  });

  it('without the private key reads only the recipient: the expiry stays the declared one', () => {
    const { report, model } = validateWithEnv(acmeFiles);
    expect(report.findings).toEqual([]);
    expect(report.tokens.find((token) => token.kind === 'service-token')).toMatchObject({ source: 'declared', expiresAt: '2027-06-01T00:00:00.000Z' });
    const reading = model.organizations[0]!.artifacts.find((artifact) => artifact.kind === 'service-token')!.reading!;
    expect(reading.expiresAt).toBeUndefined();
    expect(reading.source).toBe('file');
    expect(reading.recipients?.map(({ issuer, serialNumber }) => ({ issuer, serialNumber }))).toEqual([{ issuer: 'CN=jamf-prod', serialNumber: '01' }]);
    expect(model.publicKeys.get(model.organizations[0]!.services[0]!)).toMatchObject({ source: 'file', subject: 'CN=jamf-prod', serialNumber: '01' });
  });

  it('a wrong private key is a token-unreadable warning at `privateKey`, with a plain message and no stack', () => {
    const { report } = validateWithEnv(acmeFiles, { JAMF_KEY: makeKeyPair().privateKeyPem });
    expect(findingsOf(report, 'token-unreadable')).toEqual([
      {
        file: 'org.yml',
        line: 23,
        column: 9,
        severity: 'warning',
        message: `The secret \`env:JAMF_KEY\` (the private key of the service token of service \`jamf\` in organization \`acme\`) is set but cannot be used: ${WRONG_KEY_REASON}; so the token's real expiry is not checked. Put the unencrypted PEM private key of the public key certificate the token was downloaded for in that secret, or leave it unset to read only who the token was made for.`,
      },
    ]);
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['token-unreadable']);
    expect(report.findings[0]!.message).not.toMatch(/\n|Error|\bat \S+:\d+/);
    expect(report.tokens.find((token) => token.kind === 'service-token')!.source).toBe('declared');
    expectNothingSecret(JSON.stringify(report));
  });

  it('a private key secret that is no key at all is reported at `privateKey`', () => {
    const { report } = validateWithEnv(acmeFiles, { JAMF_KEY: 'hunter2' });
    expect(findingsOf(report, 'token-unreadable')).toEqual([expect.objectContaining({ line: 23, column: 9 })]);
    expect(findingsOf(report, 'token-unreadable')[0]!.message).toContain('is set but cannot be used: not a private key: no PEM block and not DER;');
    expect(JSON.stringify(report)).not.toContain('hunter2');
  });

  it.each([
    ['corrupted base64', corruptBody(serviceToken), 'corrupted base64'],
    ['a truncated file', serviceToken.slice(0, 400), 'truncated'],
    ['an empty file', '', 'empty'],
  ])('a service token file with %s is token-unreadable at its `ref`', (_case, content, words) => {
    const { report } = validateWithEnv({ ...acmeFiles, 'tokens/jamf.p7m': content }, { JAMF_KEY: keyPem });
    const findings = findingsOf(report, 'token-unreadable');
    expect(findings).toEqual([expect.objectContaining({ file: 'org.yml', line: 22, column: 9, severity: 'warning' })]);
    expect(findings[0]!.message).toMatch(/^The file behind `file:tokens\/jamf\.p7m` \(the service token of service `jamf` in organization `acme`\) cannot be read: /);
    expect(findings[0]!.message).toContain(words);
    expect(report.tokens.find((token) => token.kind === 'service-token')!.source).toBe('declared');
  });

  it('a .p7m where a certificate is expected (APNs certificate, public key) is artifact-kind-mismatch, not token-unreadable', () => {
    const { report } = validateWithEnv({ ...acmeFiles, 'certs/apns.pem': serviceToken, 'certs/jamf.pem': serviceToken });
    const findings = findingsOf(report, 'artifact-kind-mismatch');
    expect(findings.map(({ line, column }) => [line, column])).toEqual([
      [20, 9],
      [28, 9],
    ]);
    expect(findings[0]!.message).toMatch(
      /^The file behind `file:certs\/jamf.pem` \(the public key certificate of service `jamf` in organization `acme`\) is an ADE server token \(.p7m\), not a certificate: /,
    );
    expect(findings[1]!.message).toContain('(the APNs certificate of service `jamf` in organization `acme`) is an ADE server token (.p7m), not a certificate');
    expect(findingsOf(report, 'token-unreadable')).toEqual([]);
  });

  it('a missing file is token-unreadable; a missing directory too', () => {
    const files = { ...acmeFiles, 'org.yml': acme.replace('file:certs/apns.pem', 'file:nowhere/apns.pem') };
    delete (files as Record<string, string>)['tokens/jamf.p7m'];
    const findings = findingsOf(validateWithEnv(files).report, 'token-unreadable');
    expect(findings.map(({ line }) => line)).toEqual([22, 28]);
    expect(findings[0]!.message).toContain('cannot be read: the file does not exist;');
    expect(findings[1]!.message).toContain('The file behind `file:nowhere/apns.pem`');
  });

  it('an unset or empty `env:` secret is an offline run: no finding, declared dates', () => {
    const files = { 'apps.yml': contentTokenOrganization('beta', [{ id: 'hq-apps', lines: ['ref: env:VPP_BETA'] }]) };
    for (const env of [{}, { VPP_BETA: '' }] as Array<Record<string, string>>) {
      const { report } = validateWithEnv(files, env);
      expect(report.findings).toEqual([]);
      expect(report.tokens[0]).toMatchObject({ source: 'declared', expiresAt: '2027-06-01T00:00:00.000Z' });
    }
  });

  it('a set but garbage `env:` secret is token-unreadable at its `ref`, without echoing the value', () => {
    const files = { 'apps.yml': contentTokenOrganization('beta', [{ id: 'hq-apps', lines: ['ref: env:VPP_BETA'] }]) };
    const { report } = validateWithEnv(files, { VPP_BETA: 'not-the-token-value' });
    expect(findingsOf(report, 'token-unreadable')).toEqual([
      {
        file: 'apps.yml',
        line: 14,
        column: 7,
        severity: 'warning',
        message:
          'The secret `env:VPP_BETA` (the content token `hq-apps` in organization `beta`) is set but cannot be used: not a content token: corrupted base64: it holds characters outside the base64 alphabet; so its real expiry and identity are not checked. Store the whole file downloaded from Apple, unchanged, in that secret, or leave it unset to check the declared dates only.',
      },
    ]);
    expect(JSON.stringify(report)).not.toContain('not-the-token-value');
  });

  it('records the hash of a content token without surrounding whitespace, and the exact one beside it', () => {
    const files = { 'apps.yml': contentTokenOrganization('beta', [{ id: 'hq-apps', lines: ['ref: env:VPP_BETA'] }]) };
    const plain = validateWithEnv(files, { VPP_BETA: contentToken }).model.organizations[0]!.artifacts[0]!.reading!;
    const withNewline = validateWithEnv(files, { VPP_BETA: `${contentToken}\n` }).model.organizations[0]!.artifacts[0]!.reading!;
    expect(plain.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(plain.sha256Exact).toBeUndefined();
    expect(withNewline.sha256).toBe(plain.sha256);
    expect(withNewline.sha256Exact).not.toBe(plain.sha256);
  });

  it('spots one content token behind two `env:` references in two organizations (content-token-shared)', () => {
    const { report } = validateWithEnv(
      {
        'alpha.yml': contentTokenOrganization('alpha', [{ id: 'hq-apps', lines: ['ref: env:VPP_ALPHA'] }]),
        'beta.yml': contentTokenOrganization('beta', [{ id: 'hq-apps', lines: ['ref: env:VPP_BETA'] }]),
      },
      { VPP_ALPHA: contentToken, VPP_BETA: `${contentToken}\n` },
    );
    const findings = findingsOf(report, 'content-token-shared');
    expect(findings).toEqual([expect.objectContaining({ file: 'beta.yml', line: 14, column: 7, severity: 'error' })]);
    expect(findings[0]!.message).toContain('is the same token as `hq-apps` of organization `alpha` (alpha.yml:14), by the same token contents behind its `ref`');
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['content-token-shared']);
    expectNothingSecret(JSON.stringify(report));
  });

  it('costs nothing for declarations without a `ref`: 10,000 organizations in well under a second', () => {
    const root = writeRepo({ 'org.yml': serviceOrganization('acme') });
    const now = parseInstant('2026-11-23')!;
    const model = buildModel(root, now);
    const template = model.organizations[0]!;
    model.organizations = Array.from({ length: 10_000 }, (_, index) => ({ ...template, name: `org-${index}` }));
    expect(cpuMillis(() => readModelArtifacts(model, {})).millis).toBeLessThan(500);
    expect(model.referenceProblems).toEqual([]);
    expect(template.artifacts.every((artifact) => artifact.reading === undefined)).toBe(true);
  });
});
