import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const RULE = 'duplicate-service-name';

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

describe(RULE, () => {
  it("fires at the second service's `name`, naming the first", () => {
    const report = validateFiles({ 'org.yml': orgWithServices('acme', external('jamf-prod', 'Jamf Pro') + external('jamf-test', 'Jamf Pro')) });
    const findings = findingsOf(report, RULE);
    expect(findings).toEqual([expect.objectContaining({ file: 'org.yml', line: 18, column: 7, severity: 'error' })]);
    expect(findings[0]!.message).toContain('Services `jamf-prod` (line 14) and `jamf-test` of organization `acme` are both named "Jamf Pro"');
    expect(findings[0]!.message).toContain('Apple requires a unique name');
  });

  it('compares names ignoring case and surrounding or repeated spaces', () => {
    const report = validateFiles({ 'org.yml': orgWithServices('acme', external('a', 'Jamf Pro') + external('b', '" jamf  PRO "')) });
    const findings = findingsOf(report, RULE);
    expect(findings).toEqual([expect.objectContaining({ line: 18, column: 7 })]);
    expect(findings[0]!.message).toContain('named "Jamf Pro" and "jamf  PRO", the same name but for case or spacing');
  });

  it('ignores the built-in service, other organizations and different names', () => {
    const builtIn = ['    - id: built-in', '      type: built-in', '      name: Jamf Pro', ''].join('\n');
    const report = validateFiles({
      'a.yml': orgWithServices('alpha', builtIn + external('jamf', 'Jamf Pro') + external('jamf-test', 'Jamf Pro Test')),
      'b.yml': orgWithServices('beta', external('jamf', 'Jamf Pro')),
    });
    expect(findingsOf(report, RULE)).toEqual([]);
  });
});
