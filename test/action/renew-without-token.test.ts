import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/run.js';
import { GitHubTestServer, startGitHubServer } from '../support/github-server.js';
import { organization, writeRepo } from '../support/repo.js';

let server: GitHubTestServer;
const saved = { ...process.env };

beforeEach(async () => {
  server = await startGitHubServer('a-token', []);
});
afterEach(async () => {
  process.env = { ...saved };
  process.exitCode = undefined;
  vi.restoreAllMocks();
  await server.close();
});

describe('the Action with renew: true and no token', () => {
  it('fails with one clear line before any request', async () => {
    const workspace = writeRepo({ 'org.yml': organization('acme', '  units:\n    - { id: hq, name: HQ, primary: true }\n') });
    const env = { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: 'acme/config', GITHUB_API_URL: server.url, GITHUB_EVENT_NAME: 'schedule' };
    Object.assign(process.env, env, { INPUT_RENEW: 'true', INPUT_TOKEN: '', INPUT_PATH: '.' });
    let written = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += chunk.toString();
      return true;
    });
    await run({ ...process.env });
    vi.restoreAllMocks();
    expect(process.exitCode).toBe(1);
    const errors = written.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::renew: true needs a GitHub token, and the `token` input is empty/);
    expect(server.requests).toEqual([]);
  });
});
