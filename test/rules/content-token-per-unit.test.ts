import { organization } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

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

ruleTable(RULE, {
  valid: [
    {
      name: 'entries with the same `ref` or `sha256` count as one token',
      files: orgWithTokens(
        token('one', 'hq', 'ref: env:VPP_HQ') + token('two', 'hq', 'ref: env:VPP_HQ') + token('three', 'nyc', `sha256: ${HASH_A}`) + token('four', 'nyc', `sha256: ${HASH_A}`),
      ),
    },
    {
      name: 'identities chain: a ref match and a hash match make one token',
      files: orgWithTokens(
        token('by-ref', 'hq', 'ref: env:VPP_HQ') +
          token('by-hash', 'hq', `sha256: ${HASH_A}`) +
          ['    - id: both', '      unit: hq', '      ref: env:VPP_HQ', `      sha256: ${HASH_A}`, '      expiresAt: 2027-08-20', ''].join('\n'),
      ),
    },
    { name: 'one token per unit', files: orgWithTokens(token('hq-apps', 'hq', 'ref: env:VPP_HQ') + token('nyc-apps', 'nyc', 'ref: env:VPP_NYC')) },
  ],
  invalid: [
    {
      name: "at the second distinct token's `unit`, naming the first",
      files: orgWithTokens(token('nyc-old', 'nyc', 'ref: env:VPP_NYC_OLD') + token('nyc-new', 'nyc', 'ref: env:VPP_NYC_NEW')),
      findings: [
        {
          path: 'spec.contentTokens[1].unit',
          file: 'org.yml',
          line: 24,
          column: 7,
          severity: 'error',
          messageContains: ['Unit `nyc` of organization `acme` has more than one content token (`nyc-old` at line 19, and `nyc-new`)', 'one Apps and Books content token per unit'],
        },
      ],
    },
    {
      name: 'says "location" for Apple Business Essentials and reports every extra token',
      files: orgWithTokens(token('a', 'hq') + token('b', 'hq') + token('c', 'hq'), 'apple-business-essentials'),
      findings: [
        { path: 'spec.contentTokens[1].unit', line: 24, column: 7 },
        {
          path: 'spec.contentTokens[2].unit',
          line: 28,
          column: 7,
          messageContains: ['Location `hq` of organization `acme` has more than one content token (`a` at line 19, and `c`)'],
        },
      ],
    },
    {
      name: 'entries with neither `ref` nor `sha256` are distinct tokens',
      files: orgWithTokens(token('a', 'nyc') + token('b', 'nyc')),
      findings: [{ path: 'spec.contentTokens[1].unit', line: 24, column: 7 }],
    },
  ],
});
