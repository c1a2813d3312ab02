import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/base/dates.js';
import { RULES } from '../../src/rules/index.js';
import { validateRepository } from '../../src/validate.js';

const root = new URL('../../examples/broken', import.meta.url).pathname;
const { report } = validateRepository({ root, now: parseInstant('2026-11-23')! });

/** Rules that need a real token or certificate file, which examples never commit. */
const NEED_REAL_ARTIFACTS = ['declared-expiry-mismatch', 'token-public-key-mismatch', 'artifact-kind-mismatch'];

describe('examples/broken', () => {
  it('gives exactly these findings: file, line, column, rule, severity, waived', () => {
    const rows = report.findings.map((finding) => [finding.file, finding.line, finding.column, finding.ruleId, finding.severity, finding.waived === true]);
    expect(rows).toEqual([
      ['abm-gitops.yml', 18, 5, 'waiver-expired', 'warning', false],
      ['abm-gitops.yml', 20, 5, 'waiver-unknown-rule', 'error', false],
      ['customers/contoso/organization.yml', 21, 7, 'schema', 'error', false],
      ['customers/contoso/organization.yml', 32, 7, 'duplicate-id', 'error', false],
      ['customers/contoso/organization.yml', 47, 7, 'renewal-access-lost', 'warning', false],
      ['customers/contoso/organization.yml', 49, 9, 'token-unreadable', 'warning', false],
      ['customers/contoso/organization.yml', 50, 9, 'downloader-departed', 'error', false],
      ['customers/contoso/organization.yml', 52, 9, 'token-expiry', 'warning', false],
      ['customers/contoso/organization.yml', 54, 9, 'token-expiry', 'error', false],
      ['customers/contoso/organization.yml', 55, 7, 'apns-certificate-missing', 'warning', false],
      ['customers/contoso/organization.yml', 57, 7, 'duplicate-service-name', 'error', false],
      ['customers/contoso/organization.yml', 59, 7, 'release-devices-enabled', 'warning', true],
      ['customers/contoso/organization.yml', 61, 9, 'reference-outside-repo', 'error', false],
      ['customers/contoso/organization.yml', 62, 9, 'token-invalidated-by-password-change', 'error', false],
      ['customers/contoso/organization.yml', 71, 9, 'downloader-permission', 'error', false],
      ['customers/contoso/organization.yml', 73, 9, 'token-lifetime', 'error', false],
      ['customers/contoso/organization.yml', 79, 7, 'primary-content-token-with-built-in-service', 'error', false],
      ['customers/contoso/organization.yml', 81, 7, 'content-token-downloader-role', 'warning', false],
      ['customers/contoso/organization.yml', 88, 7, 'unresolved-reference', 'error', false],
      ['customers/contoso/organization.yml', 92, 7, 'content-token-per-unit', 'error', false],
      ['customers/contoso/organization.yml', 94, 7, 'legacy-content-token', 'warning', false],
      ['customers/contoso/organization.yml', 95, 7, 'waiver-without-reason', 'error', false],
      ['customers/fabrikam/organization.yml', 16, 7, 'primary-unit-count', 'error', false],
      ['customers/fabrikam/organization.yml', 18, 7, 'custom-role-unsupported', 'error', false],
      ['customers/fabrikam/organization.yml', 27, 7, 'built-in-service-unsupported', 'error', false],
      ['customers/fabrikam/organization.yml', 43, 7, 'content-token-shared', 'error', false],
      ['customers/northwind/organization.yml', 9, 1, 'yaml-syntax', 'error', false],
      ['customers/northwind/organization.yml', 25, 60, 'input-limit', 'error', false],
      ['leaked/contoso-nyc.vpptoken', 1, 1, 'committed-secret', 'error', false],
    ]);
  });

  it('fires every rule that can fire on YAML alone', () => {
    const fired = new Set(report.findings.map((finding) => finding.ruleId));
    const offline = RULES.filter((rule) => !rule.meta.online).map((rule) => rule.meta.id);
    const missing = offline.filter((id) => !fired.has(id) && !NEED_REAL_ARTIFACTS.includes(id));
    expect(missing).toEqual([]);
  });

  it('counts the waived finding in the summary, not among the errors', () => {
    expect(report.summary).toEqual({ files: 3, organizations: 2, errors: 21, warnings: 7, infos: 0, waived: 1 });
  });
});
