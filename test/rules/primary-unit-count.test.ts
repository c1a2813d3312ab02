import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

describe('primary-unit-count', () => {
  it('fires at the units list when no unit is primary', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `  units:
    - id: hq
      name: HQ
`,
      ),
    });
    expect(findingsOf(report, 'primary-unit-count')).toEqual([expect.objectContaining({ file: 'org.yml', line: 7, column: 3, severity: 'error' })]);
    expect(findingsOf(report, 'primary-unit-count')[0]!.message).toContain('has no primary unit');
  });

  it('fires at each extra `primary: true`', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `  units:
    - id: hq
      name: HQ
      primary: true
    - id: nyc
      name: New York
      primary: true
`,
      ),
    });
    expect(findingsOf(report, 'primary-unit-count')).toEqual([expect.objectContaining({ line: 13, column: 7, severity: 'error' })]);
  });

  it('is quiet with exactly one primary unit', () => {
    const report = validateFiles({
      'org.yml': organization(
        'acme',
        `  units:
    - id: hq
      name: HQ
      primary: true
    - id: nyc
      name: New York
`,
      ),
    });
    expect(report.findings).toEqual([]);
  });
});
