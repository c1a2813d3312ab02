/**
 * No credential in any output: a value shaped like one (made here, at test
 * time) on a line a code frame shows, in a value a message quotes, in a
 * waiver reason, in a name the calendar and the pull request text print.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maskCredentials } from '../../src/base/credentials.js';
import { parseInstant } from '../../src/base/dates.js';
import { annotationsOf, formatReport } from '../../src/report/index.js';
import { OUTPUT_FORMATS } from '../../src/report/index.js';
import { planRenewals } from '../../src/renew/plan.js';
import { RULE_METAS } from '../../src/rules/index.js';
import { tokenCalendar, tokenRows } from '../../src/tokens.js';
import { buildModel, quotableTexts, validateRepository } from '../../src/validate.js';
import { organization, writeRepo } from '../support/repo.js';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random letters and digits, with at least one of each kind (as every real token of that length has). */
function randomWord(length: number): string {
  const bytes = randomBytes(length);
  const word = [...bytes].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
  return `Aa1${word.slice(3)}`;
}

/** Credential-shaped values, fresh for every run: never a committed one. */
function credentials() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const keyLines = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().split('\n');
  const contentToken = Buffer.from(JSON.stringify({ token: randomBytes(96).toString('base64'), expDate: '2027-06-01T00:00:00+0000', orgName: 'Acme' })).toString('base64');
  const base64url = (value: object | Buffer): string => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');
  return {
    github: `ghp_${randomWord(36)}`,
    keyLine: keyLines[3]!,
    contentToken,
    jwt: `${base64url({ alg: 'ES256', kid: 'key' })}.${base64url({ sub: 'BUSINESSAPI.x', exp: 1 })}.${base64url(randomBytes(64))}`,
    accessSecret: `AS_${randomBytes(20).toString('hex')}`,
    password: randomWord(20),
    base64: randomBytes(48).toString('base64'),
  };
}

describe('maskCredentials', () => {
  it('masks every credential shape whole, keeping the length', () => {
    for (const [name, value] of Object.entries(credentials())) {
      const line = `    note: "${value}" # kept`;
      const shown = maskCredentials(line);
      expect(shown, name).toBe(`    note: "${'*'.repeat(value.length)}" # kept`);
    }
  });

  it('leaves what is no credential as it is: hashes, dates, ids, paths, variables, addresses', () => {
    const plain = [
      `sha256: ${randomBytes(32).toString('hex')}`,
      'expiresAt: 2026-11-23T10:00:00Z',
      'ref: file:tokens/Acme_Token_2026-11-23T10-00-00Z_smime.p7m',
      'ref: file:customers/contoso-ltd/tokens/sToken_for_Contoso2026.vpptoken',
      'ref: env:ACME_CONTENT_TOKEN_2026',
      'downloadedBy: jane.appleseed2026@contoso.example',
      'clientId: BUSINESSAPI.9703f56c-10ce-4876-8f59-e78e5e23a152',
      '- id: nyc-apps-2026',
      '-----BEGIN PRIVATE KEY-----',
    ];
    for (const line of plain) expect(maskCredentials(line)).toBe(line);
  });
});

describe('no credential in any report', () => {
  const secret = credentials();
  const organizationFile = organization(
    'acme',
    `  units:
    - id: hq
      name: Acme Corp
      primary: true
    - id: branch
      name: Branch office
      apiToken: ${secret.github}
      # ${secret.keyLine}
  deviceManagementServices:
    - id: jamf
      type: external
      name: ${secret.password}
      vendor: jamf
      releaseDevices: true # abm-gitops-ignore release-devices-enabled -- approved, see ${secret.accessSecret}
      serviceToken:
        expiresAt: 2026-11-25
      # jwt ${secret.jwt}
    - id: kandji
      type: external
      name: ${secret.password}
      vendor: kandji
      serviceToken:
        expiresAt: 2027-06-01
        # ${secret.base64}
`,
    'apple-business-manager',
  );
  const root = writeRepo({ 'organization.yml': organizationFile });
  const now = parseInstant('2026-11-23')!;
  const values = Object.entries(secret);

  function expectNoCredential(output: string, where: string): void {
    for (const [name, value] of values) expect(output.includes(value), `${name} in ${where}`).toBe(false);
  }

  it('masks them in code frames, messages and waiver reasons, in every format', () => {
    const run = validateRepository({ root, now });
    // The file is quotable (no whole secret in it), the findings are where the credentials are shown.
    const sources = quotableTexts(run.model);
    expect(sources.has('organization.yml')).toBe(true);
    const rules = new Set(run.report.findings.map((finding) => finding.ruleId));
    for (const rule of ['schema', 'duplicate-service-name', 'token-expiry', 'release-devices-enabled']) expect(rules).toContain(rule);
    expect(run.report.findings.find((finding) => finding.ruleId === 'release-devices-enabled')?.waived).toBe(true);

    const options = { color: false, quiet: false, sources, rules: RULE_METAS, pathPrefix: 'config/' };
    for (const format of OUTPUT_FORMATS) expectNoCredential(formatReport(format, run.report, options), format);
    expectNoCredential(JSON.stringify(annotationsOf(run.report, 'config/')), 'annotations');

    const text = formatReport('text', run.report, options);
    // The frames are there, with the credentials masked in place (not left out).
    expect(text).toContain(`apiToken: ${'*'.repeat(secret.github.length)}`);
    expect(text).toContain(`      # ${'*'.repeat(secret.keyLine.length)}`);
    expect(text).toMatch(/both named "\*{20}"/);
    expect(formatReport('json', run.report, options)).toContain(`approved, see ${'*'.repeat(secret.accessSecret.length)}`);
  });

  it('masks them in the token calendar and the renewal pull request text', () => {
    const model = buildModel(root, now);
    const calendar = tokenCalendar(model, tokenRows(model));
    expect(calendar).toContain('BEGIN:VEVENT');
    expectNoCredential(calendar.replace(/\r\n /g, ''), 'the calendar');
    const { pulls } = planRenewals(model, { now });
    expect(pulls.length).toBeGreaterThan(0);
    for (const pull of pulls) {
      expect(pull.body).toContain('jamf');
      expectNoCredential(`${pull.title}\n${pull.body}`, `pull request ${pull.branch}`);
    }
  });
});
