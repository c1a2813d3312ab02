/**
 * The renewal's job summary carries text from the repository (labels from
 * `abm-gitops.yml`, organization file paths): it must stay text, never
 * become HTML or Markdown on the run's page. Runs the Action's renewal step
 * in process against a local bare repository and the local GitHub server.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runRenewalStep } from '../../src/action/renewal.js';
import { CONFIG, organizationYaml, OWNER, REPO, TOKEN, startFlowBed, stopFlowBed, type FlowBed } from '../renew/harness.js';

const HOSTILE_LABEL = '</code></pre><img src=x onerror=alert(1)>';
const MARKDOWN_LABEL = '**bold** [link](https://evil.test) @acme/all';
const HOSTILE_FILE = 'customers/<b>acme</b>/organization.yml';

let bed: FlowBed;
let scratch: string;
const saved = { summary: process.env.GITHUB_STEP_SUMMARY, exitCode: process.exitCode };

beforeEach(async () => {
  const config = CONFIG.replace('labels: [abm-renewal]', `labels: ["${HOSTILE_LABEL}", "${MARKDOWN_LABEL}"]`);
  bed = await startFlowBed({ 'abm-gitops.yml': config, [HOSTILE_FILE]: organizationYaml() });
  scratch = mkdtempSync(join(tmpdir(), 'abm-gitops-summary-'));
});
afterEach(async () => {
  // Assigning undefined to process.env stores the string "undefined": a later file in this worker
  // (isolate: false) would then write its Action summary to a file named `undefined` in the cwd.
  if (saved.summary === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  else process.env.GITHUB_STEP_SUMMARY = saved.summary;
  process.exitCode = saved.exitCode;
  rmSync(scratch, { recursive: true, force: true });
  await stopFlowBed(bed);
});

describe('the renewal job summary', () => {
  it('shows labels and paths from the repository as text: no HTML, no Markdown, no mention', async () => {
    const summaryFile = join(scratch, 'summary.md');
    writeFileSync(summaryFile, '');
    // @actions/core writes the summary where the runner says, in process.env.
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    const workspace = await bed.clone('workspace');
    const inputs = { path: '.', failOn: 'error' as const, changedOnly: false, renew: true, online: false, token: TOKEN, now: new Date('2026-12-18') };
    const context = { workspace, eventName: 'schedule', serverUrl: 'https://github.test', repository: `${OWNER}/${REPO}`, sha: 'HEAD' };
    await runRenewalStep(inputs, context, { GITHUB_STEP_SUMMARY: summaryFile, GITHUB_API_URL: bed.server.url });

    expect(bed.server.pulls(OWNER, REPO).map((pull) => pull.labels)).toEqual([[HOSTILE_LABEL, MARKDOWN_LABEL]]);
    const summary = readFileSync(summaryFile, 'utf8');
    // One heading and one code block; inside it no tag can open or close, so nothing renders as HTML or Markdown.
    expect(summary).toMatch(/^<h2>abm-gitops renewal<\/h2>\n<pre><code>[^<>]*<\/code><\/pre>\n*$/);
    expect(summary).toContain('&lt;/code&gt;&lt;/pre&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(summary).toContain('customers/&lt;b&gt;acme&lt;/b&gt;/organization.yml');
    expect(summary).toContain(MARKDOWN_LABEL);
  }, 60_000);
});
