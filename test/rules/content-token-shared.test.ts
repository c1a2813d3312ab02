import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/base/dates.js';
import { contentTokenShared } from '../../src/rules/catalog/content-token-shared.js';
import { runRules } from '../../src/rules/engine.js';
import { buildModel } from '../../src/validate.js';
import { organization, writeRepo } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';
import { cpuMillis } from '../support/cpu-time.js';

const RULE = 'content-token-shared';
const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

/** Units hq and nyc, services jamf and kandji, and the given content token lines. */
function orgWithTokens(name: string, tokens: string): string {
  return organization(
    name,
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
    - id: kandji
      type: external
      name: Kandji
      vendor: kandji
  contentTokens:
${tokens}`,
  );
}

/** A content token entry (lines start at `- id:`); `extra` lines are inserted after `unit`. */
function token(id: string, unit: string, extra: string[]): string {
  return [`    - id: ${id}`, `      unit: ${unit}`, ...extra.map((line) => `      ${line}`), '      expiresAt: 2027-08-20', ''].join('\n');
}

// In orgWithTokens the first token entry starts at line 23, its extra lines at 25.
ruleTable(RULE, {
  valid: [
    {
      name: '`file:` refs that resolve to different files are different tokens',
      files: {
        'customers/a/organization.yml': orgWithTokens('alpha', token('hq-apps', 'hq', ['ref: file:token.vpptoken'])),
        'customers/b/organization.yml': orgWithTokens('beta', token('hq-apps', 'hq', ['ref: file:token.vpptoken'])),
      },
    },
    {
      name: 'entries with neither `ref` nor `sha256` are distinct tokens, and different refs and hashes different ones',
      files: orgWithTokens(
        'acme',
        token('bare-1', 'hq', ['service: jamf']) +
          token('bare-2', 'nyc', ['service: jamf']) +
          token('hq-apps', 'hq', ['ref: env:VPP_HQ', `sha256: ${HASH_A}`]) +
          token('nyc-apps', 'nyc', ['ref: env:VPP_NYC', `sha256: ${HASH_B}`]),
      ),
    },
  ],
  invalid: [
    {
      name: 'one token uploaded to two services, at the second `service`, naming the first',
      files: orgWithTokens('acme', token('hq-apps', 'hq', ['service: jamf', 'ref: env:VPP_HQ']) + token('hq-apps-again', 'hq', ['service: kandji', 'ref: env:VPP_HQ'])),
      findings: [
        {
          path: 'spec.contentTokens[1].service',
          file: 'org.yml',
          line: 30,
          column: 7,
          severity: 'error',
          messageContains: [
            'Content token `hq-apps-again` of organization `acme` is the same token as `hq-apps` of organization `acme` (org.yml:26), by the same `ref` (`env:VPP_HQ`)',
            'uploaded to `kandji` as well as `jamf`',
            'one MDM provider only',
          ],
        },
      ],
    },
    {
      name: 'one token declared twice in one organization, at `sha256`',
      files: orgWithTokens('acme', token('one', 'hq', ['service: jamf', `sha256: ${HASH_A}`]) + token('two', 'nyc', ['service: jamf', `sha256: ${HASH_A}`])),
      findings: [{ path: 'spec.contentTokens[1].sha256', line: 31, column: 7, messageContains: ['(org.yml:26), by the same `sha256`: one token is declared twice'] }],
    },
    {
      name: 'across organizations (an MSP giving two customers one token), in another file',
      files: {
        'customers/a/organization.yml': orgWithTokens('alpha', token('hq-apps', 'hq', ['service: jamf', `sha256: ${HASH_A}`])),
        'customers/b/organization.yml': orgWithTokens(
          'beta',
          token('hq-apps', 'hq', ['service: jamf', `sha256: ${HASH_B}`]) + token('nyc-apps', 'nyc', ['service: jamf', `sha256: ${HASH_A}`]),
        ),
      },
      findings: [
        {
          path: 'spec.contentTokens[1].sha256',
          file: 'customers/b/organization.yml',
          line: 31,
          column: 7,
          severity: 'error',
          organization: 'beta',
          messageContains: [
            '`nyc-apps` of organization `beta` is the same token as `hq-apps` of organization `alpha` (customers/a/organization.yml:26)',
            "Download this organization's own token",
          ],
        },
      ],
    },
    {
      name: 'every later occurrence, against the first one',
      files: orgWithTokens('acme', token('one', 'hq', ['ref: env:VPP_HQ']) + token('two', 'hq', ['ref: env:VPP_HQ']) + token('three', 'hq', ['ref: env:VPP_HQ'])),
      findings: [1, 2].map((index) => ({
        path: `spec.contentTokens[${index}].ref`,
        line: 25 + 4 * index,
        column: 7,
        messageContains: ['the same token as `one` of organization `acme` (org.yml:25)'],
      })),
    },
    {
      name: '`file:` refs compared by the file they resolve to, not by their text',
      files: {
        'customers/a/organization.yml': orgWithTokens('alpha', token('hq-apps', 'hq', ['ref: file:../shared/token.vpptoken'])),
        'customers/b/organization.yml': orgWithTokens('beta', token('hq-apps', 'hq', ['ref: file:../shared/./token.vpptoken'])),
      },
      findings: [{ path: 'spec.contentTokens[0].ref', file: 'customers/b/organization.yml', line: 25, column: 7 }],
    },
  ],
});

// Model-level: a reading set by hand, and a model too large to write out.
describe(RULE, () => {
  it('treats a matching real hash read from behind the `ref` as the same token', () => {
    const root = writeRepo({
      'a.yml': orgWithTokens('alpha', token('hq-apps', 'hq', ['ref: env:VPP_ALPHA', `sha256: ${HASH_A}`])),
      'b.yml': orgWithTokens('beta', token('hq-apps', 'hq', ['ref: env:VPP_BETA'])),
    });
    const now = parseInstant('2026-11-23')!;
    const model = buildModel(root, now);
    const run = () => runRules(model, [contentTokenShared]);
    expect(run()).toEqual([]);

    // What the artifact readers record after hashing the secret behind `env:VPP_BETA`.
    const beta = model.organizations.find((organization) => organization.name === 'beta')!;
    beta.artifacts.find((artifact) => artifact.kind === 'content-token')!.reading = { source: 'secret', sha256: HASH_A };
    const findings = run();
    expect(findings).toEqual([expect.objectContaining({ ruleId: RULE, file: 'b.yml', line: 25, column: 7, organization: 'beta' })]);
    expect(findings[0]!.message).toContain('same token as `hq-apps` of organization `alpha` (a.yml:26), by the same token contents behind its `ref`');
  });

  it('indexes tokens instead of comparing pairs: 10,000 organizations are checked in a blink', () => {
    const root = writeRepo({ 'org.yml': orgWithTokens('acme', token('hq-apps', 'hq', ['ref: env:VPP_HQ']) + token('nyc-apps', 'nyc', ['ref: env:VPP_NYC'])) });
    const now = parseInstant('2026-11-23')!;
    const model = buildModel(root, now);
    const template = model.organizations[0]!;
    // 20,000 distinct tokens (a pairwise scan would make 200 million comparisons), then one repeat of the very first.
    model.organizations = Array.from({ length: 10_000 }, (_, index) => ({
      ...template,
      name: `org-${index}`,
      contentTokens: template.contentTokens.map((entry) => ({ ...entry, value: { ...entry.value, ref: `env:VPP_${entry.value.unit}_${index}` } })),
    }));
    model.organizations[9_999]!.contentTokens[1]!.value.ref = 'env:VPP_hq_0';
    const { result: reports, millis } = cpuMillis(() => [...contentTokenShared.check({ model, knownRuleIds: new Set([contentTokenShared.meta.id]) })]);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.message).toContain('`nyc-apps` of organization `org-9999` is the same token as `hq-apps` of organization `org-0` (org.yml:25)');
    expect(millis).toBeLessThan(500);
  });
});
