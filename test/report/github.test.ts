import { describe, expect, it } from 'vitest';
import { RULE_METAS } from '../../src/rules/index.js';
import { annotationsOf, capAnnotations } from '../../src/report/annotations.js';
import { escapeData, escapeProperty, formatGithub, workflowCommand } from '../../src/report/github.js';
import { formatReport } from '../../src/report/index.js';
import { fixtureReport } from './fixture-report.js';

describe('--format github', () => {
  it('prints one workflow command per unwaived finding, errors first, paths from the repository root', () => {
    expect(formatGithub(fixtureReport(), { pathPrefix: 'config/' })).toBe(
      [
        '::error file=config/broken.yml,line=3,col=1,endLine=3,endColumn=2,title=yaml-syntax::Unexpected end of flow sequence',
        '::error file=config/customers/acme/organization.yml,line=12,col=13,endLine=12,endColumn=25,title=unresolved-reference::No role `boss|<b>x</b>` in organization `acme`: 100%25 wrong, see [x](javascript:alert(1))',
        '::warning file=config/customers/acme/organization.yml,line=30,col=18,endLine=30,endColumn=28,title=token-expiry::Content token nyc-apps expires on 2026-12-01 (in 8 days):%0Adownload a new one',
        // Spans lines 20-21: GitHub refuses columns on such an annotation, so there are none.
        '::notice file=config/customers/dental/organization.yml,line=20,endLine=21,title=legacy-content-token::Content token old-apps is legacy, user-based',
        '',
      ].join('\n'),
    );
  });

  it('is what formatReport gives for github', () => {
    const options = { color: false, quiet: false, sources: new Map<string, string>(), rules: RULE_METAS, pathPrefix: '' };
    expect(formatReport('github', fixtureReport(), options).split('\n', 1)[0]).toBe(
      '::error file=broken.yml,line=3,col=1,endLine=3,endColumn=2,title=yaml-syntax::Unexpected end of flow sequence',
    );
  });

  it('escapes % CR LF everywhere and : , in properties, as the runner expects', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const command = workflowCommand({ level: 'warning', file: 'odd,dir/x:y.yml', startLine: 1, startColumn: 2, endLine: 3, endColumn: 4, title: 'schema', message: 'm::x' });
    expect(command).toBe('::warning file=odd%2Cdir/x%3Ay.yml,line=1,col=2,endLine=3,endColumn=4,title=schema::m::x');
  });
});

describe('annotation cap', () => {
  it('keeps the first ten of each level and counts the rest', () => {
    const report = fixtureReport();
    const base = report.findings[1]!;
    report.findings = [
      ...Array.from({ length: 12 }, (_, index) => ({ ...base, line: index + 1 })),
      ...Array.from({ length: 3 }, (_, index) => ({ ...base, severity: 'warning' as const, line: 100 + index })),
    ];
    const capped = capAnnotations(annotationsOf(report, ''));
    expect(capped.hidden).toEqual({ error: 2, warning: 0, notice: 0 });
    expect(capped.shown.map((annotation) => `${annotation.level}:${annotation.startLine}`)).toEqual([
      'error:1',
      'error:2',
      'error:3',
      'error:4',
      'error:5',
      'error:6',
      'error:7',
      'error:8',
      'error:9',
      'error:10',
      'warning:100',
      'warning:101',
      'warning:102',
    ]);
  });
});
