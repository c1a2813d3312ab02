import { describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../src/base/findings.js';
import { runCli } from '../../src/cli/run.js';
import { findingsOf, organization, validateFiles, writeRepo } from '../support/repo.js';

const UNITS = `  units:
    - id: hq
      name: HQ
      primary: true
    - id: nyc
      name: New York
`;

/** An organization whose content token names the unit `nyk` (line 15) and the account `ghost` (line 16). */
function orgWithDanglingToken(name: string, unitLine = '      unit: nyk', extraLines = ''): string {
  return organization(
    name,
    `${UNITS}  contentTokens:
    - id: nyc-apps
${unitLine}
      downloadedBy: ghost@acme.example
      expiresAt: 2027-08-01
${extraLines}`,
  );
}

function config(exceptions: string): string {
  return `apiVersion: abm-gitops/v1
kind: Config
exceptions:
${exceptions}`;
}

function waivedState(report: ValidationReport): Array<{ ruleId: string; line: number; waived: boolean; waiver?: unknown }> {
  return report.findings.map(({ ruleId, line, waived, waiver }) => ({ ruleId, line, waived: waived === true, ...(waiver ? { waiver } : {}) }));
}

describe('inline waivers', () => {
  it('waive a finding on the same line, keeping it in the report with its reason', () => {
    const report = validateFiles({ 'org.yml': orgWithDanglingToken('acme', '      unit: nyk  # abm-gitops-ignore unresolved-reference -- unit is being created, IT-1234') });
    expect(waivedState(report)).toEqual([
      { ruleId: 'unresolved-reference', line: 15, waived: true, waiver: { reason: 'unit is being created, IT-1234', source: 'inline' } },
      { ruleId: 'unresolved-reference', line: 16, waived: false },
    ]);
    expect(report.summary).toMatchObject({ errors: 1, waived: 1 });
  });

  it('waive a finding from a comment alone on the line above', () => {
    const report = validateFiles({
      'org.yml': orgWithDanglingToken('acme', '      # abm-gitops-ignore unresolved-reference -- unit is being created\n      unit: nyk'),
    });
    expect(waivedState(report)).toEqual([
      { ruleId: 'unresolved-reference', line: 16, waived: true, waiver: { reason: 'unit is being created', source: 'inline' } },
      { ruleId: 'unresolved-reference', line: 17, waived: false },
    ]);
  });

  it('do not reach past the next line, nor from a comment that ends a line with content', () => {
    const twoAbove = validateFiles({
      'org.yml': orgWithDanglingToken('acme', '      # abm-gitops-ignore unresolved-reference -- too far away\n\n      unit: nyk'),
    });
    expect(findingsOf(twoAbove, 'unresolved-reference').filter((finding) => finding.waived)).toEqual([]);

    const trailingAbove = validateFiles({
      'org.yml': orgWithDanglingToken('acme', '      unit: nyk  # abm-gitops-ignore unresolved-reference -- covers this line only'),
    });
    expect(findingsOf(trailingAbove, 'unresolved-reference').map((finding) => [finding.line, finding.waived === true])).toEqual([
      [15, true],
      [16, false],
    ]);
  });

  it('waive only the rule they name', () => {
    const report = validateFiles({ 'org.yml': orgWithDanglingToken('acme', '      unit: nyk  # abm-gitops-ignore duplicate-id -- wrong rule') });
    expect(waivedState(report).filter((finding) => finding.waived)).toEqual([]);
  });

  it('without a reason waive nothing and are reported as waiver-without-reason at the comment', () => {
    const report = validateFiles({ 'org.yml': orgWithDanglingToken('acme', '      unit: nyk  # abm-gitops-ignore unresolved-reference') });
    expect(findingsOf(report, 'waiver-without-reason')).toEqual([
      {
        file: 'org.yml',
        line: 15,
        column: 18,
        severity: 'error',
        message:
          'This waiver for `unresolved-reference` gives no reason, so it waives nothing: a waiver must say why the finding is acceptable. Write `# abm-gitops-ignore <rule-id> -- <reason>`.',
      },
    ]);
    expect(report.summary).toMatchObject({ errors: 3, waived: 0 });
  });

  it('with an empty reason after -- count as without reason', () => {
    const report = validateFiles({ 'org.yml': orgWithDanglingToken('acme', '      unit: nyk  # abm-gitops-ignore unresolved-reference --   ') });
    expect(findingsOf(report, 'waiver-without-reason').map((finding) => finding.line)).toEqual([15]);
    expect(report.summary.waived).toBe(0);
  });

  it('naming an unknown rule waive nothing and are reported with "did you mean"', () => {
    const report = validateFiles({ 'org.yml': orgWithDanglingToken('acme', '      unit: nyk  # abm-gitops-ignore unresolved-referense -- typo in the rule id') });
    expect(findingsOf(report, 'waiver-unknown-rule')).toEqual([
      {
        file: 'org.yml',
        line: 15,
        column: 18,
        severity: 'error',
        message: 'This waiver names `unresolved-referense`, which is no rule, so it waives nothing: did you mean `unresolved-reference`?',
      },
    ]);
    expect(report.summary.waived).toBe(0);
  });
});

describe('config exceptions', () => {
  it('waive a rule for a whole organization, and only that organization', () => {
    const report = validateFiles({
      'abm-gitops.yml': config(`  - rule: unresolved-reference
    organization: acme
    reason: "Units are being migrated, IT-1234"
    expires: 2027-01-31
`),
      'a.yml': orgWithDanglingToken('acme'),
      'b.yml': orgWithDanglingToken('beta'),
    });
    expect(report.findings.map(({ file, line, waived, waiver }) => ({ file, line, waived: waived === true, waiver }))).toEqual([
      { file: 'a.yml', line: 15, waived: true, waiver: { reason: 'Units are being migrated, IT-1234', source: 'config' } },
      { file: 'a.yml', line: 16, waived: true, waiver: { reason: 'Units are being migrated, IT-1234', source: 'config' } },
      { file: 'b.yml', line: 15, waived: false, waiver: undefined },
      { file: 'b.yml', line: 16, waived: false, waiver: undefined },
    ]);
    expect(report.summary).toMatchObject({ errors: 2, waived: 2 });
  });

  it('with a target waive findings at or below that entry only', () => {
    const report = validateFiles({
      'abm-gitops.yml': config(`  - rule: unresolved-reference
    organization: acme
    target: contentTokens/nyc-apps
    reason: "Token moves to the new unit next week"
    expires: 2027-01-31
`),
      'org.yml': orgWithDanglingToken(
        'acme',
        '      unit: nyk',
        `    - id: nyc-apps-2
      unit: nowhere
      expiresAt: 2027-08-01
`,
      ),
    });
    expect(waivedState(report).map(({ ruleId, line, waived }) => ({ ruleId, line, waived }))).toEqual([
      { ruleId: 'unresolved-reference', line: 15, waived: true },
      { ruleId: 'unresolved-reference', line: 16, waived: true },
      { ruleId: 'unresolved-reference', line: 19, waived: false },
    ]);
  });

  it('with a service token target waive the service token and nothing else of the service', () => {
    const report = validateFiles({
      'abm-gitops.yml': config(`  - rule: unresolved-reference
    organization: acme
    target: deviceManagementServices/jamf/serviceToken
    reason: "The downloader's account is being recreated"
    expires: 2027-01-31
`),
      'org.yml': organization(
        'acme',
        `${UNITS}  deviceManagementServices:
    - id: jamf
      type: external
      name: Jamf Pro
      vendor: jamf
      units: [boston]
      publicKey:
        ref: env:JAMF_PUBLIC_KEY
      serviceToken:
        downloadedBy: ghost@acme.example
        expiresAt: 2027-08-01
`,
      ),
    });
    expect(findingsOf(report, 'unresolved-reference').map(({ line, column, waived }) => ({ line, column, waived: waived === true }))).toEqual([
      { line: 18, column: 15, waived: false },
      { line: 22, column: 9, waived: true },
    ]);
  });

  it('naming an unknown rule are reported in abm-gitops.yml at `rule`', () => {
    const report = validateFiles({
      'abm-gitops.yml': config(`  - rule: unresolved-referense
    organization: acme
    reason: "Units are being migrated"
    expires: 2027-01-31
`),
      'org.yml': orgWithDanglingToken('acme'),
    });
    expect(findingsOf(report, 'waiver-unknown-rule')).toEqual([
      {
        file: 'abm-gitops.yml',
        line: 4,
        column: 5,
        severity: 'error',
        message: 'The exception for organization `acme` names `unresolved-referense`, which is no rule, so it waives nothing: did you mean `unresolved-reference`?',
      },
    ]);
    expect(report.summary.waived).toBe(0);
  });

  it('past their date stop applying and are reported as waiver-expired at `expires`', () => {
    const report = validateFiles({
      'abm-gitops.yml': config(`  - rule: unresolved-reference
    organization: acme
    reason: "Units are being migrated"
    expires: 2026-11-22
`),
      'org.yml': orgWithDanglingToken('acme'),
    });
    expect(findingsOf(report, 'waiver-expired')).toEqual([
      {
        file: 'abm-gitops.yml',
        line: 7,
        column: 5,
        severity: 'warning',
        message:
          'The exception for `unresolved-reference` in organization `acme` expired on 2026-11-22 and no longer applies: fix what it waived, or renew it with a new date and an up-to-date reason.',
      },
    ]);
    expect(report.summary).toMatchObject({ errors: 2, warnings: 1, waived: 0 });
  });

  it('still apply through the whole of their last day', () => {
    const report = validateFiles(
      {
        'abm-gitops.yml': config(`  - rule: unresolved-reference
    organization: acme
    reason: "Units are being migrated"
    expires: 2026-11-23
`),
        'org.yml': orgWithDanglingToken('acme'),
      },
      '2026-11-23T23:59:59Z',
    );
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, waived: 2 });
  });
});

describe('waived findings and the exit status', () => {
  it('do not fail validate, but appear in its JSON with waived: true and the waiver', async () => {
    const root = writeRepo({ 'org.yml': orgWithDanglingToken('acme', '      unit: nyk  # abm-gitops-ignore unresolved-reference -- IT-1234', '') });
    const rootWithoutDownloader = writeRepo({
      'org.yml': organization(
        'acme',
        `${UNITS}  contentTokens:
    - id: nyc-apps
      unit: nyk  # abm-gitops-ignore unresolved-reference -- IT-1234
      expiresAt: 2027-08-01
`,
      ),
    });
    const run = async (dir: string) => {
      let stdout = '';
      const code = await runCli(['validate', dir, '--format', 'json', '--now', '2026-11-23'], {
        stdout: (text) => (stdout += text),
        stderr: () => undefined,
        env: {},
        cwd: dir,
        isTTY: false,
      });
      return { code, report: JSON.parse(stdout) as ValidationReport };
    };

    const partly = await run(root);
    expect(partly.code).toBe(1);
    expect(partly.report.summary).toMatchObject({ errors: 1, waived: 1 });

    const fully = await run(rootWithoutDownloader);
    expect(fully.code).toBe(0);
    expect(fully.report.findings).toEqual([
      {
        ruleId: 'unresolved-reference',
        severity: 'error',
        message: 'No unit `nyk` in organization `acme`: did you mean `nyc`?',
        file: 'org.yml',
        line: 15,
        column: 7,
        endLine: 15,
        endColumn: 16,
        organization: 'acme',
        path: 'spec.contentTokens[0].unit',
        waived: true,
        waiver: { reason: 'IT-1234', source: 'inline' },
      },
    ]);
    expect(fully.report.summary).toEqual({ files: 1, organizations: 1, errors: 0, warnings: 0, infos: 0, waived: 1 });
  });
});
