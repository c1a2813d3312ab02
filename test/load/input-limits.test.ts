import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/load/index.js';
import { parseSource } from '../../src/load/parse.js';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const UNITS = `  units:
    - id: hq
      name: HQ
      primary: true
`;
const ROLE = `  roles:
    - id: auditor
      name: Auditor
      permissions: [view-apps-and-books]
`;

function limits(lines: string): string {
  return `apiVersion: abm-gitops/v1\nkind: Config\nlimits:\n${lines}`;
}

describe('input-limit', () => {
  it('refuses a document nested deeper than maxDepth, at the first node too deep, and reads nothing of it', () => {
    const report = validateFiles({ 'abm-gitops.yml': limits('  maxDepth: 3\n'), 'org.yml': organization('acme', UNITS + ROLE) });
    expect(findingsOf(report, 'input-limit')).toEqual([
      {
        file: 'org.yml',
        line: 14,
        column: 20,
        severity: 'error',
        message: 'This document nests deeper than 3 levels (limits.maxDepth): flatten it or raise the limit in abm-gitops.yml.',
      },
    ]);
    expect(report.findings).toHaveLength(1);
    expect(report.summary.organizations).toBe(0);
  });

  it('accepts the same document at the default depth', () => {
    expect(validateFiles({ 'org.yml': organization('acme', UNITS + ROLE) }).findings).toEqual([]);
  });

  it('refuses an alias bomb over maxAliasCount', () => {
    const bomb = `${organization('acme', UNITS)}  roles:
    - id: a
      name: &a [x, x, x, x, x, x, x, x, x, x]
      permissions: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
    - id: b
      name: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
      permissions: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
`;
    const report = validateFiles({ 'abm-gitops.yml': limits('  maxAliasCount: 50\n'), 'org.yml': bomb });
    expect(findingsOf(report, 'input-limit')).toEqual([
      {
        file: 'org.yml',
        line: 16,
        column: 29,
        severity: 'error',
        message: 'This document expands more than 50 aliases (limits.maxAliasCount), as an alias bomb would: remove the nested aliases or raise the limit.',
      },
    ]);
    expect(report.findings).toHaveLength(1);
  });

  it('refuses a file over maxFileBytes at its start without parsing it, and ignores oversized files that are not ours', () => {
    const padding = `# ${'x'.repeat(300)}\n`;
    const report = validateFiles({
      'abm-gitops.yml': limits('  maxFileBytes: 200\n'),
      'org.yml': organization('acme', UNITS) + padding,
      'other.yml': `apiVersion: apps/v1\n${padding}`,
    });
    expect(findingsOf(report, 'input-limit')).toEqual([
      {
        file: 'org.yml',
        line: 1,
        column: 1,
        severity: 'error',
        message: `This file is ${Buffer.byteLength(organization('acme', UNITS) + padding)} bytes, over the 200-byte cap (limits.maxFileBytes), so it was not parsed: split it into one file per organization or raise the limit in abm-gitops.yml.`,
      },
    ]);
    expect(report.summary).toMatchObject({ files: 1, organizations: 0 });
  });
});

describe('a document with an error at every character', () => {
  it("keeps only its first error, the one its finding is made of, as yaml's own parse gives it", () => {
    const text = `a: [${','.repeat(1000)}]\n---\nb: {${','.repeat(10)}}\n---\nc: 1\n`;
    const { file, problems } = parseSource('org.yml', '/nowhere/org.yml', text, DEFAULT_LIMITS);
    const reference = parseAllDocuments(text);
    expect(reference.map((document) => document.errors.length)).toEqual([1000, 10, 0]);
    expect(file.syntaxTrees!.map((document) => document.errors.length)).toEqual([1, 1, 0]);
    file.syntaxTrees!.forEach((document, index) => {
      expect(document.errors.map(({ code, pos }) => ({ code, pos }))).toEqual(reference[index]!.errors.slice(0, 1).map(({ code, pos }) => ({ code, pos })));
    });
    expect(problems.map(({ ruleId, region }) => [ruleId, region.line, region.column])).toEqual([
      ['yaml-syntax', 1, 6],
      ['yaml-syntax', 3, 6],
    ]);
  });

  it('leaves Error.stackTraceLimit as it was (the parse turns stack traces off for its own run)', () => {
    const limit = Error.stackTraceLimit;
    parseSource('org.yml', '/nowhere/org.yml', `a: [${','.repeat(5000)}]\n`, DEFAULT_LIMITS);
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
