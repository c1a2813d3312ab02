import { describe, expect, it } from 'vitest';
import { detectArtifact } from '../../src/artifacts/index.js';
import { makeKeyPair } from '../support/forge-fixtures.js';
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
