import { describe, expect, it } from 'vitest';
import { envReferenceNames, maskEnvSecrets } from '../../src/action/secrets.js';
import { parseInstant } from '../../src/base/dates.js';
import { validateRepository } from '../../src/validate.js';
import { organization, writeRepo } from '../support/repo.js';
import { fakePrivateKeyPem, privateKeyLine } from '../support/pem.js';

describe('env: secrets', () => {
  const root = writeRepo({
    'a.yml': organization(
      'acme',
      `  units:
    - id: hq
      name: Acme
      primary: true
  deviceManagementServices:
    - id: jamf
      type: external
      name: Jamf
      vendor: jamf
      publicKey:
        ref: file:certs/jamf.pem
      serviceToken:
        ref: env:JAMF_TOKEN
        privateKey: env:JAMF_KEY
        expiresAt: 2027-01-01
  contentTokens:
    - id: apps
      unit: hq
      ref: env:VPP_ACME
      expiresAt: 2027-01-01
`,
    ),
    // Invalid documents are walked too: a typo elsewhere must not unmask a secret.
    'b.yml': organization('globex', `  units: 3\n  contentTokens:\n    - ref: env:VPP_GLOBEX\n      note: env:NOT_A_REFERENCE\n`),
  });
  const { model } = validateRepository({ root, now: parseInstant('2026-11-23')! });

  it('finds every ref and privateKey that reads the environment, in every organization document', () => {
    expect(envReferenceNames(model)).toEqual(['JAMF_KEY', 'JAMF_TOKEN', 'VPP_ACME', 'VPP_GLOBEX']);
  });

  it('masks set values, and each line of a multi-line one', () => {
    const masked: string[] = [];
    const pem = fakePrivateKeyPem('MIIEvQIBADANBg');
    const count = maskEnvSecrets(envReferenceNames(model), { JAMF_KEY: pem, VPP_ACME: 'eyJ0b2tlbiI6', VPP_GLOBEX: '', OTHER: 'x' }, (value) => masked.push(value));
    expect(count).toBe(2);
    expect(masked).toEqual([pem, privateKeyLine('BEGIN'), 'MIIEvQIBADANBg', privateKeyLine('END'), 'eyJ0b2tlbiI6']);
  });
});

describe('env: secrets of an APNs certificate', () => {
  const root = writeRepo({
    'a.yml': organization(
      'acme',
      `  deviceManagementServices:
    - id: kandji
      type: external
      name: Kandji
      vendor: kandji
      apnsCertificate:
        ref: env:ACME_KANDJI_APNS
        passphrase: env:KANDJI_P12_PASSPHRASE
        expiresAt: 2027-07-01
`,
    ),
  });
  const { model } = validateRepository({ root, now: parseInstant('2026-11-23')! });

  it("finds the .p12's passphrase beside its ref", () => {
    expect(envReferenceNames(model)).toEqual(['ACME_KANDJI_APNS', 'KANDJI_P12_PASSPHRASE']);
  });
});
