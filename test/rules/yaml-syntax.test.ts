import { describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../src/base/findings.js';
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

  describe('a line indented to a column nothing above it uses', () => {
    const syntaxFindings = (report: ValidationReport) => report.findings.filter((finding) => finding.ruleId === 'yaml-syntax');
    const head = 'apiVersion: abm-gitops/v1\nkind: Organization\nmetadata:\n  name: acme\nspec:\n  product: apple-business\n';
    const cases: Array<[string, string, number, number, string]> = [
      // The parser says "Sequence item without - indicator" at column 1.
      [
        'a key one space short of its siblings',
        '  units:\n    - id: hq\n      name: HQ\n     primary: true\n',
        10,
        6,
        '5 spaces, which lines up with no key or list item above it',
      ],
      // "A block sequence may not be used as an implicit map key", also at column 1.
      ['a list item between two list columns', '  units:\n    - id: hq\n      name: HQ\n   - id: b\n', 10, 4, '3 spaces'],
      // "All mapping items must start at the same column".
      ['a top-level key indented by one space', ' roles: []\n', 7, 2, '1 space'],
    ];
    for (const [name, spec, line, endColumn, indented] of cases) {
      it(`${name}: points at the stray indentation and names the columns that fit`, () => {
        const [finding, ...rest] = syntaxFindings(validateFiles({ 'org.yml': `${head}${spec}` }));
        expect(rest).toEqual([]);
        expect(finding).toMatchObject({ file: 'org.yml', line, column: 1, endLine: line, endColumn });
        expect(finding!.message).toContain(`Line ${line} is indented by ${indented}`);
        expect(finding!.message).toMatch(
          /YAML cannot tell which entry it belongs to \(the parser says: [A-Z][^)]+\)\. Indent it to the column of the entry it belongs with: \d+ spaces?, like `[^`]+` on line \d+/,
        );
      });
    }

    it('names the nearest column on each side, and the lines that use them', () => {
      const [finding] = syntaxFindings(validateFiles({ 'org.yml': `${head}  units:\n    - id: hq\n      name: HQ\n     primary: true\n` }));
      expect(finding!.message).toContain('Indent it to the column of the entry it belongs with: 6 spaces, like `name:` on line 9, or 4 spaces, like `- id:` on line 8.');
    });

    it('skips the text of a block scalar above when it counts the columns in use', () => {
      const [finding] = syntaxFindings(validateFiles({ 'org.yml': `${head}  units:\n    - id: hq\n      name: |\n          Head office\n     primary: true\n` }));
      expect(finding!.message).not.toContain('Head office');
      expect(finding!.message).toContain('6 spaces, like `name:` on line 9');
    });

    it('names the keys of the lines it points to, never their values (a token pasted into the YAML stays out of annotations)', () => {
      const secret = 'eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXZhbHVl';
      const [finding] = syntaxFindings(validateFiles({ 'org.yml': `${head}  units:\n    - id: ${secret}\n      name: ${secret}\n     primary: true\n` }));
      expect(finding!.message).toContain('6 spaces, like `name:` on line 9, or 4 spaces, like `- id:` on line 8.');
      expect(finding!.message).not.toContain(secret.slice(0, 8));
    });

    it('counts lines from the start of the file in a later document', () => {
      const first = `${head}  units:\n    - id: hq\n      name: HQ\n      primary: true\n`;
      const [finding] = syntaxFindings(validateFiles({ 'org.yml': `${first}---\n${head.replace('acme', 'beta')}  units:\n    - id: hq\n      name: HQ\n     primary: true\n` }));
      expect(finding).toMatchObject({ line: 21, column: 1, endColumn: 6 });
      expect(finding!.message).toContain('Line 21 is indented by 5 spaces');
      expect(finding!.message).toContain('like `name:` on line 20');
    });

    it("keeps the parser's words when the line does line up with a column above (not an indentation slip)", () => {
      const [finding] = syntaxFindings(validateFiles({ 'org.yml': `${head}  units:\n  - id: hq\n- id: b\n` }));
      expect(finding!.message).toMatch(/^YAML syntax error: /);
    });
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
