/**
 * No credential in any output, and nothing a reader needs hidden: secrets
 * made at test time on lines a code frame shows, in values a message quotes,
 * in waiver reasons, in names the calendar and the pull request text print,
 * in error messages; env names, paths, e-mail addresses, ids and branch
 * names shown as they are (docs/security.md, "What is masked where").
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskCredentials, maskPrefixedTokens } from '../../src/base/credentials.js';
import { parseInstant } from '../../src/base/dates.js';
import { runCli } from '../../src/cli/run.js';
import { annotationsOf, formatReport } from '../../src/report/index.js';
import { OUTPUT_FORMATS } from '../../src/report/index.js';
import { codeFrame } from '../../src/report/code-frame.js';
import { palette } from '../../src/report/colors.js';
import { planRenewals } from '../../src/renew/plan.js';
import { RULE_METAS } from '../../src/rules/index.js';
import { tokenCalendar, tokenRows } from '../../src/tokens.js';
import { buildModel, quotableTexts, validateRepository } from '../../src/validate.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { organization, writeRepo } from '../support/repo.js';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const NO_COLOR = palette(false);

/** Random letters and digits, with at least one of each kind (as every real token of that length has). */
function randomWord(length: number): string {
  const word = [...randomBytes(length)].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
  return `Aa1${word.slice(3)}`;
}

/** Upper-case letters and digits (AWS's alphabet). */
function randomUpper(length: number): string {
  return [...randomBytes(length)]
    .map((byte) => ALPHANUMERIC.slice(0, 26)[byte % 26])
    .join('')
    .replace(/^./, '7');
}

const base64url = (value: object | Buffer): string => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

/** Tokens known by their prefix, fresh for every run: masked everywhere, composed text included. */
function prefixedTokens() {
  return {
    github: `ghp_${randomWord(36)}`,
    githubPat: `github_pat_${randomWord(22)}_${randomWord(59)}`,
    gitlab: `glpat-${randomWord(20)}`,
    slack: `xoxb-${randomBytes(6).readUIntBE(0, 6)}-${randomWord(24)}`,
    aws: `AKIA${randomUpper(16)}`,
    consumerKey: `CK_${randomBytes(16).toString('hex')}`,
    consumerSecret: `CS_${randomBytes(20).toString('hex')}`,
    accessToken: `AT_${randomWord(40)}`,
    accessSecret: `AS_${randomBytes(20).toString('hex')}`,
    jwt: `${base64url({ alg: 'ES256', kid: 'key' })}.${base64url({ sub: 'BUSINESSAPI.x', exp: 1 })}.${base64url(randomBytes(64))}`,
  };
}

/** A base64url value that `-` or `_` would split into short pieces, mixing cases and digits. */
function base64urlSecret(): string {
  for (;;) {
    const value = randomBytes(24).toString('base64url');
    if (/[-_]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value)) return value;
  }
}

/** Credential-shaped values that only the heuristic knows: masked in raw source lines and quoted user values. */
function unprefixedSecrets() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const keyLines = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().split('\n');
  return {
    keyLine: keyLines[3]!,
    contentToken: Buffer.from(JSON.stringify({ token: randomBytes(96).toString('base64'), expDate: '2027-06-01T00:00:00+0000', orgName: 'Acme' })).toString('base64'),
    password: randomWord(20),
    base64: randomBytes(48).toString('base64'),
    base64url: base64urlSecret(),
  };
}

/** What a reader needs to act on, in the shapes that used to be masked: never masked anywhere. */
const SHOWN = [
  'env:VppTokenAcmeNyc2026',
  'file:certs/JamfProd2026/PublicKeyForAcme2026.pem',
  'file:tokens/Acme_Token_2026-11-23T10-00-00Z_smime.p7m',
  'file:customers/contoso-ltd/tokens/sToken_for_Contoso2026.vpptoken',
  'customers/Contoso2026/organization.yml',
  'customers/Contoso2026/tokens',
  'certs/JamfProd2026/PublicKeyForAcme2026.pem',
  'AdminNyc2026@acme.example',
  'jane.AppleseedContoso2026@contoso.example',
  `sha256 ${randomBytes(32).toString('hex')}`,
  '2026-11-23T10:00:00Z',
  'BUSINESSAPI.9703f56c-10ce-4876-8f59-e78e5e23a152',
  'nyc-apps-2026',
  // A BEGIN line alone, no key; written in two pieces so secret scanners do not take this file for a key.
  ['-----BEGIN PRIVATE', 'KEY-----'].join(' '),
];
/** Shown in text we compose (messages, calendar, pull requests), where nothing is masked by its shape alone. */
const SHOWN_IN_COMPOSED_TEXT = [...SHOWN, 'NycAppsContoso2026', 'abm-gitops/renew/NycAppsContoso2026/token-VppTokenAcme2026', 'Contoso2026Apps', randomWord(20)];

describe('maskPrefixedTokens (text we compose)', () => {
  it('masks every token known by its prefix whole, keeping the length', () => {
    for (const [name, value] of Object.entries(prefixedTokens())) {
      expect(maskPrefixedTokens(`see ${value}, then`), name).toBe(`see ${'*'.repeat(value.length)}, then`);
      // Glued to a path segment (an unknown key in a finding's path).
      expect(maskPrefixedTokens(`spec.${value}`), name).toBe(`spec.${'*'.repeat(value.length)}`);
    }
  });

  it("masks a PEM key's body and keeps its BEGIN line and line breaks", () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const shown = maskPrefixedTokens(`reason: ${pem}`);
    for (const line of pem.split('\n').slice(1, -2)) expect(shown).not.toContain(line);
    expect(shown).toContain(`${pem.split('\n')[0]}\n****`);
    expect(shown.split('\n')).toHaveLength(pem.split('\n').length);
  });

  it('shows env names, paths, e-mail addresses, ids, branch names and mixed-case words', () => {
    for (const value of SHOWN_IN_COMPOSED_TEXT) expect(maskPrefixedTokens(`renew ${value} now`)).toBe(`renew ${value} now`);
  });

  it('is linear: a megabyte of JWT starts and of prefixes takes no longer than a line', () => {
    const line = `note: a${'-eyJ'.repeat(250_000)} ${'ghp_'.repeat(100_000)}`;
    expect(maskPrefixedTokens(line)).toBe(line);
  });
});

describe('maskCredentials (raw source lines, quoted user values)', () => {
  it('masks every credential shape whole, keeping the length', () => {
    for (const [name, value] of Object.entries({ ...prefixedTokens(), ...unprefixedSecrets() })) {
      const line = `    note: "${value}" # kept`;
      expect(maskCredentials(line), name).toBe(`    note: "${'*'.repeat(value.length)}" # kept`);
    }
  });

  it("masks the reviewer's examples: a base64 password with a slash, a base64url one with `-`/`_`", () => {
    expect(maskCredentials('vpp admin pw: qHd6ecF28KvsaEpTt7TU/aA6')).toBe(`vpp admin pw: ${'*'.repeat(24)}`);
    expect(maskCredentials('pw: k3Jd_9aQ-Lm2XpT7vBn4Rc')).toBe(`pw: ${'*'.repeat(22)}`);
  });

  it('masks every `openssl rand -base64 18` value that mixes cases and digits, slash or not', () => {
    // The same 10,000 values on every run (a hash chain, made here): the test cannot pass or fail by luck.
    let withSlash = 0;
    for (let index = 0; index < 10_000; index++) {
      const value = createHash('sha256').update(`openssl-rand-${index}`).digest().subarray(0, 18).toString('base64');
      if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[0-9]/.test(value)) continue;
      if (value.includes('/')) withSlash++;
      expect(maskCredentials(`password: ${value}`), value).toBe(`password: ${'*'.repeat(value.length)}`);
    }
    expect(withSlash).toBeGreaterThan(2000);
  });

  it('shows env names, paths, e-mail addresses, hashes, dates and kebab-case ids', () => {
    for (const value of SHOWN) expect(maskCredentials(`    ref: ${value} # kept`)).toBe(`    ref: ${value} # kept`);
    expect(maskCredentials('path: certs/Jamf9xQ2026/Key7Ab.pem')).toBe('path: certs/Jamf9xQ2026/Key7Ab.pem');
  });

  it('cuts a 1 MB line to what a code frame shows before masking it', () => {
    const secret = randomWord(24);
    const line = `note: ${secret} a${'-eyJ'.repeat(250_000)}`;
    expect(maskCredentials(`x ${'-eyJ'.repeat(250_000)}`)).toHaveLength(1_000_002);
    const frame = codeFrame(`first: 1\n${line}\nlast: 2`, { line: 2, column: 7, endLine: 2, endColumn: 31 }, NO_COLOR);
    const shown = frame.split('\n')[1]!;
    // The run of `-eyJ` reaches the cut: long enough to be a blob's start, it is masked too.
    expect(shown).toContain(`note: ${'*'.repeat(24)} ${'*'.repeat(100)}`);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(200);
    // Short words past the cut stay words.
    const words = codeFrame(`note: ${'nyc-apps-2026 '.repeat(80_000)}`, { line: 1, column: 1, endLine: 1, endColumn: 5 }, NO_COLOR);
    expect(words).toContain(`note: ${'nyc-apps-2026 '.repeat(11)}…`);
    // A base64 blob that runs past the cut is masked whole: its end is gone, its start is still a secret's.
    const blob = randomBytes(600_000).toString('base64');
    const blobFrame = codeFrame(`blob: ${blob}`, { line: 1, column: 1, endLine: 1, endColumn: 5 }, NO_COLOR);
    expect(blobFrame).toContain(`blob: ${'*'.repeat(154)}…`);
  });
});

describe('no credential in any report, and what a reader needs shown', () => {
  const token = prefixedTokens();
  const raw = unprefixedSecrets();
  const organizationFile = organization(
    'acme',
    `  units:
    - id: hq
      name: Acme Corp
      primary: true
    - id: branch
      name: Branch office
      ${token.aws}: 1
      # ${raw.keyLine}
  deviceManagementServices:
    - id: jamf
      type: external
      name: ${token.github}
      vendor: jamf
      releaseDevices: true # abm-gitops-ignore release-devices-enabled -- approved, see ${token.accessSecret}
      serviceToken:
        expiresAt: 2026-11-25
      # jwt ${token.jwt} pw ${raw.password} ${raw.base64url}
    - id: mosyle
      type: external
      name: ${token.github}
      vendor: mosyle
    - id: kandji
      type: external
      name: NycAppsContoso2026
      vendor: kandji
      serviceToken:
        expiresAt: 2027-06-01
        # ${raw.base64}
`,
    'apple-business-manager',
  );
  const root = writeRepo({ 'organization.yml': organizationFile });
  const now = parseInstant('2026-11-23')!;
  const secrets = Object.entries({ ...token, ...raw });

  function expectNoCredential(output: string, where: string): void {
    for (const [name, value] of secrets) expect(output.includes(value), `${name} in ${where}`).toBe(false);
  }

  it('masks them in code frames, messages, paths and waiver reasons, in every format', () => {
    const run = validateRepository({ root, now });
    const sources = quotableTexts(run.model);
    expect(sources.has('organization.yml')).toBe(true);
    const rules = new Set(run.report.findings.map((finding) => finding.ruleId));
    for (const rule of ['schema', 'duplicate-service-name', 'token-expiry', 'release-devices-enabled']) expect(rules).toContain(rule);
    expect(run.report.findings.find((finding) => finding.ruleId === 'release-devices-enabled')?.waived).toBe(true);

    const options = { color: false, quiet: false, sources, rules: RULE_METAS, pathPrefix: 'config/' };
    for (const format of OUTPUT_FORMATS) expectNoCredential(formatReport(format, run.report, options), format);
    expectNoCredential(JSON.stringify(annotationsOf(run.report, 'config/')), 'annotations');

    const unknownKey = run.report.findings.find((finding) => finding.ruleId === 'schema' && finding.path?.includes('units'));
    expect(unknownKey?.path).toBe(`spec.units[1].${'*'.repeat(20)}`);
    const text = formatReport('text', run.report, options);
    expect(text).toContain(`      ${'*'.repeat(20)}: 1`);
    expect(text).toContain(`      # ${'*'.repeat(raw.keyLine.length)}`);
    expect(text).toContain(`both named "${'*'.repeat(token.github.length)}"`);
    expect(formatReport('json', run.report, options)).toContain(`approved, see ${'*'.repeat(token.accessSecret.length)}`);
  });

  it('masks them in the token calendar and the renewal pull request text, and shows names and branches', () => {
    const model = buildModel(root, now);
    const calendar = tokenCalendar(model, tokenRows(model)).replace(/\r\n /g, '');
    expect(calendar).toContain('BEGIN:VEVENT');
    expectNoCredential(calendar, 'the calendar');
    expect(calendar).toContain('NycAppsContoso2026');
    const { pulls } = planRenewals(model, { now });
    expect(pulls.length).toBeGreaterThan(0);
    for (const pull of pulls) {
      expect(pull.body).toContain('jamf');
      expectNoCredential(`${pull.title}\n${pull.body}`, `pull request ${pull.branch}`);
    }
  });
});

describe('error messages', () => {
  it('masks a token a usage error quotes, on stderr and in the JSON error document', async () => {
    const root = writeRepo({ 'organization.yml': organization('acme', '  units:\n    - id: hq\n      name: HQ\n      primary: true\n') });
    const token = prefixedTokens().github;
    const io = recordingIo(root);
    expect(await runCli(['validate', root, '--format', 'json', '--now', token], io)).toBe(2);
    expect(`${io.out}${io.err}`).not.toContain(token);
    expect(JSON.parse(io.out).error.message).toContain('*'.repeat(token.length));
    expect(io.err).toContain('*'.repeat(token.length));
  });

  it('never quotes a token an invalid abm-gitops.yml holds', async () => {
    const aws = prefixedTokens().aws;
    const root = writeRepo({ 'organization.yml': organization('acme', '  units:\n    - id: hq\n      name: HQ\n      primary: true\n') });
    writeFileSync(join(root, 'abm-gitops.yml'), `apiVersion: abm-gitops/v1\nkind: Config\nexpiry:\n  warnBefore: ${aws}\n`);
    const io = recordingIo(root);
    expect(await runCli(['validate', root, '--format', 'json'], io)).toBe(2);
    expect(`${io.out}${io.err}`).not.toContain(aws);
    expect(io.err).toContain('abm-gitops.yml:4:3');
  });
});
