import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const UNITS = `  units:
    - id: hq
      name: HQ
      primary: true
`;

describe('duplicate-id', () => {
  it('reports the second unit with the id, at its `id`, naming the first', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `${UNITS}    - id: hq
      name: Branch
`,
      ),
    });
    expect(findingsOf(report, 'duplicate-id')).toEqual([
      {
        file: 'org.yml',
        line: 11,
        column: 7,
        severity: 'error',
        message: 'Unit id `hq` appears twice in organization `acme` (first at line 8, spec.units[0]): references could not tell them apart. Give each entry its own id.',
      },
    ]);
  });

  it('reports every later duplicate in accounts, services and content tokens', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `${UNITS}  accounts:
    - id: admin@acme.example
      role: organization-administrator
    - id: admin@acme.example
      role: staff
    - id: admin@acme.example
      role: staff
`,
      ),
    });
    expect(findingsOf(report, 'duplicate-id').map(({ line, column }) => [line, column])).toEqual([
      [14, 7],
      [16, 7],
    ]);
    expect(findingsOf(report, 'duplicate-id')[0]!.message).toMatch(/^Account id `admin@acme.example` appears twice .*first at line 12, spec.accounts\[0\]/);
  });

  it('does not confuse equal ids in different lists or organizations', () => {
    const report = validateFiles({
      'a.yml': organization(
        'acme',
        `${UNITS}  roles:
    - id: hq
      name: HQ auditors
      permissions: [view-apps-and-books]
`,
      ),
      'b.yml': organization('beta', UNITS),
    });
    expect(report.findings).toEqual([]);
  });

  it('reports two organizations with one name, across files, at the second metadata.name', () => {
    const report = validateFiles({ 'a.yml': organization('acme', UNITS), 'b.yml': organization('acme', UNITS) });
    expect(findingsOf(report, 'duplicate-id')).toEqual([
      {
        file: 'b.yml',
        line: 4,
        column: 3,
        severity: 'error',
        message:
          'Organization name `acme` is already used in a.yml:4: each organization (tenant) needs its own name, or findings, waivers and renewal branches would mix them up. Rename one of them.',
      },
    ]);
  });
});
