import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/base/dates.js';
import { renewalEdits } from '../../src/renew/changes.js';
import { branchName, commitDate, formatInstant, keepEarlierRequest, organizationOfBranch, planRenewals } from '../../src/renew/plan.js';
import { buildModel } from '../../src/validate.js';
import { writeRepo } from '../support/repo.js';
import { CONFIG, ORG_FILE, organizationYaml } from './harness.js';

function plan(files: Record<string, string>, now: string) {
  const model = buildModel(writeRepo(files), parseInstant(now)!);
  return { model, plan: planRenewals(model, { now: parseInstant(now)! }) };
}

const REPO_FILES = { 'abm-gitops.yml': CONFIG, [ORG_FILE]: organizationYaml() };

describe('planRenewals', () => {
  it('plans a pull request only for tokens inside renewBefore, with branch, labels, reviewers and dates', () => {
    const { plan: early } = plan(REPO_FILES, '2026-11-25');
    expect(early.pulls).toEqual([]);
    expect(early.declaredBranches).toEqual(['abm-gitops/renew/acme/jamf-prod-service-token', 'abm-gitops/renew/acme/nyc-apps']);
    expect([early.complete, early.knownOrganizations]).toEqual([true, ['acme']]);

    const { plan: later } = plan(REPO_FILES, '2026-11-26T12:00:00Z');
    expect(later.pulls.map((pull) => ({ ...pull, body: pull.body.length > 0 }))).toEqual([
      {
        branch: 'abm-gitops/renew/acme/jamf-prod-service-token',
        organization: 'acme',
        title: 'Renew the jamf-prod service token of acme by 2027-01-03',
        body: true,
        labels: ['abm-renewal'],
        reviewers: ['@dana', '@acme/it-leads'],
        tokens: [
          {
            organization: 'acme',
            kind: 'service-token',
            id: 'jamf-prod',
            file: ORG_FILE,
            documentIndex: 0,
            path: ['spec', 'deviceManagementServices', 0, 'serviceToken'],
            expiresAt: '2027-01-10T00:00:00.000Z',
            dueBy: '2027-01-03',
            requestedAt: '2026-11-26',
          },
        ],
        commitMessage: 'Renew the jamf-prod service token of acme by 2027-01-03\n\nRecords renewal: {requestedAt, dueBy} for acme/service-token/jamf-prod.',
      },
    ]);
  });

  it('counts a token exactly renewBefore away, and an expired one, as inside the window', () => {
    expect(plan(REPO_FILES, '2026-12-28').plan.pulls.map((pull) => pull.branch)).toEqual(['abm-gitops/renew/acme/jamf-prod-service-token', 'abm-gitops/renew/acme/nyc-apps']);
    expect(plan(REPO_FILES, '2027-03-01').plan.pulls).toHaveLength(2);
  });

  it('makes one pull request per organization with group: organization', () => {
    const config = CONFIG.replace('renewal:\n', 'renewal:\n  group: organization\n  branchPrefix: renewals/\n');
    const { plan: grouped } = plan({ ...REPO_FILES, 'abm-gitops.yml': config }, '2026-12-28');
    expect(grouped.pulls.map((pull) => [pull.branch, pull.title, pull.tokens.map((token) => token.id)])).toEqual([
      ['renewals/acme', 'Renew 2 tokens of acme by 2027-01-03', ['jamf-prod', 'nyc-apps']],
    ]);
    expect(grouped.group).toBe('organization');
  });

  it('keeps requestedAt of a renewal already recorded for the same dueBy, and starts again for another', () => {
    const recorded = organizationYaml().replace(
      '        expiresAt: 2027-01-10\n',
      '        expiresAt: 2027-01-10\n        renewal:\n          requestedAt: 2026-12-01\n          dueBy: 2027-01-03\n',
    );
    const { plan: kept } = plan({ ...REPO_FILES, [ORG_FILE]: recorded }, '2026-12-20');
    expect(kept.pulls[0]?.tokens[0]?.requestedAt).toBe('2026-12-01');

    const stale = recorded.replace('dueBy: 2027-01-03', 'dueBy: 2026-01-03');
    const { plan: fresh } = plan({ ...REPO_FILES, [ORG_FILE]: stale }, '2026-12-20');
    expect(fresh.pulls[0]?.tokens[0]?.requestedAt).toBe('2026-12-20');

    const token = fresh.pulls[0]!.tokens[0]!;
    expect(keepEarlierRequest(token, [undefined, { requestedAt: '2026-12-05', dueBy: '2027-01-03T00:00:00Z' }]).requestedAt).toBe('2026-12-05');
    expect(commitDate({ tokens: [token, { ...token, requestedAt: '2026-12-02' }] })).toBe('2026-12-02T00:00:00.000Z');
  });

  it('does not call a plan complete when an organization file does not load', () => {
    const { plan: partial } = plan({ ...REPO_FILES, 'customers/broken/organization.yml': 'apiVersion: abm-gitops/v1\nkind: Organization\nmetadata: [\n' }, '2026-12-28');
    expect([partial.complete, partial.knownOrganizations, partial.pulls.length]).toEqual([false, ['acme'], 2]);
  });

  it('edits the organization file in place, comments kept', () => {
    const { model, plan: planned } = plan(REPO_FILES, '2026-12-28');
    const texts = new Map(model.files.map((file) => [file.path, file.text]));
    const tokens = planned.pulls.flatMap((pull) => pull.tokens);
    const [edited] = renewalEdits(tokens, (file) => texts.get(file)!);
    expect(edited).toEqual({
      file: ORG_FILE,
      content: organizationYaml()
        .replace('        expiresAt: 2027-01-10\n', '        expiresAt: 2027-01-10\n        renewal:\n          requestedAt: 2026-12-28\n          dueBy: 2027-01-03\n')
        .replace('      expiresAt: 2027-02-10\n', '      expiresAt: 2027-02-10\n      renewal:\n        requestedAt: 2026-12-28\n        dueBy: 2027-02-03\n'),
    });
  });
});

describe('branch names and dates', () => {
  const acme = { name: 'acme' };
  it('names one branch per token kind, or per organization', () => {
    expect(branchName('p/', 'token', { kind: 'content-token', id: 'nyc-apps', organization: acme })).toBe('p/acme/nyc-apps');
    expect(branchName('p/', 'token', { kind: 'service-token', id: 'jamf', organization: acme })).toBe('p/acme/jamf-service-token');
    expect(branchName('p/', 'token', { kind: 'apns-certificate', id: 'jamf', organization: acme })).toBe('p/acme/jamf-apns-certificate');
    expect(branchName('p/', 'organization', { kind: 'apns-certificate', id: 'jamf', organization: acme })).toBe('p/acme');
    expect(branchName('p/', 'token', { kind: 'content-token', id: 'a..b.lock', organization: acme })).toBe('p/acme/a-b-lock');
    expect(organizationOfBranch('p/', 'p/acme/nyc-apps')).toBe('acme');
    expect(organizationOfBranch('p/', 'feature/x')).toBeUndefined();
  });

  it('writes a bare date at midnight UTC and a date-time otherwise', () => {
    expect(formatInstant(new Date('2027-01-03T00:00:00Z'))).toBe('2027-01-03');
    expect(formatInstant(new Date('2027-01-03T12:00:00Z'))).toBe('2027-01-03T12:00:00Z');
  });
});
