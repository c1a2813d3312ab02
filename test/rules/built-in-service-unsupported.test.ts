import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const RULE = 'built-in-service-unsupported';

const BUILT_IN_SERVICE = `  units:
    - id: hq
      name: HQ
      primary: true
  deviceManagementServices:
    - id: built-in
      type: built-in
`;

describe(RULE, () => {
  it('fires at `type: built-in` in Apple Business Manager', () => {
    const findings = findingsOf(validateFiles({ 'org.yml': organization('contoso', BUILT_IN_SERVICE, 'apple-business-manager') }), RULE);
    expect(findings).toEqual([expect.objectContaining({ file: 'org.yml', line: 13, column: 7, severity: 'error' })]);
    expect(findings[0]!.message).toContain(
      'Service `built-in` of organization `contoso` is declared `type: built-in`, but Apple Business Manager has no built-in device management service',
    );
  });

  it('is quiet in Apple Business and Apple Business Essentials, which have one', () => {
    for (const product of ['apple-business', 'apple-business-essentials']) {
      expect(findingsOf(validateFiles({ 'org.yml': organization('acme', BUILT_IN_SERVICE, product) }), RULE)).toEqual([]);
    }
  });
});
