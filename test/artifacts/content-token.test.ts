import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentTokenHashMatches, parseAppleDate, readContentToken } from '../../src/artifacts/index.js';
import { DAMAGED_CONTENT_TOKEN } from '../../src/artifacts/content-token.js';
import { FAKE_CONTENT_TOKEN, makeContentToken } from '../support/forge-fixtures.js';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('reading a content token', () => {
  test('org name, expiry with a +0000 offset, and the sha256 of the exact bytes', () => {
    const file = makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme Corp' });
    const result = readContentToken(new Uint8Array(Buffer.from(file)));
    expect(result).toEqual({
      ok: true,
      kind: 'content-token',
      orgName: 'Acme Corp',
      expiresAt: new Date('2030-11-08T22:33:22Z'),
      sha256: sha256(file),
      sha256Trimmed: sha256(file),
    });
    expect(JSON.stringify(result)).not.toContain(FAKE_CONTENT_TOKEN);
  });

  test('a trailing newline is accepted; sha256 covers it, sha256Trimmed does not', () => {
    const file = makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme Corp' });
    const withNewline = readContentToken(`${file}\n`);
    if (!withNewline.ok) throw new Error(withNewline.reason);
    expect([withNewline.sha256, withNewline.sha256Trimmed]).toEqual([sha256(`${file}\n`), sha256(file)]);
    expect(contentTokenHashMatches(withNewline, sha256(file).toUpperCase())).toBe(true);
    expect(contentTokenHashMatches(withNewline, sha256(`${file}\n`))).toBe(true);
    expect(contentTokenHashMatches(withNewline, sha256('another token'))).toBe(false);
  });

  test('a UTF-8 byte order mark reads like a file without one, and is left out of sha256Trimmed', () => {
    const file = makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme Corp' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${file}\r\n`)]);
    const fromFile = readContentToken(new Uint8Array(withBom));
    const fromSecret = readContentToken(`\uFEFF${file}`);
    for (const result of [fromFile, fromSecret]) {
      if (!result.ok) throw new Error(result.reason);
      expect([result.orgName, result.expiresAt, result.sha256Trimmed]).toEqual(['Acme Corp', new Date('2030-11-08T22:33:22Z'), sha256(file)]);
    }
    expect(fromFile.ok && fromFile.sha256).toBe(createHash('sha256').update(withBom).digest('hex'));
  });

  test('a token cut off anywhere after its first field is a damaged content token', () => {
    const file = makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme Corp' });
    const reasons = new Set(
      [12, 40, 80, file.length - 8, file.length - 1].map((length) => {
        const result = readContentToken(file.slice(0, length));
        return result.ok ? 'ok' : result.reason;
      }),
    );
    expect([...reasons]).toEqual([DAMAGED_CONTENT_TOKEN]);
    expect(DAMAGED_CONTENT_TOKEN).toMatch(/^a damaged content token: .*download it again/);
  });

  test('other offsets and Apple dates', () => {
    expect(parseAppleDate('2030-11-08T22:33:22+0530')).toEqual(new Date('2030-11-08T17:03:22Z'));
    expect(parseAppleDate('2030-11-08T22:33:22-0800')).toEqual(new Date('2030-11-09T06:33:22Z'));
    expect(parseAppleDate('2030-11-08T22:33:22+00:00')).toEqual(new Date('2030-11-08T22:33:22Z'));
    expect(parseAppleDate('soon')).toBeUndefined();
  });

  test('failures name the problem and never the token', () => {
    const cases = [
      'apiVersion: abm-gitops/v1\n',
      'Content-Type: application/pkcs7-mime\n\nMIIB',
      'not base64 at all!',
      base64('plain text, not json'),
      base64('[1,2]'),
      base64(JSON.stringify({ token: FAKE_CONTENT_TOKEN, orgName: 'Acme' })),
      base64(JSON.stringify({ token: FAKE_CONTENT_TOKEN, expDate: 'soon', orgName: 'Acme' })),
      makeContentToken({ expDate: '2030-11-08T22:33:22+0000', orgName: 'Acme' }).slice(0, -3),
    ];
    const results = cases.map((text) => readContentToken(text));
    expect(results).toEqual([
      { ok: false, reason: 'not a content token: it has headers or PEM markers (a .vpptoken is plain base64)' },
      { ok: false, reason: 'not a content token: it has headers or PEM markers (a .vpptoken is plain base64)' },
      { ok: false, reason: 'not a content token: corrupted base64: it holds characters outside the base64 alphabet' },
      { ok: false, reason: 'not a content token: the base64 does not decode to JSON' },
      { ok: false, reason: 'not a content token: the decoded JSON is not an object' },
      { ok: false, reason: 'not a content token: the expDate field is missing' },
      { ok: false, reason: 'content token has an unreadable expDate (Apple writes one such as 2027-01-10T14:37:38+0000)' },
      { ok: false, reason: DAMAGED_CONTENT_TOKEN },
    ]);
    expect(JSON.stringify(results)).not.toContain(FAKE_CONTENT_TOKEN);
  });
});
