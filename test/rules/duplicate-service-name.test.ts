import { organization } from '../support/repo.js';
import { ruleTable } from '../support/rule-tester.js';

/** One primary unit, then the given service entries (from line 11). */
function orgWithServices(name: string, services: string): string {
  return organization(
    name,
    `  units:
    - id: hq
      name: HQ
      primary: true
  deviceManagementServices:
${services}`,
  );
}

function external(id: string, name: string): string {
  return [`    - id: ${id}`, '      type: external', `      name: ${name}`, '      vendor: jamf', ''].join('\n');
}

const builtIn = ['    - id: built-in', '      type: built-in', '      name: Jamf Pro', ''].join('\n');

ruleTable('duplicate-service-name', {
  valid: [
    {
      name: 'the built-in service, other organizations and different names',
      files: {
        'a.yml': orgWithServices('alpha', builtIn + external('jamf', 'Jamf Pro') + external('jamf-test', 'Jamf Pro Test')),
        'b.yml': orgWithServices('beta', external('jamf', 'Jamf Pro')),
      },
    },
  ],
  invalid: [
    {
      name: "at the second service's `name`, naming the first",
      files: orgWithServices('acme', external('jamf-prod', 'Jamf Pro') + external('jamf-test', 'Jamf Pro')),
      findings: [
        {
          path: 'spec.deviceManagementServices[1].name',
          file: 'org.yml',
          line: 18,
          column: 7,
          severity: 'error',
          messageContains: ['Services `jamf-prod` (line 14) and `jamf-test` of organization `acme` are both named "Jamf Pro"', 'Apple requires a unique name'],
        },
      ],
    },
    {
      name: 'names compared ignoring case and surrounding or repeated spaces',
      files: orgWithServices('acme', external('a', 'Jamf Pro') + external('b', '" jamf  PRO "')),
      findings: [
        { path: 'spec.deviceManagementServices[1].name', line: 18, column: 7, messageContains: ['named "Jamf Pro" and "jamf  PRO", the same name but for case or spacing'] },
      ],
    },
  ],
});
