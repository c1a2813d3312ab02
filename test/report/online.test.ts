// What `--online` checked and skipped, in the text report, the Markdown job
// summary and the HTML report; absent from offline reports.
import { describe, expect, it } from 'vitest';
import type { OnlineSummary } from '../../src/base/findings.js';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { MAX_SKIPPED_ROWS } from '../../src/report/online.js';
import { formatText } from '../../src/report/text.js';
import { fixtureReport } from './fixture-report.js';

const online: OnlineSummary = {
  organizations: 3,
  checked: { 'apple-business-api': 2, 'device-enrollment-api': 4, 'apps-and-books-api': 5 },
  skipped: [
    { organization: 'beta', api: 'apple-business-api', reason: 'Apple Business Essentials offers no Apple Business API' },
    { organization: 'gamma', api: 'apps-and-books-api', subject: 'hq-apps', reason: '`env:VPP_GAMMA|<b>x</b>` is not set' },
  ],
};

function withOnline(summary: OnlineSummary | undefined) {
  const report = fixtureReport();
  if (summary) report.online = summary;
  else delete report.online;
  return report;
}

describe('the online summary', () => {
  it('text: one line of what Apple answered, then each skipped check with its reason, before the closing count', () => {
    const text = formatText(withOnline(online), { color: false, quiet: true });
    expect(text).toContain(
      [
        'Checked with Apple (3 organizations): answers from the Apple Business API 2, device enrollment (ADE) API 4, Apps and Books API 5.',
        'Not checked (2):',
        '  beta  Apple Business API: Apple Business Essentials offers no Apple Business API',
        '  gamma (hq-apps)  Apps and Books API: `env:VPP_GAMMA|<b>x</b>` is not set',
      ].join('\n'),
    );
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^✖ /);
  });

  it('Markdown: a section with a table of what was skipped, escaped, capped with a count', () => {
    const markdown = formatMarkdown(withOnline(online), { pathPrefix: '' });
    expect(markdown).toContain('### Checked with Apple');
    expect(markdown).toContain('| gamma \\(hq-apps\\) | Apps and Books API | \\`env:VPP\\_GAMMA\\|&lt;b&gt;x&lt;/b&gt;\\` is not set |');
    const many: OnlineSummary = {
      ...online,
      skipped: Array.from({ length: MAX_SKIPPED_ROWS + 7 }, (_, index) => ({
        organization: `org-${index}`,
        api: 'apple-business-api',
        reason: 'no `spec.appleApi` credentials declared',
      })),
    };
    const capped = formatMarkdown(withOnline(many), { pathPrefix: '' });
    expect(capped.split('\n').filter((line) => line.startsWith('| org-'))).toHaveLength(MAX_SKIPPED_ROWS);
    expect(capped).toContain('…and 7 more (see the JSON output).');
    expect(formatMarkdown(withOnline({ ...online, skipped: [] }), { pathPrefix: '' })).toContain('Nothing was skipped');
  });

  it('HTML: a section with a real table, text escaped', () => {
    const html = formatHtml(withOnline(online), { pathPrefix: '' });
    expect(html).toContain('<h2 id="online-heading">Checked with Apple</h2>');
    expect(html).toContain('<th scope="col">Why</th>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>x</b>');
  });

  it('is absent from offline reports, in every format', () => {
    const offline = withOnline(undefined);
    expect(formatText(offline, { color: false, quiet: false })).not.toContain('Checked with Apple');
    expect(formatMarkdown(offline, { pathPrefix: '' })).not.toContain('Checked with Apple');
    expect(formatHtml(offline, { pathPrefix: '' })).not.toContain('online-heading');
  });
});
