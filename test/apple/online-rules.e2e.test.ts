/**
 * The whole online pipeline against the fake: the real Apple clients fill
 * the live state, the online rules read it. Each organization disagrees
 * with Apple in one way; a clean one agrees on everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchLiveState } from '../../src/apple/index.js';
import { validateRepositoryOnline } from '../../src/validate.js';
import { AppleFake, scenario, type Problem } from '../support/apple-fake/index.js';
import { writeRepo } from '../support/repo.js';

const NOW = new Date();
const PROBLEMS: Record<Problem, string> = {
  'service-not-found': 'apple-service-not-found',
  'service-undeclared': 'apple-service-undeclared',
  'service-silent': 'apple-service-silent',
  'unit-not-found': 'apple-unit-not-found',
  'unit-undeclared': 'apple-unit-undeclared',
  'account-departed': 'apple-account-mismatch',
  'server-token-rejected': 'apple-server-token-rejected',
  'terms-not-accepted': 'apple-terms-not-accepted',
  'server-token-mismatch': 'apple-server-token-mismatch',
  'content-token-rejected': 'apple-content-token-rejected',
  'content-token-claimed': 'apple-content-token-claimed',
  'content-token-mismatch': 'apple-content-token-mismatch',
  'api-key-unknown': 'apple-api-unavailable',
};

const world = scenario([{ name: 'clean' }, ...Object.keys(PROBLEMS).map((problem) => ({ name: problem, problem: problem as Problem }))], NOW);
const fake = new AppleFake(world.organizations.map((organization) => organization.fake));
beforeAll(() => fake.start());
afterAll(() => fake.stop());

describe('every online rule against the fake, through the real clients', () => {
  it('fires for the organization that disagrees with Apple, and stays silent for the clean one', async () => {
    const root = writeRepo(world.files);
    const env = { ...world.env, ...fake.env };
    const { report } = await validateRepositoryOnline({
      root,
      now: NOW,
      env,
      liveState: (model) => fetchLiveState(model, env, { http: { backoffMs: 10 } }),
    });
    const fired = (organization: string) =>
      new Set(report.findings.filter((finding) => finding.file === `customers/${organization}/organization.yml`).map((finding) => finding.ruleId));
    expect([...fired('clean')]).toEqual([]);
    // Exactly the rule of each disagreement (a rename in Apple is both a missing and an undeclared name), and nothing else:
    // every online rule fires once and stays silent for the twelve other organizations.
    const expected = Object.fromEntries(Object.entries(PROBLEMS).map(([problem, rule]) => [problem, [rule]]));
    expected['service-not-found'] = ['apple-service-not-found', 'apple-service-undeclared'];
    expected['unit-not-found'] = ['apple-unit-not-found', 'apple-unit-undeclared'];
    const byOrganization = Object.fromEntries(Object.keys(PROBLEMS).map((problem) => [problem, [...fired(problem)].sort()]));
    expect(byOrganization).toEqual(expected);
  }, 180_000);
});
