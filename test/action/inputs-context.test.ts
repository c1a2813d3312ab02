import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { pullRequestFromFork, readGithubContext } from '../../src/action/context.js';
import { readInputs } from '../../src/action/inputs.js';

const scratch = mkdtempSync(join(tmpdir(), 'abm-gitops-context-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const clock = () => new Date('2026-11-23T10:00:00Z');

function usageError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('readInputs', () => {
  it('applies the defaults of action.yml; an empty changed-only means auto', () => {
    expect(readInputs(reader({}), clock)).toEqual({ path: '.', failOn: 'error', changedOnly: 'auto', renew: false, online: false, token: '', now: clock() });
  });

  it('reads every input', () => {
    const inputs = readInputs(
      reader({ path: 'config', 'fail-on': 'warning', 'sarif-file': 'a.sarif', 'changed-only': 'False', renew: 'TRUE', online: 'true', token: 't', now: '2026-01-02' }),
      clock,
    );
    expect(inputs).toEqual({
      path: 'config',
      failOn: 'warning',
      sarifFile: 'a.sarif',
      changedOnly: false,
      renew: true,
      online: true,
      token: 't',
      now: new Date('2026-01-02T00:00:00Z'),
    });
  });

  it('rejects bad values in one line', () => {
    expect(usageError(() => readInputs(reader({ 'changed-only': 'yes' }), clock))).toBe('input changed-only must be true or false, not "yes"');
    expect(usageError(() => readInputs(reader({ renew: '1' }), clock))).toBe('input renew must be true or false, not "1"');
    expect(usageError(() => readInputs(reader({ online: 'yes' }), clock))).toBe('input online must be true or false, not "yes"');
    expect(usageError(() => readInputs(reader({ now: 'tomorrow' }), clock))).toBe('input now must be a date such as 2026-11-23 or 2026-11-23T09:00:00Z, not "tomorrow"');
  });
});

describe('readGithubContext', () => {
  it('takes the base and head commits of a pull request from the event payload', () => {
    const event = join(scratch, 'pr.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: 'b'.repeat(40), ref: 'main' }, head: { sha: 'h'.repeat(40) } } }));
    const env = {
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: event,
      GITHUB_WORKSPACE: '/ws',
      GITHUB_REPOSITORY: 'acme/cfg',
      GITHUB_SHA: 'm'.repeat(40),
      GITHUB_SERVER_URL: 'https://ghe.example',
    };
    expect(readGithubContext(env, '/cwd')).toEqual({
      workspace: '/ws',
      eventName: 'pull_request_target',
      serverUrl: 'https://ghe.example',
      repository: 'acme/cfg',
      sha: 'h'.repeat(40),
      baseSha: 'b'.repeat(40),
    });
  });

  it('falls back to the base branch when the payload has no sha, and ignores payloads of other events', () => {
    const event = join(scratch, 'ref-only.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { ref: 'develop' } } }));
    expect(readGithubContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }, '/cwd').baseSha).toBe('origin/develop');
    expect(readGithubContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'abc' }, '/cwd')).toEqual({
      workspace: '/cwd',
      eventName: 'push',
      serverUrl: 'https://github.com',
      repository: '',
      sha: 'abc',
    });
  });

  it('treats a missing or unparsable event file as no pull request information', () => {
    const garbage = join(scratch, 'garbage.json');
    writeFileSync(garbage, '{not json');
    expect(readGithubContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: garbage }, '/cwd').baseSha).toBeUndefined();
    expect(readGithubContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(scratch, 'missing.json') }, '/cwd').baseSha).toBeUndefined();
  });
});

describe('pullRequestFromFork', () => {
  const event = (payload: unknown) => {
    const path = join(scratch, `event-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify(payload));
    return path;
  };
  const pr = (head: unknown, base: unknown) => ({ pull_request: { head: { repo: head }, base: { repo: base } } });

  it('is false outside pull request events and for a pull request from a branch of the same repository', () => {
    expect(pullRequestFromFork({ GITHUB_EVENT_NAME: 'push' })).toBe(false);
    expect(pullRequestFromFork({ GITHUB_EVENT_NAME: 'schedule' })).toBe(false);
    const path = event(pr({ full_name: 'acme/cfg', fork: false }, { full_name: 'Acme/CFG' }));
    expect(pullRequestFromFork({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path })).toBe(false);
  });

  it('is true for a head in another repository, a fork, a deleted head repository, or a payload that cannot tell', () => {
    for (const name of ['pull_request', 'pull_request_target']) {
      expect(pullRequestFromFork({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: event(pr({ full_name: 'mallory/cfg' }, { full_name: 'acme/cfg' })) })).toBe(true);
    }
    expect(pullRequestFromFork({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event(pr({ full_name: 'acme/cfg', fork: true }, { full_name: 'acme/cfg' })) })).toBe(true);
    expect(pullRequestFromFork({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event(pr(null, { full_name: 'acme/cfg' })) })).toBe(true);
    expect(pullRequestFromFork({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(scratch, 'missing.json') })).toBe(true);
  });
});
