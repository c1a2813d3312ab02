/**
 * `abm-gitops validate --online` as a user runs it (the CLI in-process, the
 * real clients, the fake on a loopback port): an MSP of 150 organizations
 * with a mix of credentials, Apple unreachable, and Apple misbehaving.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../support/closed-port.js';
import { runCli } from '../../src/cli/run.js';
import type { ValidationReport } from '../../src/base/findings.js';
import { AppleFake, mspPlans, scenario } from '../support/apple-fake/index.js';
import { writeRepo } from '../support/repo.js';

const NOW = new Date();
const msp = scenario(mspPlans(150), NOW);
const fake = new AppleFake(msp.organizations.map((organization) => organization.fake));
let root: string;
beforeAll(async () => {
  await fake.start();
  root = writeRepo(msp.files);
});
afterAll(() => fake.stop());
afterEach(() => fake.clearFaults());

async function cli(argv: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const result = { code: 0, stdout: '', stderr: '' };
  result.code = await runCli(argv, { stdout: (text) => (result.stdout += text), stderr: (text) => (result.stderr += text), env, cwd: root, isTTY: false });
  return result;
}

async function onlineJson(env: Record<string, string>, extra: string[] = []): Promise<{ code: number; report: ValidationReport; stderr: string }> {
  const { code, stdout, stderr } = await cli(['validate', '.', '--online', '--format', 'json', ...extra], env);
  return { code, report: JSON.parse(stdout) as ValidationReport, stderr };
}

describe('validate --online on an MSP of 150 organizations', () => {
  it('asks Apple for what each organization has credentials for, skips the rest, and finds nothing wrong', async () => {
    const requestsBefore = fake.requests.length;
    const { code, report, stderr } = await onlineJson({ ...msp.env, ...fake.env });
    expect(stderr).toBe('');
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    // 150 = 30 with nothing, 30 with the API key only, 30 with the content token only, 60 with all three.
    expect(report.online?.organizations).toBe(150);
    expect(report.online?.checked).toEqual({ 'apple-business-api': 90, 'device-enrollment-api': 60, 'apps-and-books-api': 90 });
    const skipped = report.online?.skipped ?? [];
    expect(skipped.filter((entry) => entry.api === 'apple-business-api')).toHaveLength(60);
    expect(skipped.filter((entry) => entry.api === 'device-enrollment-api')).toHaveLength(90);
    expect(skipped.filter((entry) => entry.api === 'apps-and-books-api')).toHaveLength(60);
    expect(skipped[0]).toEqual({ organization: 'customer-001', api: 'apple-business-api', reason: 'spec.appleApi.privateKey: `env:CUSTOMER_001_APPLE_KEY` is not set' });
    // One access token per organization for the whole run; 4 requests per API-key organization, 2 per server token, 1 per content token.
    const made = fake.requests.slice(requestsBefore);
    expect(made.filter((request) => request.path.startsWith('/auth/oauth2/'))).toHaveLength(90);
    expect(made).toHaveLength(90 * 4 + 60 * 2 + 90);
  }, 180_000);

  it('rides out 429 with Retry-After, 5xx and a dropped connection with the same clean result', async () => {
    fake.fail({ path: /^\/v1\/users$/, times: 2, respond: { status: 429, headers: { 'Retry-After': '1' }, body: { errors: [{ status: '429', code: 'RATE_LIMIT_EXCEEDED' }] } } });
    fake.fail({ path: /^\/session$/, times: 3, respond: { status: 503, headers: { 'Retry-After': '1' }, body: 'Service Unavailable' } });
    fake.fail({ path: /^\/mdm\/v2\/client\/config$/, times: 2, respond: 'drop' });
    fake.enrollment.expireNextSessions = 2;
    const { code, report } = await onlineJson({ ...msp.env, ...fake.env });
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  }, 180_000);

  it('Apple unreachable: every organization with a credential gets apple-api-unavailable, nothing crashes, exit status follows the findings', async () => {
    const port = await closedPort();
    const dead = `http://127.0.0.1:${port}`;
    const env = { ...msp.env, ABM_GITOPS_APPLE_API_URL: dead, ABM_GITOPS_APPLE_TOKEN_URL: `${dead}/token`, ABM_GITOPS_ADE_API_URL: dead, ABM_GITOPS_VPP_API_URL: dead };
    const started = Date.now();
    const { code, report } = await onlineJson(env);
    expect(Date.now() - started).toBeLessThan(20_000);
    const unavailable = report.findings.filter((finding) => finding.ruleId === 'apple-api-unavailable');
    expect(report.findings.filter((finding) => finding.ruleId !== 'apple-api-unavailable')).toEqual([]);
    // 120 organizations hold at least one credential; each gets one finding per API it has a credential for.
    expect(new Set(unavailable.map((finding) => finding.file)).size).toBe(120);
    expect(unavailable).toHaveLength(90 + 60 + 90);
    expect(unavailable.every((finding) => finding.severity === 'warning')).toBe(true);
    expect(code).toBe(0);
    expect((await onlineJson(env, ['--fail-on', 'warning'])).code).toBe(1);
  }, 180_000);

  it('HTML, garbage and a 10 MB body from Apple are one clear finding each, never a crash or a body in the message', async () => {
    fake.fail({ path: /^\/v1\/mdmServers$/, times: Infinity, respond: 'html' });
    fake.fail({ path: /^\/account$/, times: Infinity, respond: 'garbage' });
    fake.fail({ path: /^\/mdm\/v2\/client\/config$/, times: Infinity, respond: 'huge' });
    const { code, report } = await onlineJson({ ...msp.env, ...fake.env });
    expect(report.findings.every((finding) => finding.ruleId === 'apple-api-unavailable')).toBe(true);
    expect(report.findings).toHaveLength(90 + 60 + 90);
    const text = report.findings.map((finding) => finding.message).join('\n');
    expect(text).toMatch(/^The Apple Business API could not be used for organization `customer-\d+`: it answered: HTTP 200 \(not-json\)\. /m);
    expect(text).toMatch(/^The device enrollment \(ADE\) API could not be used for organization `customer-\d+`: it answered: HTTP 200 \(not-json\)\. /m);
    expect(text).toMatch(/^The Apps and Books API could not be used for organization `customer-\d+`: it answered with a body over the size cap \(too-large\)\. /m);
    // Each message names its API once (the adapters' own wording is not repeated after the rule's).
    for (const finding of report.findings) expect(finding.message.match(/ API\b/g)).toHaveLength(1);
    expect(text).not.toMatch(/<html|DOCTYPE|aaaaaaaa|"data": \[tru/i);
    expect(code).toBe(0);
  }, 180_000);

  it('a base URL override that is not https nor loopback stops the run with exit 2 and one line', async () => {
    const { code, stdout, stderr } = await cli(['validate', '.', '--online'], { ...msp.env, ABM_GITOPS_ADE_API_URL: 'http://mdm.example.com' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/ABM_GITOPS_ADE_API_URL must be an https:\/\/ address/);
  }, 180_000);
});
