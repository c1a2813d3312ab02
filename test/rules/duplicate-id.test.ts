import { organization } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

const UNITS = `  units:
    - id: hq
      name: HQ
      primary: true
`;

ruleTable('duplicate-id', {
  valid: [
    {
      name: 'equal ids in different lists or organizations',
      files: {
        'a.yml': organization(
          'acme',
          `${UNITS}  roles:
    - id: hq
      name: HQ auditors
      permissions: [view-apps-and-books]
`,
        ),
        'b.yml': organization('beta', UNITS),
      },
      noOtherFindings: true,
    },
  ],
  invalid: [
    {
      name: 'the second unit with the id, at its `id`, naming the first',
      files: organization(
        'acme',
        `${UNITS}    - id: hq
      name: Branch
`,
      ),
      findings: [
        {
          path: 'spec.units[1].id',
          file: 'org.yml',
          line: 11,
          column: 7,
          severity: 'error',
          message: 'Unit id `hq` appears twice in organization `acme` (first at line 8, spec.units[0]): references could not tell them apart. Give each entry its own id.',
        },
      ],
    },
    {
      name: 'every later duplicate in accounts',
      files: organization(
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
      findings: [
        {
          path: 'spec.accounts[1].id',
          line: 14,
          column: 7,
          message:
            'Account id `admin@acme.example` appears twice in organization `acme` (first at line 12, spec.accounts[0]): references could not tell them apart. Give each entry its own id.',
        },
        { path: 'spec.accounts[2].id', line: 16, column: 7 },
      ],
    },
    {
      name: 'two organizations with one name, across files, at the second metadata.name',
      files: { 'a.yml': organization('acme', UNITS), 'b.yml': organization('acme', UNITS) },
      findings: [
        {
          path: 'metadata.name',
          file: 'b.yml',
          line: 4,
          column: 3,
          severity: 'error',
          message:
            'Organization name `acme` is already used in a.yml:4: each organization (tenant) needs its own name, or findings, waivers and renewal branches would mix them up. Rename one of them.',
        },
      ],
    },
  ],
});
