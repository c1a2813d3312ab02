// The Action's `online` input, in process against the local Apple fake:
// refused for code from a fork before any request, and otherwise every
// credential masked and the job log saying what was checked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runValidation } from '../../src/action/validation.js';
import type { ActionInputs } from '../../src/action/inputs.js';
import { UsageError } from '../../src/base/errors.js';
import { AppleFake, scenario } from '../support/apple-fake/index.js';
import { writeRepo } from '../support/repo.js';

const NOW = new Date('2026-11-23T00:00:00Z');
const world = scenario([{ name: 'acme' }], NOW);
const fake = new AppleFake(world.organizations.map((organization) => organization.fake));
const scratch = mkdtempSync(join(tmpdir(), 'abm-gitops-online-action-'));
beforeAll(() => fake.start());
afterAll(async () => {
  await fake.stop();
  rmSync(scratch, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const inputs = (online: boolean): ActionInputs => ({ path: '.', failOn: 'error', changedOnly: false, renew: false, online, token: '', now: NOW });

function eventFile(payload: unknown): string {
  const path = join(scratch, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

/** Runs the validation step with the runner's stdout captured (log lines and workflow commands). */
async function step(online: boolean, event: { name: string; payload: unknown }) {
  const root = writeRepo(world.files);
  const env = { ...world.env, ...fake.env, GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: eventFile(event.payload) };
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const context = { workspace: root, eventName: event.name, serverUrl: 'https://github.com', repository: 'acme/it-config', sha: 'a'.repeat(40) };
  let error: unknown;
  try {
    await runValidation(inputs(online), context, env);
  } catch (caught) {
    error = caught;
  }
  vi.restoreAllMocks();
  return { stdout, error };
}

const forkPullRequest = {
  name: 'pull_request_target',
  payload: {
    pull_request: { head: { sha: 'h'.repeat(40), repo: { full_name: 'mallory/it-config', fork: true } }, base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/it-config' } } },
  },
};

describe('the Action with online: true', () => {
  it('is refused on a pull request from a fork, in one line, before any request to Apple', async () => {
    const before = fake.requests.length;
    const { error } = await step(true, forkPullRequest);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      'input online is refused on pull requests from forks: run the online checks on push to the default branch and on schedule (docs/online.md)',
    );
    expect(fake.requests.length).toBe(before);
  });

  it('runs offline on the same fork pull request when online is off', async () => {
    const before = fake.requests.length;
    const { error, stdout } = await step(false, forkPullRequest);
    expect(error).toBeUndefined();
    expect(stdout).not.toContain('Checked with Apple');
    expect(fake.requests.length).toBe(before);
  });

  it('on push: asks Apple, masks every credential (each line of a PEM key too) and logs what was checked', async () => {
    const { error, stdout } = await step(true, { name: 'push', payload: {} });
    expect(error).toBeUndefined();
    expect(stdout).toContain('Checked with Apple (1 organization): answers from the Apple Business API 1, device enrollment (ADE) API 1, Apps and Books API 1.');
    const masked = new Set([...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((match) => match[1]));
    for (const secret of world.secrets) {
      for (const line of secret
        .split(/\r?\n/)
        .map((text) => text.trim())
        .filter(Boolean))
        expect(masked.has(line), 'a credential line is masked').toBe(true);
    }
    // Outside the masking commands, no credential appears in the log.
    const log = stdout.replace(/^::add-mask::.*$/gm, '');
    for (const secret of world.secrets) expect(log.includes(secret)).toBe(false);
  });
});
