import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const UNITS = `  units:
    - id: hq
      name: HQ
      primary: true
`;

describe('yaml-syntax', () => {
  it('reports a key written twice at the second key', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `  units:
    - id: hq
      name: HQ
      name: Head office
      primary: true
`,
      ),
    });
    expect(findingsOf(report, 'yaml-syntax')).toEqual([
      {
        file: 'org.yml',
        line: 10,
        column: 7,
        severity: 'error',
        message: 'Map keys must be unique: a key appears twice in one mapping, and YAML keeps only one of them. Remove or rename the duplicate.',
      },
    ]);
    // The broken document is not half-checked: no other finding comes from it.
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['yaml-syntax']);
  });

  it('reports tabs used as indentation where the tab is', () => {
    const report = validateFiles({ 'org.yml': 'apiVersion: abm-gitops/v1\nkind: Organization\nmetadata:\n\tname: acme\n' });
    expect(findingsOf(report, 'yaml-syntax')).toEqual([expect.objectContaining({ file: 'org.yml', line: 4, column: 1, severity: 'error' })]);
    expect(findingsOf(report, 'yaml-syntax')[0]!.message).toContain('YAML indentation must use spaces, not tabs');
  });

  it('reports an unclosed flow list where the parser stops (the end of the file)', () => {
    const report = validateFiles({ 'org.yml': organization('acme', '  units: [{id: hq, name: HQ, primary: true}\n') });
    const [finding, ...rest] = findingsOf(report, 'yaml-syntax');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'org.yml', line: 8, column: 1, severity: 'error' });
    expect(finding!.message).toMatch(/^YAML syntax error: .*\]/);
  });

  it('reports a file that is not UTF-8 at its start', () => {
    const bytes = Buffer.concat([Buffer.from(organization('acme', UNITS)), Buffer.from([0xff, 0xfe, 0x0a])]);
    const report = validateFiles({ 'org.yml': bytes });
    expect(findingsOf(report, 'yaml-syntax')).toEqual([
      {
        file: 'org.yml',
        line: 1,
        column: 1,
        severity: 'error',
        message: 'This file cannot be parsed: this file is not valid UTF-8 text: save it as UTF-8.',
      },
    ]);
  });

  it('reports a binary file that declares our apiVersion', () => {
    const bytes = Buffer.concat([Buffer.from('apiVersion: abm-gitops/v1\n'), Buffer.from([0, 1, 2])]);
    const report = validateFiles({ 'org.yml': bytes });
    expect(findingsOf(report, 'yaml-syntax')).toEqual([
      expect.objectContaining({ file: 'org.yml', line: 1, column: 1, message: 'This file cannot be parsed: this is a binary file (it contains NUL bytes), not YAML text.' }),
    ]);
  });

  it('ignores a broken file that is not ours', () => {
    const report = validateFiles({
      'org.yml': organization('acme', UNITS),
      'k8s/deployment.yml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: "broken\n',
    });
    expect(report.findings).toEqual([]);
    expect(report.summary.files).toBe(1);
  });

  it('still checks the valid documents of a partly broken multi-document file', () => {
    const report = validateFiles({
      'orgs.yml': `${organization('first', '  units:\n    - id: hq\n      name: First\n')}---
apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: second
  name: second-again
---
${organization('third', UNITS)}`,
    });
    expect(report.findings.map(({ ruleId, line, column, organization: org }) => ({ ruleId, line, column, org }))).toEqual([
      { ruleId: 'primary-unit-count', line: 7, column: 3, org: 'first' },
      { ruleId: 'yaml-syntax', line: 15, column: 3, org: undefined },
    ]);
    expect(report.summary.organizations).toBe(2);
  });

  it('is quiet on valid YAML', () => {
    expect(validateFiles({ 'org.yml': organization('acme', UNITS) }).findings).toEqual([]);
  });
});
