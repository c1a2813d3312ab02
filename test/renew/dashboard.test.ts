/**
 * The token dashboard issue against the local GitHub server: created once,
 * edited only when its text changes, one issue even when two runs race, a
 * closed one left closed, and each token linked to its renewal pull request.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DASHBOARD_MARKER } from '../../src/renew/dashboard.js';
import { createGitHubClient, GitHubRepository } from '../../src/github/index.js';
import { commitAs } from '../support/git-repos.js';
import { CONFIG, CONTENT_BRANCH, ORG_FILE, organizationYaml, OWNER, REPO, SERVICE_BRANCH, startFlowBed, stopFlowBed, TOKEN, type FlowBed } from './harness.js';

const DASHBOARD_CONFIG = CONFIG.replace('dashboard: false', 'dashboard: true');
let bed: FlowBed;

beforeEach(async () => {
  bed = await startFlowBed({ 'abm-gitops.yml': DASHBOARD_CONFIG, [ORG_FILE]: organizationYaml() });
});
afterEach(() => stopFlowBed(bed));

function issues() {
  return bed.server.issues(OWNER, REPO);
}

function marked() {
  return issues().filter((issue) => issue.body?.includes(DASHBOARD_MARKER));
}

function issueWrites(since: number): string[] {
  return bed.writes(since).filter((write) => write.includes('/issues') && !/\/issues\/\d+\/(labels|comments)$/.test(write));
}

/** The dashboard's table rows as [status, organization, token, renewal]. */
function rows(body: string | null): string[][] {
  return (body ?? '')
    .split('\n')
    .filter((line) => /^\| \d{4}-/.test(line))
    .map((line) => line.slice(2, -2).split(' | ').slice(2));
}

describe('the token dashboard issue', () => {
  it('is created once, lists every token with its renewal pull request, and is edited only when its text changes', async () => {
    const first = await bed.run('2026-12-28T09:00:00Z');
    expect(first.dashboard).toMatchObject({ action: 'created', number: 3, state: 'open', url: 'https://github.test/acme/config/issues/3' });
    expect(first.failed).toBe(0);
    const [dashboard] = issues();
    expect(issues()).toHaveLength(1);
    expect(dashboard).toMatchObject({ title: 'abm-gitops token dashboard', state: 'open', labels: ['abm-renewal'] });
    expect(dashboard!.body!.startsWith(`${DASHBOARD_MARKER}\n`)).toBe(true);
    const pulls = Object.fromEntries(bed.server.pulls(OWNER, REPO).map((pull) => [pull.head, pull.number]));
    expect(rows(dashboard!.body)).toEqual([
      ['⚠️ expires soon', '`acme`', '`jamf-prod` service token', `#${pulls[SERVICE_BRANCH]}`],
      ['🔁 renewal due', '`acme`', '`nyc-apps` content token', `#${pulls[CONTENT_BRANCH]}`],
    ]);
    expect(dashboard!.body).toContain('| 2027-01-10 | 12 |');

    // Same day: nothing to say, nothing written.
    const before = bed.server.requests.length;
    const second = await bed.run('2026-12-28T18:00:00Z');
    expect(second.dashboard).toMatchObject({ action: 'unchanged', number: 3 });
    expect(bed.writes(before)).toEqual([]);

    // A day later the days left change: the same issue is edited, no other is opened.
    const later = bed.server.requests.length;
    const third = await bed.run('2026-12-29T09:00:00Z');
    expect(third.dashboard).toMatchObject({ action: 'updated', number: 3 });
    expect(issueWrites(later)).toEqual(['PATCH /repos/acme/config/issues/3']);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.body).toContain('| 2027-01-10 | 11 |');
  });

  it("never takes over a person's issue that quotes its marker", async () => {
    const body = `Why does the bot write ${DASHBOARD_MARKER} into its dashboard? My notes follow.`;
    const human = bed.server.openIssueAs(OWNER, REPO, { author: 'dana', title: 'Question about the dashboard', body });
    const result = await bed.run('2026-12-28');
    expect(result.dashboard).toMatchObject({ action: 'created' });
    expect(result.dashboard?.number).not.toBe(human);
    expect(issues().find((issue) => issue.number === human)).toMatchObject({ title: 'Question about the dashboard', body, state: 'open' });
    expect(marked().map((issue) => issue.number)).toEqual([human, result.dashboard?.number]);
  });

  it('stays one issue when two runs create it at the same time', async () => {
    const [clone1, clone2] = await Promise.all([bed.clone(), bed.clone()]);
    const results = await Promise.all([bed.run('2026-12-28', { cloneDir: clone1 }), bed.run('2026-12-28', { cloneDir: clone2 })]);
    expect(results.map((result) => result.dashboard?.action)).not.toContain('failed');
    const open = issues().filter((issue) => issue.state === 'open');
    expect(open).toHaveLength(1);
    expect(marked()).toHaveLength(1);
    expect(new Set(results.map((result) => result.dashboard?.number))).toEqual(new Set([marked()[0]!.number]));
    // Whichever lost the race closed its own copy and took the marker out, so later runs find one.
    for (const retired of issues().filter((issue) => issue.state === 'closed')) expect(retired.body).toMatch(/^Opened by a second `abm-gitops` run at the same time as #\d+/);
    await bed.run('2026-12-29');
    expect(marked()).toHaveLength(1);
  });

  it('ensureIssue: two calls that both find nothing and both create leave one issue with the marker', async () => {
    const adapter = () => new GitHubRepository(createGitHubClient({ token: TOKEN, baseUrl: bed.server.url, throttle: false }), { owner: OWNER, repo: REPO });
    const wanted = { title: 'abm-gitops token dashboard', body: `${DASHBOARD_MARKER}\nbody`, labels: ['abm-renewal'] };
    const results = await Promise.all([adapter().ensureIssue(DASHBOARD_MARKER, wanted), adapter().ensureIssue(DASHBOARD_MARKER, wanted)]);
    // Both looked before either created: two issues exist, and the later one was retired.
    expect(issues().map((issue) => [issue.number, issue.state, issue.body?.includes(DASHBOARD_MARKER)])).toEqual([
      [1, 'open', true],
      [2, 'closed', false],
    ]);
    expect(results.map((result) => [result.number, result.action]).sort()).toEqual([
      [1, 'created'],
      [1, 'unchanged'],
    ]);
    await expect(adapter().ensureIssue(DASHBOARD_MARKER, { ...wanted, body: 'no marker' })).rejects.toThrow(/must start with its marker/);
  });

  it('leaves an issue a person closed closed, still editing it; a deleted marker makes the next run open a new one', async () => {
    await bed.firstRun('2026-12-28');
    const dashboard = issues()[0]!;
    dashboard.state = 'closed';
    dashboard.stateReason = 'completed';
    const result = await bed.run('2026-12-30');
    expect(result.dashboard).toMatchObject({ action: 'updated', state: 'closed', number: dashboard.number });
    expect(dashboard.state).toBe('closed');
    expect(dashboard.body).toContain('| 2027-01-10 | 11 |');
    expect(issues()).toHaveLength(1);

    dashboard.body = dashboard.body!.replace(DASHBOARD_MARKER, '');
    const after = await bed.run('2026-12-30');
    expect(after.dashboard).toMatchObject({ action: 'created', state: 'open' });
    expect(after.dashboard!.number).not.toBe(dashboard.number);
    expect(marked()).toHaveLength(1);
  });

  it('drops the link once the renewal is done on main, and shows a new expiry', async () => {
    await bed.firstRun('2026-12-28');
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml('2027-12-10') }, message: 'Renewed the service token' });
    const result = await bed.run('2026-12-29');
    expect(result.outcomes.find((outcome) => outcome.branch === SERVICE_BRANCH)?.action).toBe('closed');
    expect(rows(issues()[0]!.body)).toEqual([
      ['🔁 renewal due', '`acme`', '`nyc-apps` content token', '#2'],
      ['✅ ok', '`acme`', '`jamf-prod` service token', '—'],
    ]);
  });

  it('is reported as a failed item when GitHub refuses it, after the pull requests are done', async () => {
    bed.server.failNext({ method: 'POST', path: /\/issues$/, times: 5 });
    const result = await bed.run('2026-12-28');
    expect(result.outcomes.map((outcome) => outcome.action)).toEqual(['opened', 'opened']);
    expect(result.dashboard).toMatchObject({ action: 'failed' });
    expect(result.failed).toBe(1);
    const next = await bed.run('2026-12-28');
    expect(next.dashboard).toMatchObject({ action: 'created' });
    expect(marked()).toHaveLength(1);
  });

  it('is not kept with renewal.dashboard: false', async () => {
    await commitAs(bed.bare, { branch: 'main', files: { 'abm-gitops.yml': CONFIG }, message: 'no dashboard' });
    const before = bed.server.requests.length;
    const result = await bed.run('2026-12-28');
    expect(result.dashboard).toBeUndefined();
    expect(bed.server.requests.slice(before).filter((request) => request.path.endsWith('/issues'))).toEqual([]);
    expect(issues()).toEqual([]);
  });
});
