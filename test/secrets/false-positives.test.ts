import { describe, expect, it } from 'vitest';
import { detectArtifact, textSecretKind } from '../../src/artifacts/index.js';
import { makeContentToken, makeKeyPair } from '../support/forge-fixtures.js';
import { privateKeyLine } from '../support/pem.js';

describe('committed-secret detection without false alarms', () => {
  it('does not take a README that quotes the armour for a key', () => {
    expect(detectArtifact(`Never commit files that start with \`${privateKeyLine('BEGIN')}\`.\n`)).toBe('unknown');
    expect(detectArtifact(`${privateKeyLine('BEGIN')}\n...your key here...\n${privateKeyLine('END')}\n`)).toBe('unknown');
  });

  it('does not take a template with an empty access_secret for a decrypted token', () => {
    expect(detectArtifact('{"access_secret": "<fill in>", "access_token_expiry": ""}')).toBe('unknown');
  });

  it('still finds real keys, also indented in YAML or pasted with escaped line breaks', () => {
    const pem = makeKeyPair().privateKeyPkcs8Pem;
    expect(detectArtifact(pem)).toBe('private-key');
    expect(detectArtifact(`key: |\n${pem.replace(/^/gm, '  ')}`)).toBe('private-key');
    expect(detectArtifact(`{"key": ${JSON.stringify(pem)}}`)).toBe('private-key');
  });

  // A backtracking pattern took minutes on a hundred repetitions: the test's timeout is the guard.
  it('stays linear on hostile text after the armour', { timeout: 5_000 }, () => {
    const hostile = `${privateKeyLine('BEGIN')}\n${'a:\\n'.repeat(200_000)}!`;
    expect(detectArtifact(hostile)).toBe('unknown');
  });
});

describe('content tokens pasted inside other files', () => {
  it('are found in a workflow, but a JWT or other base64 JSON is not taken for one', () => {
    const token = makeContentToken({ expDate: '2027-02-01T00:00:00+0000', orgName: 'Acme' });
    expect(textSecretKind(`jobs:\n  x:\n    env:\n      VPP_TOKEN: ${token}\n`)).toBe('content-token');
    const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
    expect(textSecretKind(`token: ${jwt}\n`)).toBeUndefined();
    expect(textSecretKind(`data: ${Buffer.from(JSON.stringify({ hello: 'world', list: [1, 2, 3] })).toString('base64')}\n`)).toBeUndefined();
  });
});
