import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const UNITS = `  units:
    - id: hq
      name: HQ
      primary: true
`;

describe('schema', () => {
  it('reports an unknown key at that key, with "did you mean"', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `  units:
    - id: hq
      name: HQ
      primary: true
      displayNmae: Head office
`,
      ),
    });
    expect(findingsOf(report, 'schema')).toEqual([
      {
        file: 'org.yml',
        line: 11,
        column: 7,
        severity: 'error',
        message: 'Unknown key `displayNmae` in unit `hq`: allowed keys are `id`, `name`, `primary`.',
      },
    ]);
  });

  it('suggests the required key a typo was meant to be, and does not also report it missing', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `  units:
    - id: hq
      nmae: HQ
      primary: true
`,
      ),
    });
    expect(findingsOf(report, 'schema')).toEqual([
      expect.objectContaining({ file: 'org.yml', line: 9, column: 7, message: 'Unknown key `nmae` in unit `hq`: did you mean `name`?' }),
    ]);
  });

  it('reports a missing required key at the entry', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `${UNITS}  accounts:
    - id: admin@acme.example
`,
      ),
    });
    expect(findingsOf(report, 'schema')).toEqual([expect.objectContaining({ line: 12, column: 7, message: 'Account `admin@acme.example` is missing the required key `role`.' })]);
  });

  it('reports a value outside its set with a suggestion', () => {
    const report = validateFiles({ 'org.yml': organization('acme', UNITS, 'apple-busines') });
    expect(findingsOf(report, 'schema')).toEqual([
      expect.objectContaining({ line: 6, column: 3, message: '`apple-busines` is not a valid `product`: did you mean `apple-business`?' }),
    ]);
  });

  it('reports a wrong type', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `  units:
    - id: hq
      name: HQ
      primary: yes
`,
      ),
    });
    expect(findingsOf(report, 'schema')).toEqual([expect.objectContaining({ line: 10, column: 7, message: '`primary` must be `true` or `false`, not a string.' })]);
  });

  it('reports a typo inside a merged mapping at the merge key of the entry that uses it', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `${UNITS}  accounts:
    - &base
      id: one@acme.example
      role: staff
      stauts: active
    - <<: *base
      id: two@acme.example
`,
      ),
    });
    expect(findingsOf(report, 'schema').map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      { line: 15, column: 7, message: 'Unknown key `stauts` in account `one@acme.example`: did you mean `status`?' },
      { line: 16, column: 7, message: 'Unknown key `stauts` in account `two@acme.example`: did you mean `status`?' },
    ]);
  });

  // BUG (reported to the lead): the unit with the typo is left out of the model, so primary-unit-count
  // also reports "no primary unit" although the unit says `primary: true`: one typo, two errors.
  it('reports a typo in the primary unit once, not also as a missing primary unit', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `  units:
    - id: hq
      name: HQ
      primary: true
      colour: blue
`,
      ),
    });
    expect(report.findings.map(({ ruleId, line }) => `${line} ${ruleId}`)).toEqual(['11 schema']);
  });

  it('is quiet on a valid organization', () => {
    expect(validateFiles({ 'org.yml': organization('acme', UNITS) }).findings).toEqual([]);
  });
});
