import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { branchSha } from '../support/git-repos.js';
import { SERVICE_BRANCH, startFlowBed, stopFlowBed, TOKEN, type FlowBed } from './harness.js';

let bed: FlowBed;

beforeEach(async () => {
  bed = await startFlowBed();
});
afterEach(() => stopFlowBed(bed));

describe('abm-gitops renew', () => {
  it('prints the full plan on --dry-run without a token and touches nothing', async () => {
    const clone = await bed.clone();
    const io = recordingIo(clone, {});
    expect(await runCli(['renew', '--dry-run', '--now', '2026-12-18'], io)).toBe(0);
    const lines = io.out.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'Renewal plan (dry run, nothing touched) as of 2026-12-18:',
      '',
      `  ${SERVICE_BRANCH}`,
      '    title:     Renew the jamf-prod service token of acme by 2027-01-03',
      '    labels:    abm-renewal',
      '    reviewers: @dana, @acme/it-leads',
      '    service-token jamf-prod: expires 2027-01-10, due by 2027-01-03, requested 2026-12-18  (customers/acme/organization.yml)',
      '    body:',
    ]);
    expect(io.out).toContain('      - [ ] Update `expiresAt` and `downloadedAt` of the `jamf-prod` service token in `customers/acme/organization.yml` on this branch');
    expect(io.err).toBe('');
    expect(bed.server.requests).toEqual([]);
    expect(await branchSha(bed.bare, SERVICE_BRANCH)).toBeNull();
  });

  it('prints the plan as JSON', async () => {
    const io = recordingIo(await bed.clone(), {});
    expect(await runCli(['renew', '.', '--dry-run', '--format', 'json', '--now', '2026-12-28'], io)).toBe(0);
    const json = JSON.parse(io.out) as { version: number; dryRun: boolean; now: string; pulls: Array<{ branch: string; tokens: unknown[] }>; summary: Record<string, number> };
    expect([json.version, json.dryRun, json.now]).toEqual([1, true, '2026-12-28T00:00:00.000Z']);
    expect(json.pulls.map((pull) => [pull.branch, pull.tokens.length])).toEqual([
      [SERVICE_BRANCH, 1],
      ['abm-gitops/renew/acme/nyc-apps', 1],
    ]);
    expect(json.summary).toEqual({ planned: 2, opened: 0, updated: 0, unchanged: 0, 'left-alone': 0, declined: 0, closed: 0, failed: 0 });
  });

  it('exits 2 without a token or without a repository to act on', async () => {
    const clone = await bed.clone();
    const noToken = recordingIo(clone, {});
    expect(await runCli(['renew'], noToken)).toBe(2);
    expect(noToken.err).toBe('abm-gitops: renew needs a GitHub token in GITHUB_TOKEN (or --dry-run to only print the plan)\n');

    const noRepo = recordingIo(clone, { MY_TOKEN: TOKEN, GITHUB_API_URL: bed.server.url });
    expect(await runCli(['renew', '--token-env', 'MY_TOKEN', '--format', 'json'], noRepo)).toBe(2);
    expect(noRepo.err).toBe('abm-gitops: renew cannot tell which repository to act on: pass --repo owner/name or set GITHUB_REPOSITORY\n');
    expect(JSON.parse(noRepo.out)).toEqual({ version: 1, error: { message: 'renew cannot tell which repository to act on: pass --repo owner/name or set GITHUB_REPOSITORY' } });

    const badAuthor = recordingIo(clone, { GITHUB_TOKEN: TOKEN });
    expect(await runCli(['renew', '--repo', 'acme/config', '--author', 'nobody'], badAuthor)).toBe(2);
    expect(badAuthor.err).toBe('abm-gitops: --author must look like "Name <email>", not "nobody"\n');
  });

  it('opens the pull requests, prints the summary, and never prints the token', async () => {
    const io = recordingIo(await bed.clone(), { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: bed.server.url, GITHUB_REPOSITORY: 'acme/config' });
    expect(await runCli(['renew', '--now', '2026-12-18', '--author', 'Renewal Bot <renew@acme.example>'], io)).toBe(0);
    expect(io.out).toContain(
      `\nDone:\n  opened     #1    ${SERVICE_BRANCH}  https://github.test/acme/config/pull/1\n\n1 opened, 0 updated, 0 unchanged, 0 left-alone, 0 declined, 0 closed, 0 failed\n`,
    );
    expect(io.err).toBe(`pushed ${SERVICE_BRANCH}\nopened #1 for ${SERVICE_BRANCH}\n`);
    expect(io.out + io.err).not.toContain(TOKEN);
  });

  it('prints a renewal that stopped once, on stderr', async () => {
    // Port 9 is one fetch refuses to call: the run stops at its first request, after the client's
    // three retries (1 + 4 + 9 delay units: 14 s at GitHub's 1 s unit, here 1 ms).
    const io = Object.assign(recordingIo(await bed.clone(), { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_REPOSITORY: 'acme/config' }), {
      githubDelayUnitMs: 1,
    });
    expect(await runCli(['renew', '--now', '2026-12-18'], io)).toBe(1);
    expect(io.err.match(/bad port/g)).toHaveLength(1);
    expect(io.err).toMatch(/^abm-gitops: renewal stopped: .*bad port\n$/m);
    expect(io.out).not.toContain('bad port');
    expect(io.out).toContain('1 failed');
  });

  it('exits 1 when an item failed', async () => {
    await writeFile(join(bed.bare, 'hooks/pre-receive'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const io = recordingIo(await bed.clone(), { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: bed.server.url });
    expect(await runCli(['renew', '--repo', 'acme/config', '--base', 'main', '--now', '2026-12-18', '--format', 'json'], io)).toBe(1);
    const json = JSON.parse(io.out) as { base: string; outcomes: unknown[]; summary: { failed: number } };
    expect(json.base).toBe('main');
    expect(json.outcomes).toEqual([
      { branch: SERVICE_BRANCH, action: 'failed', pushed: false, message: `origin refused the push of ${SERVICE_BRANCH} (a protected branch or a hook?)` },
    ]);
    expect(json.summary.failed).toBe(1);
  });
});
