import { describe, expect, it } from 'vitest';
import type { Region } from '../../src/base/findings.js';
import { ModelArtifact } from '../../src/model/compact.js';
import type { Organization } from '../../src/model/types.js';

function artifact(expiresAt: Date, downloadedAt: Date | undefined, region: Region): ModelArtifact {
  return new ModelArtifact(
    'content-token',
    'hq-apps',
    {} as Organization,
    ['spec', 'contentTokens', 0],
    { id: 'hq-apps' } as never,
    undefined,
    undefined,
    expiresAt,
    downloadedAt,
    region,
  );
}

describe('ModelArtifact', () => {
  it('gives back every instant exactly: midnight days, times of day, near 1970, before it, far ahead', () => {
    const instants = [
      '2027-01-10T00:00:00Z',
      '2027-01-10T09:00:00Z',
      '2027-01-10T09:00:00.123Z',
      '1970-01-01T00:00:00Z',
      '1970-01-01T00:00:00.001Z',
      '1970-01-05T07:00:00Z',
      '1969-12-31T23:59:59.999Z',
      '1969-12-20T00:00:00Z',
      '1950-06-01T12:30:00Z',
      '9999-12-31T23:59:59.999Z',
      '-000001-01-01T00:00:00Z',
    ].map((text) => new Date(text));
    for (const instant of instants) {
      for (const downloaded of [undefined, instant]) {
        const made = artifact(instant, downloaded, { line: 3, column: 7, endLine: 3, endColumn: 17 });
        expect(made.expiresAt.getTime()).toBe(instant.getTime());
        expect(made.downloadedAt?.getTime()).toBe(downloaded?.getTime());
        expect(made.expiresAt).not.toBe(made.expiresAt);
      }
    }
  });

  it('gives back every region exactly: one line, several lines, wide columns', () => {
    const regions: Region[] = [
      { line: 1, column: 1, endLine: 1, endColumn: 1 },
      { line: 120, column: 19, endLine: 120, endColumn: 29 },
      { line: 4, column: 5, endLine: 6, endColumn: 2 },
      { line: 2, column: 40_000, endLine: 2, endColumn: 40_010 },
      { line: 2, column: 30_000, endLine: 2, endColumn: 32_767 },
      { line: 2, column: 30_000, endLine: 2, endColumn: 32_768 },
      { line: 1_000_000, column: 3, endLine: 1_000_000, endColumn: 9 },
    ];
    for (const region of regions) {
      const made = artifact(new Date('2027-01-10'), undefined, region);
      expect(made.expiresAtRegion).toEqual(region);
      expect(made.expiresAtRegion).not.toBe(made.expiresAtRegion);
    }
  });
});
