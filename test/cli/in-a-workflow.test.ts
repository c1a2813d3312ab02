import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { organization, writeRepo } from '../support/repo.js';

const NO_PRIMARY = organization('acme', '  units:\n    - id: hq\n      name: HQ\n');

/** A repository whose config lives in `config/`, validated by the CLI inside a workflow job. */
async function validateInWorkflow(format: string) {
  const workspace = writeRepo({});
  mkdirSync(join(workspace, 'config'));
  writeFileSync(join(workspace, 'config', 'org.yml'), NO_PRIMARY);
  const io = recordingIo(workspace, { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: 'acme/it-config', GITHUB_SHA: 'a'.repeat(40), GITHUB_SERVER_URL: 'https://github.com' });
  const code = await runCli(['validate', 'config', '--format', format, '--now', '2026-11-23'], io);
  return { code, out: io.out };
}

describe('the CLI inside a GitHub Actions job', () => {
  it('writes workflow commands with paths from the repository root', async () => {
    const { code, out } = await validateInWorkflow('github');
    expect(code).toBe(1);
    expect(out).toContain('::error file=config/org.yml,line=7,endLine=');
  });

  it('links Markdown findings to their lines at the job commit', async () => {
    const { out } = await validateInWorkflow('markdown');
    expect(out).toContain(`[config/org.yml:7:3](https://github.com/acme/it-config/blob/${'a'.repeat(40)}/config/org.yml#L7)`);
  });

  it('keeps root-relative paths outside a workflow', async () => {
    const root = writeRepo({ 'org.yml': NO_PRIMARY });
    const io = recordingIo(root);
    await runCli(['validate', '.', '--format', 'github', '--now', '2026-11-23'], io);
    expect(io.out).toContain('::error file=org.yml,line=7,endLine=');
  });
});
