import { organization } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

/** Organization `acme` with the given unit entries. */
function withUnits(units: string): string {
  return organization('acme', `  units:\n${units}`);
}

ruleTable('primary-unit-count', {
  valid: [
    {
      name: 'exactly one primary unit',
      files: withUnits('    - id: hq\n      name: HQ\n      primary: true\n    - id: nyc\n      name: New York\n'),
      noOtherFindings: true,
    },
  ],
  invalid: [
    {
      name: 'no unit is primary: at the units list',
      files: withUnits('    - id: hq\n      name: HQ\n'),
      findings: [{ path: 'spec.units', file: 'org.yml', line: 7, column: 3, severity: 'error', messageContains: ['has no primary unit'] }],
    },
    {
      name: 'two primary units: at the extra `primary: true`',
      files: withUnits('    - id: hq\n      name: HQ\n      primary: true\n    - id: nyc\n      name: New York\n      primary: true\n'),
      findings: [{ path: 'spec.units[1].primary', line: 13, column: 7, severity: 'error' }],
    },
  ],
});
