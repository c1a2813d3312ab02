import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closedPort } from '../support/closed-port.js';
import { branchSha, commitAs, gitAs } from '../support/git-repos.js';
import { actions, CONTENT_BRANCH, ORG_FILE, organizationYaml, OWNER, pullSummary, REPO, SERVICE_BRANCH, startFlowBed, stopFlowBed, type FlowBed } from './harness.js';

let bed: FlowBed;

beforeEach(async () => {
  bed = await startFlowBed();
});
afterEach(() => stopFlowBed(bed));

const BOTH_OPEN = [`${SERVICE_BRANCH} open`, `${CONTENT_BRANCH} open`];
const openPulls = () => pullSummary(bed).map((pull) => `${pull.head} ${pull.state}`);
const pullCreations = (since: number) => bed.writes(since).filter((write) => write.startsWith('POST') && write.endsWith('/pulls'));

/** A port nothing listens on: taken, then released. */

describe('renewal faults: the next run converges, nothing lost, nothing duplicated', () => {
  it('reports a push origin refuses as a failed item, opens no pull request, and converges once it accepts', async () => {
    const hook = join(bed.bare, 'hooks/pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "branch protected" >&2\nexit 1\n', { mode: 0o755 });
    const refused = await bed.run('2026-12-28');
    expect(actions(refused)).toEqual([`failed ${SERVICE_BRANCH}`, `failed ${CONTENT_BRANCH}`]);
    expect(refused.outcomes[1]?.pushed).toBe(false);
    expect(refused.outcomes[0]?.message).toBe(`origin refused the push of ${SERVICE_BRANCH} (a protected branch or a hook?)`);
    expect(refused.failed).toBe(2);
    expect(bed.server.pulls(OWNER, REPO)).toEqual([]);

    await rm(hook);
    const next = await bed.run('2026-12-28');
    expect(actions(next)).toEqual([`opened ${SERVICE_BRANCH} #1`, `opened ${CONTENT_BRANCH} #2`]);
    expect(openPulls()).toEqual(BOTH_OPEN);
  });

  it('stops with one clean line when origin cannot be reached, having touched nothing', async () => {
    const clone = await bed.clone('offline');
    await gitAs(clone).raw(['remote', 'set-url', 'origin', join(bed.scratch.root, 'moved.git')]);
    const before = bed.server.requests.length;
    const result = await bed.run('2026-12-28', { cloneDir: clone });
    expect(result.error).toMatch(/^git could not fetch main on origin: fatal: .*moved\.git/);
    expect(result.failed).toBe(1);
    expect(result.plan).toBeUndefined();
    expect(bed.writes(before)).toEqual([]);

    await gitAs(clone).raw(['remote', 'set-url', 'origin', bed.bare]);
    expect(actions(await bed.run('2026-12-28', { cloneDir: clone }))).toEqual([`opened ${SERVICE_BRANCH} #1`, `opened ${CONTENT_BRANCH} #2`]);
  });

  it('stops cleanly when GitHub cannot be reached, and never shows the token', async () => {
    const port = await closedPort();
    const result = await bed.run('2026-12-28', { apiUrl: `http://127.0.0.1:${port}` });
    expect(result.error).toBe(`GitHub API: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(result.error).not.toContain('ghs_');
    expect(result.failed).toBe(1);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBeNull();
  });

  it('fails one item on GitHub 5xx beyond the retries, still does the others, and the next run converges', async () => {
    bed.server.failNext({ method: 'POST', path: /^\/repos\/acme\/config\/pulls$/, status: 503, times: 3 });
    const first = await bed.run('2026-12-28');
    expect(actions(first)).toEqual([`failed ${SERVICE_BRANCH}`, `opened ${CONTENT_BRANCH} #1`]);
    expect(first.failed).toBe(1);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).not.toBeNull();

    const second = await bed.run('2026-12-28');
    expect(actions(second)).toEqual([`opened ${SERVICE_BRANCH} #2`, `unchanged ${CONTENT_BRANCH} #1`]);
    expect(second.outcomes.map((outcome) => outcome.pushed)).toEqual([false, false]);
    expect(openPulls().sort()).toEqual([...BOTH_OPEN].sort());
  });

  it('finishes a run killed between push and pull request creation without pushing again', async () => {
    // The first run gets no pull request created after its pushes: 2 items × (1 try + 2 retries).
    bed.server.failNext({ method: 'POST', path: /^\/repos\/acme\/config\/pulls$/, status: 500, times: 6 });
    const killed = await bed.run('2026-12-28');
    expect(killed.outcomes.map((outcome) => [outcome.action, outcome.pushed])).toEqual([
      ['failed', true],
      ['failed', true],
    ]);
    const shas = [await branchSha(bed.bare, SERVICE_BRANCH), await branchSha(bed.bare, CONTENT_BRANCH)];
    const before = bed.server.requests.length;

    const resumed = await bed.run('2026-12-28');
    expect(actions(resumed)).toEqual([`opened ${SERVICE_BRANCH} #1`, `opened ${CONTENT_BRANCH} #2`]);
    expect(resumed.outcomes.map((outcome) => outcome.pushed)).toEqual([false, false]);
    expect([await branchSha(bed.bare, SERVICE_BRANCH), await branchSha(bed.bare, CONTENT_BRANCH)]).toEqual(shas);
    expect(pullCreations(before)).toEqual(['POST /repos/acme/config/pulls', 'POST /repos/acme/config/pulls']);
    expect(pullSummary(bed).map((pull) => [pull.labels, pull.reviewers, pull.teamReviewers])).toEqual([
      [['abm-renewal'], ['dana'], ['it-leads']],
      [['abm-renewal'], ['dana'], ['it-leads']],
    ]);
  });

  it('finishes a closing interrupted after its comment without commenting twice', async () => {
    await bed.firstRun('2026-12-18');
    await commitAs(bed.bare, { branch: 'main', files: { [ORG_FILE]: organizationYaml('2027-12-20') }, message: 'Renewed' });
    bed.server.failNext({ method: 'PATCH', path: /^\/repos\/acme\/config\/pulls\/1$/, status: 502, times: 3 });
    const interrupted = await bed.run('2026-12-20');
    expect(actions(interrupted)).toEqual([`failed ${SERVICE_BRANCH}`]);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).not.toBeNull();

    const resumed = await bed.run('2026-12-20');
    expect(actions(resumed)).toEqual([`closed ${SERVICE_BRANCH} #1`]);
    expect(bed.server.comments(OWNER, REPO, 1)).toHaveLength(1);
    expect(pullSummary(bed).map((pull) => pull.state)).toEqual(['closed']);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBeNull();
  });
});
