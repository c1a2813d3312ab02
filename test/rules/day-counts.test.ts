/**
 * One rounding rule for every day count (issue: a message said "1612 days
 * ago" while `tokens[].daysLeft` said -1613): whole days toward zero, the
 * same in messages, the JSON `tokens` list and the Markdown report.
 */
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/base/dates.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { contentTokenOrganization } from '../secrets/artifact-repo.js';
import { validateFiles } from '../support/repo.js';

const files = { 'org.yml': contentTokenOrganization('acme', [{ id: 'apps', lines: [], expiresAt: '2022-06-01T00:00:00Z' }]) };

describe('day counts', () => {
  it.each([
    // now, what the message says, daysLeft
    ['2026-12-29T14:24:00Z', '1672 days ago', -1672],
    ['2026-12-29T23:59:00Z', '1672 days ago', -1672],
    ['2022-06-01T13:00:00Z', 'today', 0],
    ['2022-05-31T13:00:00Z', 'less than a day left', 0],
    ['2022-05-30T01:00:00Z', '1 day left', 1],
  ])('at %s the message says "%s" and daysLeft is %d', (now, words, daysLeft) => {
    const report = validateFiles(files, now);
    const message = report.findings.find((finding) => finding.ruleId === 'token-expiry')?.message ?? '';
    expect(message).toContain(`(${words})`);
    expect(report.tokens.map((token) => token.daysLeft)).toEqual([daysLeft]);
    expect(formatMarkdown(report, { pathPrefix: '' })).toMatch(new RegExp(String.raw`\| ${daysLeft}( \(expired\))? \|`));
  });

  it('rounds toward zero, never to -0', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const at = (days: number) => new Date(now.getTime() + days * 86_400_000);
    expect([1612.6, 0.4, -0.4, -1612.6].map((days) => daysBetween(now, at(days)))).toEqual([1612, 0, 0, -1612]);
    expect(Object.is(daysBetween(now, at(-0.4)), 0)).toBe(true);
  });
});
