import { describe, expect, it } from 'vitest';
import { contentTokenName, envName, guessVendor, serverTokenName, slug, uniqueId } from '../../src/import/names.js';

describe("Apple's download names", () => {
  it('reads the service and download time from a server token name, with or without a browser copy suffix', () => {
    expect(serverTokenName('dl/Jamf Pro Production_Token_2026-01-10T14-37-38Z_smime.p7m')).toEqual({
      service: 'Jamf Pro Production',
      conventional: true,
      downloadedAt: new Date('2026-01-10T14:37:38Z'),
    });
    expect(serverTokenName('My_MDM_Token_2026-01-10T14-37-38Z_smime (2).p7m').service).toBe('My_MDM');
    expect(serverTokenName('n-central_Token_2026-02-30_smime.p7m')).toEqual({ service: 'n-central', conventional: true });
    expect(serverTokenName('renamed.p7m')).toEqual({ service: 'renamed', conventional: false });
  });

  it('reads the location from a content token name', () => {
    expect(contentTokenName('sToken_for_Acme New York.vpptoken')).toEqual({ location: 'Acme New York', conventional: true });
    expect(contentTokenName('x/sToken_for_Zürich Büro (1).vpptoken')).toEqual({ location: 'Zürich Büro', conventional: true });
    expect(contentTokenName('nyc.vpptoken')).toEqual({ location: 'nyc', conventional: false });
  });

  it('makes ids, unique ones, and variable names from names', () => {
    expect(slug('Zürich Büro')).toBe('zurich-buro');
    expect(slug('東京')).toBeUndefined();
    const taken = new Set<string>();
    expect([uniqueId('NYC', 'unit', taken), uniqueId('nyc', 'unit', taken), uniqueId('東京', 'unit', taken)]).toEqual(['nyc', 'nyc-2', 'unit']);
    expect(envName('VPP_TOKEN', 'acme', 'new-york')).toBe('VPP_TOKEN_ACME_NEW_YORK');
    expect(envName('9to5', 'key')).toBe('_9TO5_KEY');
  });

  it('guesses the vendor from the service name, else says other', () => {
    expect(guessVendor('Harbor IT N-central')).toEqual({ vendor: 'n-central', guessed: false });
    expect(guessVendor('Microsoft Intune')).toEqual({ vendor: 'intune', guessed: false });
    expect(guessVendor('Our MDM')).toEqual({ vendor: 'other', guessed: true });
  });
});
