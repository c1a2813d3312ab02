import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDist } from '../support/built-dist.js';
import { CONFIG, ORG_FILE, OWNER, REPO, TOKEN, organizationYaml, pullSummary, startFlowBed, stopFlowBed, type FlowBed } from '../renew/harness.js';

const PROJECT = new URL('../..', import.meta.url).pathname;

let bed: FlowBed;
let runnerDir: string;
beforeAll(async () => {
  // The bundle of the current sources, as the runner runs it.
  await builtDist();
  bed = await startFlowBed({ 'abm-gitops.yml': CONFIG.replace('dashboard: false', 'dashboard: true'), [ORG_FILE]: organizationYaml() });
  runnerDir = mkdtempSync(join(tmpdir(), 'abm-gitops-runner-'));
}, 120_000);
afterAll(async () => {
  await stopFlowBed(bed);
  rmSync(runnerDir, { recursive: true, force: true });
});

/** Runs the bundled Action as the runner would, asynchronously (the local GitHub server lives in this process). */
function runAction(workspace: string): Promise<{ status: number | null; stdout: string; summary: string }> {
  const summaryFile = join(runnerDir, 'summary');
  writeFileSync(summaryFile, '');
  writeFileSync(join(runnerDir, 'output'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runnerDir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(runnerDir, 'output'),
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: bed.server.url,
    INPUT_PATH: '.',
    INPUT_RENEW: 'true',
    INPUT_TOKEN: TOKEN,
    INPUT_NOW: '2026-12-28',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT, 'dist/action.js')], { cwd: workspace, env });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, summary: readFileSync(summaryFile, 'utf8') }));
  });
}

describe('dist/action.js with renew: true', () => {
  it('opens the renewal pull requests from the workflow clone, masking the token', async () => {
    const run = await runAction(await bed.clone());
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
    expect(run.stdout.split('\n').filter((line) => line.includes(TOKEN))).toHaveLength(1);
    expect(pullSummary(bed).map((pull) => [pull.head, pull.state])).toEqual([
      ['abm-gitops/renew/acme/jamf-prod-service-token', 'open'],
      ['abm-gitops/renew/acme/nyc-apps', 'open'],
    ]);
    expect(run.summary).toContain('abm-gitops renewal');
    // The token dashboard issue, kept by the same run, links both pull requests.
    const [dashboard, ...others] = bed.server.issues(OWNER, REPO);
    expect(others).toEqual([]);
    expect(dashboard).toMatchObject({ title: 'abm-gitops token dashboard', state: 'open', labels: ['abm-renewal'] });
    expect(dashboard!.body).toMatch(/\| `jamf-prod` service token \| #1 \|\n.*\| `nyc-apps` content token \| #2 \|/);
    expect(run.summary).toContain(`Token dashboard: created #3`);
  }, 60_000);

  it('changes nothing when run again', async () => {
    const before = bed.server.requests.length;
    const run = await runAction(await bed.clone());
    expect(run.status).toBe(0);
    expect(bed.writes(before)).toEqual([]);
  }, 60_000);
});
