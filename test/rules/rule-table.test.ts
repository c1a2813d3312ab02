import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/base/findings.js';
import { expectFinding } from '../support/rule-tester.js';

const FINDING: Finding = {
  ruleId: 'primary-unit-count',
  severity: 'error',
  message: 'Organization `acme` has no primary unit.',
  file: 'org.yml',
  line: 7,
  column: 3,
  endLine: 7,
  endColumn: 8,
  organization: 'acme',
  path: 'spec.units',
};

describe('the rule table helper', () => {
  it('accepts a finding that matches every field the expectation gives', () => {
    expectFinding(FINDING, { path: 'spec.units', line: 7, column: 3, messageContains: ['no primary unit'], messageMatches: /^Organization `acme` / }, 'match');
  });

  it('fails on another path, position, severity or message, and on a missing finding', () => {
    expect(() => expectFinding(FINDING, { path: 'spec.units[0]' }, 'path')).toThrow();
    expect(() => expectFinding(FINDING, { path: 'spec.units', column: 4 }, 'column')).toThrow();
    expect(() => expectFinding(FINDING, { path: 'spec.units', severity: 'warning' }, 'severity')).toThrow();
    expect(() => expectFinding(FINDING, { path: 'spec.units', messageContains: ['has two'] }, 'message')).toThrow();
    expect(() => expectFinding(FINDING, { path: 'spec.units', message: 'Organization `acme`' }, 'exact message')).toThrow();
    expect(() => expectFinding(FINDING, { path: 'spec.units', messageExcludes: ['`acme`'] }, 'excluded part')).toThrow();
    expect(() => expectFinding(FINDING, { path: 'spec.units', messageMatches: /^has no/ }, 'pattern')).toThrow();
    expect(() => expectFinding(undefined, { path: 'spec.units' }, 'missing')).toThrow();
  });

  it('requires `path: undefined` to mean a finding without a path', () => {
    expect(() => expectFinding(FINDING, { path: undefined }, 'no path')).toThrow();
    const { path: _path, ...withoutPath } = FINDING;
    expectFinding(withoutPath, { path: undefined, file: 'org.yml' }, 'no path');
  });
});
