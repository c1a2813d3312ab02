import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/base/dates.js';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const UNITS = '  units: [{ id: hq, name: HQ, primary: true }]\n';

describe('schema messages name what is there', () => {
  it('a `!!timestamp` date is called a timestamp, not a mapping', () => {
    const report = validateFiles({
      'org.yml': organization('acme', `${UNITS}  accounts:\n    - { id: a@acme.example, role: people-manager, passwordChangedAt: !!timestamp 2026-02-03 }\n`),
    });
    expect(findingsOf(report, 'schema').map((finding) => finding.message)).toEqual(['`passwordChangedAt` must be a string, not a YAML timestamp (`!!timestamp`).']);
  });

  it('a list entry is named by its list and index, never "a valid This entry"', () => {
    const report = validateFiles({ 'org.yml': organization('acme', UNITS).replace('  name: acme\n', '  name: acme\n  owners: [dana]\n') });
    expect(findingsOf(report, 'schema').map((finding) => finding.message)).toEqual(['`dana` is not a valid entry of `owners`: expected a GitHub `@user` or `@org/team`.']);
  });
});

describe('values echoed in schema messages', () => {
  const expiryMessage = (value: string): string => {
    const report = validateFiles({
      'org.yml': organization('acme', `${UNITS}  contentTokens:\n    - { id: hq-vpp, unit: hq, location: HQ, expiresAt: ${value} }\n`),
    });
    return findingsOf(report, 'schema')
      .map((finding) => finding.message)
      .join('\n');
  };

  it('a typo is quoted, so it can be seen and fixed', () => {
    expect(expiryMessage('2027-13-01')).toContain('`2027-13-01`');
  });

  it('a credential pasted into the wrong field is described, never repeated', () => {
    const pasted = 'kT9vQ2xLm4ZpR7sW1yB';
    const message = expiryMessage(pasted);
    expect(message).not.toContain(pasted);
    expect(message).toContain(`a ${pasted.length}-character string that looks like a credential`);
  });

  it('a UUID or a long kebab-case id is not mistaken for a credential', () => {
    expect(expiryMessage('3fa85f64-5717-4562-b3fc-2c963f66afa6')).toContain('`3fa85f64-5717-4562-b3fc-2c963f66afa6`');
  });
});

describe('the calendar of years 0–99', () => {
  it('0000-02-29 is a real date (year 0 is a leap year), 0100-02-29 is not', () => {
    expect(parseInstant('0000-02-29')?.toISOString()).toBe('0000-02-29T00:00:00.000Z');
    expect(parseInstant('0004-02-29')?.toISOString()).toBe('0004-02-29T00:00:00.000Z');
    expect(parseInstant('0100-02-29')).toBeUndefined();
    expect(parseInstant('0001-02-29')).toBeUndefined();
  });
});
