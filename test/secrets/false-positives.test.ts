import { describe, expect, it } from 'vitest';
import { detectArtifact } from '../../src/artifacts/index.js';
import { textSecretKind } from '../../src/artifacts/stage.js';
import { makeContentToken, makeKeyPair } from '../support/forge-fixtures.js';
import { privateKeyLine } from '../support/pem.js';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

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

describe('content tokens pasted pretty-printed or wrapped into notes', () => {
  const token = makeContentToken({ expDate: '2027-02-01T00:00:00+0000', orgName: 'Acme' });
  const decoded = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as Record<string, string>;

  it('finds the decoded token pretty-printed in Markdown and text', () => {
    const markdown = `# VPP token for Acme\n\nDecoded with \`base64 -d | jq\`:\n\n\`\`\`json\n${JSON.stringify(decoded, null, 2)}\n\`\`\`\n`;
    expect(textSecretKind(markdown)).toBe('content-token');
    expect(textSecretKind(`token details\r\n${JSON.stringify(decoded, null, 4).replace(/\n/g, '\r\n')}\r\n`)).toBe('content-token');
  });

  it('finds the base64 wrapped at 76 columns, also quoted or indented in Markdown', () => {
    const wrapped = token.match(/.{1,76}/g)!.join('\n');
    expect(textSecretKind(`Token:\n\n${wrapped}\n`)).toBe('content-token');
    expect(textSecretKind(`> ${wrapped.replace(/\n/g, '\n> ')}\n`)).toBe('content-token');
    expect(textSecretKind(`    ${wrapped.replace(/\n/g, '\n    ')}\n`)).toBe('content-token');
  });

  it('does not take documentation of the format, with placeholders, for a token', () => {
    const docs = [
      'A content token decodes to `{"token": "<the token>", "expDate": "2030-11-08T22:33:22+0000", "orgName": "Acme"}`.',
      '```json\n{\n  "token": "...",\n  "expDate": "...",\n  "orgName": "..."\n}\n```',
      '{"token": "YOUR_TOKEN_GOES_HERE_PLEASE", "expiry": "2030-11-08"}',
    ];
    expect(docs.map((text) => textSecretKind(text))).toEqual([undefined, undefined, undefined]);
  });
});

describe('committed-secret on a note holding a pretty-printed content token', () => {
  it('reports the Markdown file', () => {
    const token = makeContentToken({ expDate: '2027-02-01T00:00:00+0000', orgName: 'Acme' });
    const decoded = JSON.stringify(JSON.parse(Buffer.from(token, 'base64').toString('utf8')), null, 2);
    const report = validateFiles({ 'org.yml': organization('acme', '  units:\n    - id: hq\n      name: HQ\n      primary: true\n'), 'docs/vpp.md': `# Token\n\n${decoded}\n` });
    expect(findingsOf(report, 'committed-secret').map((finding) => finding.file)).toEqual(['docs/vpp.md']);
  });
});
