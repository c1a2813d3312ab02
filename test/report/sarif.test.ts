import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/base/dates.js';
import { formatReport } from '../../src/report/index.js';
import { buildSarifLog, fingerprint, FINGERPRINT_KEY, formatSarif } from '../../src/report/sarif.js';
import { toolVersion } from '../../src/report/tool-info.js';
import { docsUrl, RULE_METAS, RULES } from '../../src/rules/index.js';
import { validateRepository } from '../../src/validate.js';
import { organization, writeRepo } from '../support/repo.js';
import { fixtureReport } from './fixture-report.js';

const schema = JSON.parse(readFileSync(new URL('../data/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
// With the formats the schema uses (uri, date-time…) checked, instead of ajv warning "unknown format" on stderr.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
const validateSarif = addFormats(new Ajv({ strict: false, unicodeRegExp: false, allErrors: true })).compile(schema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } };
  }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; justification: string }>;
}

function resultsOf(log: unknown): SarifResult[] {
  return (log as { runs: Array<{ results: SarifResult[] }> }).runs[0]!.results;
}

describe('--format sarif', () => {
  it('passes the official SARIF 2.1.0 schema, with every region starting at line 1 or later', () => {
    const report = fixtureReport();
    report.findings.push({ ...report.findings[0]!, line: 0, column: 0, endLine: 0, endColumn: 0, message: 'whole file' });
    const log = JSON.parse(formatSarif(report, { pathPrefix: 'config/', rules: RULE_METAS })) as unknown;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    for (const result of resultsOf(log)) expect(result.locations[0]!.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
  });

  it('passes the schema for the findings of examples/broken, waived one included', () => {
    const root = new URL('../../examples/broken', import.meta.url).pathname;
    const { report } = validateRepository({ root, now: parseInstant('2026-11-23')! });
    const log = JSON.parse(formatSarif(report, { pathPrefix: 'examples/broken/', rules: RULE_METAS })) as unknown;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const results = resultsOf(log);
    expect(results).toHaveLength(report.findings.length);
    expect(results.filter((result) => (result.suppressions ?? []).length > 0)).toHaveLength(1);
    expect(results.every((result) => Array.isArray(result.suppressions))).toBe(true);
    for (const result of results) expect(result.locations[0]!.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
  });

  it('describes every rule in tool.driver.rules', () => {
    const log = buildSarifLog(fixtureReport(), { pathPrefix: '', rules: RULE_METAS }) as {
      version: string;
      runs: Array<{ tool: { driver: { name: string; version: string; rules: unknown[] } } }>;
    };
    const driver = log.runs[0]!.tool.driver;
    expect(log.version).toBe('2.1.0');
    expect(driver.name).toBe('abm-gitops');
    expect(driver.version).toBe(toolVersion());
    expect(driver.rules).toHaveLength(RULES.length);
    const unresolved = RULES.findIndex((rule) => rule.meta.id === 'unresolved-reference');
    expect(driver.rules[unresolved]).toEqual({
      id: 'unresolved-reference',
      name: 'UnresolvedReference',
      shortDescription: { text: 'A unit, service, role, downloadedBy or units entry names nothing in its organization.' },
      fullDescription: {
        text: `A unit, service, role, downloadedBy or units entry names nothing in its organization. Default severity: error. Documentation: ${docsUrl('unresolved-reference')}`,
      },
      help: {
        text: expect.stringMatching(
          /^`unresolved-reference`\n\nDefault severity: error[\s\S]*\nHow to fix\n[\s\S]*\n\nExamples and details: https:\/\/github.com\/abm-gitops\/abm-gitops\/blob\/main\/docs\/rules\/unresolved-reference.md$/,
        ),
        markdown: expect.stringMatching(
          /^# `unresolved-reference`\n[\s\S]*\n## How to fix\n[\s\S]*\n\n\[Examples and details\]\(https:\/\/github.com\/abm-gitops\/abm-gitops\/blob\/main\/docs\/rules\/unresolved-reference.md\)$/,
        ),
      },
      helpUri: 'https://github.com/abm-gitops/abm-gitops/blob/main/docs/rules/unresolved-reference.md',
      defaultConfiguration: { level: 'error' },
    });
    const names = driver.rules.map((rule) => (rule as { name: string }).name.toLowerCase());
    const ids = driver.rules.map((rule) => (rule as { id: string }).id.toLowerCase());
    expect(names.filter((name, index) => name === ids[index])).toEqual([]);
  });

  it('writes results with rule index, level, repository-relative location, fingerprint and suppressions', () => {
    const report = fixtureReport();
    const results = resultsOf(buildSarifLog(report, { pathPrefix: 'config/', rules: RULE_METAS }));
    const ruleIndex = (id: string) => RULES.findIndex((rule) => rule.meta.id === id);
    expect(results[1]).toEqual({
      ruleId: 'unresolved-reference',
      ruleIndex: ruleIndex('unresolved-reference'),
      level: 'error',
      message: { text: 'No role `boss|<b>x</b>` in organization `acme`: 100% wrong, see [x](javascript:alert(1))' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'config/customers/acme/organization.yml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 13, endLine: 12, endColumn: 25 },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(report.findings[1]!, 'config/customers/acme/organization.yml') },
      suppressions: [],
      properties: { organization: 'acme', path: 'spec.accounts[0].role' },
    });
    expect(results.map((result) => result.level)).toEqual(['error', 'error', 'warning', 'warning', 'note']);
    expect(results[3]!.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'MDM | retired <soon>' }]);
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('config/broken.yml');
  });

  it('fingerprints by rule, file, organization and key path: stable when lines move, different per path', () => {
    const finding = fixtureReport().findings[1]!;
    const print = fingerprint(finding, 'customers/acme/organization.yml');
    expect(print).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint({ ...finding, line: 40, column: 3 }, 'customers/acme/organization.yml')).toBe(print);
    expect(fingerprint({ ...finding, path: 'spec.accounts[1].role' }, 'customers/acme/organization.yml')).not.toBe(print);
    expect(fingerprint(finding, 'other/organization.yml')).not.toBe(print);
    expect(fingerprint({ ...finding, organization: 'globex' }, 'customers/acme/organization.yml')).not.toBe(print);
  });

  it('turns a real validation run with an inline waiver into valid SARIF with an inSource suppression', () => {
    const root = writeRepo({
      'orgs/acme.yml': organization(
        'acme',
        `  units:
    - id: hq
      name: Acme
      primary: true
  accounts:
    - id: a@acme.example
      role: bosss   # abm-gitops-ignore unresolved-reference -- role is being created, IT-12
    - id: b@acme.example
      role: nobody
`,
      ),
    });
    const { report } = validateRepository({ root, now: parseInstant('2026-11-23')! });
    const options = { color: false, quiet: false, sources: new Map<string, string>(), rules: RULE_METAS, pathPrefix: 'config' };
    const log = JSON.parse(formatReport('sarif', report, options)) as unknown;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const results = resultsOf(log).filter((result) => result.ruleId === 'unresolved-reference');
    expect(
      results.map((result) => [result.locations[0]!.physicalLocation.artifactLocation.uri, result.locations[0]!.physicalLocation.region.startLine, result.suppressions]),
    ).toEqual([
      ['config/orgs/acme.yml', 13, [{ kind: 'inSource', status: 'accepted', justification: 'role is being created, IT-12' }]],
      ['config/orgs/acme.yml', 15, []],
    ]);
  });
});
