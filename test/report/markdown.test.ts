import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_METAS } from '../../src/rules/index.js';
import { formatReport } from '../../src/report/index.js';
import { escapeMarkdown, lineUrl } from '../../src/base/markdown.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { fixtureReport } from './fixture-report.js';

const links = { serverUrl: 'https://github.com', repository: 'acme/it-config', sha: 'abc1234def' };

describe('--format markdown / job summary', () => {
  it('matches the reviewed summary: counts, cap note, findings with line links, tokens by expiry, gantt', () => {
    const expected = readFileSync(new URL('./expected/summary.md', import.meta.url), 'utf8');
    expect(formatMarkdown(fixtureReport(), { pathPrefix: 'config/', links, hiddenAnnotations: { error: 2, warning: 0, notice: 1 } })).toBe(expected);
  });

  it('renders identifiers as code, and escapes pipes and link syntax so YAML values cannot add markup', () => {
    const summary = formatMarkdown(fixtureReport(), { pathPrefix: '' });
    const row = summary.split('\n').find((line) => line.includes('unresolved-reference'))!;
    // Inside a code span `<b>` is shown, not rendered; only the pipe needs its escape there (GitHub splits cells first).
    expect(row).toBe(
      '| ❌ error | [`unresolved-reference`](https://github.com/abm-gitops/abm-gitops/blob/main/docs/rules/unresolved-reference.md) | customers/acme/organization.yml:12:13 | No role `boss\\|<b>x</b>` in organization `acme`: 100% wrong, see \\[x\\]\\(javascript:alert\\(1\\)\\) |',
    );
    expect(row.split(/(?<!\\)\|/).length).toBe(6); // four cells: no pipe escaped the table
    expect(summary.replace(/`[^`\n]+`/g, '')).not.toContain('<b>');
  });

  it('without links shows plain locations, and says when the repository is clean', () => {
    const report = fixtureReport();
    report.findings = [];
    report.tokens = [];
    report.summary = { files: 1, organizations: 1, errors: 0, warnings: 0, infos: 0, waived: 0 };
    const options = { color: false, quiet: false, sources: new Map<string, string>(), rules: RULE_METAS, pathPrefix: '' };
    expect(formatReport('markdown', report, options)).toBe(
      '## abm-gitops\n\n✅ No problems in 1 file, 1 organization, as of 2026-11-23.\n\n### Tokens\n\nNo tokens or certificates with an expiry are declared.\n',
    );
  });

  it('builds line links only from values that look like GitHub’s, encoding the path', () => {
    expect(lineUrl(links, 'dir with space/a(1).yml', 7)).toBe('https://github.com/acme/it-config/blob/abc1234def/dir%20with%20space/a%281%29.yml#L7');
    expect(lineUrl({ ...links, repository: 'evil) [x](y' }, 'a.yml', 1)).toBeUndefined();
    expect(lineUrl({ ...links, sha: 'main' }, 'a.yml', 1)).toBeUndefined();
    expect(lineUrl({ ...links, serverUrl: 'javascript:alert(1)' }, 'a.yml', 1)).toBeUndefined();
  });

  it('flattens newlines and truncates very long values', () => {
    expect(escapeMarkdown('a\r\nb\nc')).toBe('a b c');
    expect(escapeMarkdown('x'.repeat(20), 5)).toBe('xxxxx…');
  });
});
