import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const RULE = 'content-token-per-unit';
const HASH_A = 'a'.repeat(64);

/** Units hq (primary) and nyc, one external service, and the given content token lines (entries from line 18). */
function orgWithTokens(tokens: string, product = 'apple-business'): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
    - id: nyc
      name: NYC
  deviceManagementServices:
    - id: jamf
      type: external
      name: Jamf
      vendor: jamf
  contentTokens:
${tokens}`,
    product,
  );
}

/** A four-line content token entry: id, unit, the given line (or a service), expiry. */
function token(id: string, unit: string, line = 'service: jamf'): string {
  return [`    - id: ${id}`, `      unit: ${unit}`, `      ${line}`, '      expiresAt: 2027-08-20', ''].join('\n');
}

describe(RULE, () => {
  it("fires at the second distinct token's `unit`, naming the first", () => {
    const report = validateFiles({ 'org.yml': orgWithTokens(token('nyc-old', 'nyc', 'ref: env:VPP_NYC_OLD') + token('nyc-new', 'nyc', 'ref: env:VPP_NYC_NEW')) });
    const findings = findingsOf(report, RULE);
    expect(findings).toEqual([expect.objectContaining({ file: 'org.yml', line: 24, column: 7, severity: 'error' })]);
    expect(findings[0]!.message).toContain('Unit `nyc` of organization `acme` has more than one content token (`nyc-old` at line 19, and `nyc-new`)');
    expect(findings[0]!.message).toContain('one Apps and Books content token per unit');
  });

  it('says "location" for Apple Business Essentials and reports every extra token', () => {
    const tokens = token('a', 'hq') + token('b', 'hq') + token('c', 'hq');
    const findings = findingsOf(validateFiles({ 'org.yml': orgWithTokens(tokens, 'apple-business-essentials') }), RULE);
    expect(findings.map((finding) => [finding.line, finding.column])).toEqual([
      [24, 7],
      [28, 7],
    ]);
    expect(findings[1]!.message).toContain('Location `hq` of organization `acme` has more than one content token (`a` at line 19, and `c`)');
  });

  it('counts entries with the same `ref` or `sha256` as one token', () => {
    const sameRef = token('one', 'hq', 'ref: env:VPP_HQ') + token('two', 'hq', 'ref: env:VPP_HQ');
    const sameHash = token('three', 'nyc', `sha256: ${HASH_A}`) + token('four', 'nyc', `sha256: ${HASH_A}`);
    expect(findingsOf(validateFiles({ 'org.yml': orgWithTokens(sameRef + sameHash) }), RULE)).toEqual([]);
  });

  it('chains identities: a ref match and a hash match make one token', () => {
    const chained =
      token('by-ref', 'hq', 'ref: env:VPP_HQ') +
      token('by-hash', 'hq', `sha256: ${HASH_A}`) +
      ['    - id: both', '      unit: hq', '      ref: env:VPP_HQ', `      sha256: ${HASH_A}`, '      expiresAt: 2027-08-20', ''].join('\n');
    expect(findingsOf(validateFiles({ 'org.yml': orgWithTokens(chained) }), RULE)).toEqual([]);
  });

  it('treats entries with neither `ref` nor `sha256` as distinct tokens', () => {
    const findings = findingsOf(validateFiles({ 'org.yml': orgWithTokens(token('a', 'nyc') + token('b', 'nyc')) }), RULE);
    expect(findings).toEqual([expect.objectContaining({ line: 24, column: 7 })]);
  });

  it('is quiet with one token per unit', () => {
    const report = validateFiles({ 'org.yml': orgWithTokens(token('hq-apps', 'hq', 'ref: env:VPP_HQ') + token('nyc-apps', 'nyc', 'ref: env:VPP_NYC')) });
    expect(findingsOf(report, RULE)).toEqual([]);
  });
});
