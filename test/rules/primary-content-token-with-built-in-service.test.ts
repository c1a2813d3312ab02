import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

const RULE = 'primary-content-token-with-built-in-service';

/** Units hq (primary) and nyc, an external `jamf` service, optional extra spec lines, and tokens of both units. */
function spec(options: { services?: string; hqService?: string; nycService?: string; top?: string }): string {
  return `${options.top ?? ''}  units:
    - id: hq
      name: HQ
      primary: true
    - id: nyc
      name: NYC
  deviceManagementServices:
${options.services ?? ''}    - id: jamf
      type: external
      name: Jamf
      vendor: jamf
  contentTokens:
    - id: hq-apps
      unit: hq
${options.hqService ? `      service: ${options.hqService}\n` : ''}      expiresAt: 2027-08-20
    - id: nyc-apps
      unit: nyc
${options.nycService ? `      service: ${options.nycService}\n` : ''}      expiresAt: 2027-08-20
`;
}

const BUILT_IN = `    - id: built-in
      type: built-in
`;

describe(RULE, () => {
  it("fires at the primary unit's `service` when Apple Business uses the built-in service, never at other units", () => {
    const report = validateFiles({ 'org.yml': organization('acme', spec({ services: BUILT_IN, hqService: 'jamf', nycService: 'jamf' })) });
    const findings = findingsOf(report, RULE);
    expect(findings).toEqual([expect.objectContaining({ file: 'org.yml', line: 23, column: 7, severity: 'error' })]);
    expect(findings[0]!.message).toContain('Organization `acme` uses the built-in device management service (`built-in`)');
    expect(findings[0]!.message).toContain('content token `hq-apps` of its primary unit `hq` is uploaded to external service `jamf`');
    expect(findings[0]!.message).toContain('inconsistencies in app license inventory and app assignment failures');
    expect(findings[0]!.message).toContain('original organization only');
  });

  it("is quiet when only another unit's token goes to the external service", () => {
    const report = validateFiles({ 'org.yml': organization('acme', spec({ services: BUILT_IN, nycService: 'jamf' })) });
    expect(findingsOf(report, RULE)).toEqual([]);
  });

  it('is quiet when the primary token is uploaded to the built-in service itself', () => {
    const report = validateFiles({ 'org.yml': organization('acme', spec({ services: BUILT_IN, hqService: 'built-in' })) });
    expect(findingsOf(report, RULE)).toEqual([]);
  });

  it('is quiet without a built-in service', () => {
    const report = validateFiles({ 'org.yml': organization('acme', spec({ hqService: 'jamf', nycService: 'jamf' })) });
    expect(findingsOf(report, RULE)).toEqual([]);
  });

  it("fires for Apple Business Essentials on a monthly subscription, citing the primary location's token", () => {
    const files = { 'org.yml': organization('bloom', spec({ top: '  essentialsSubscription: monthly\n', hqService: 'jamf', nycService: 'jamf' }), 'apple-business-essentials') };
    const findings = findingsOf(validateFiles(files), RULE);
    expect(findings).toEqual([expect.objectContaining({ file: 'org.yml', line: 22, column: 7, severity: 'error' })]);
    expect(findings[0]!.message).toContain('Organization `bloom` has a monthly Apple Business Essentials subscription');
    expect(findings[0]!.message).toContain('primary location `hq`');
    expect(findings[0]!.message).toContain("Apple Business Essentials itself uses the primary location's token");
  });

  it('fires for Apple Business Essentials with a declared built-in service on an annual plan', () => {
    const files = { 'org.yml': organization('bloom', spec({ top: '  essentialsSubscription: annual\n', services: BUILT_IN, hqService: 'jamf' }), 'apple-business-essentials') };
    const findings = findingsOf(validateFiles(files), RULE);
    expect(findings).toEqual([expect.objectContaining({ line: 24, column: 7 })]);
    expect(findings[0]!.message).toContain('uses the built-in device management service (`built-in`)');
  });

  it('is quiet for Apple Business Essentials on an annual plan without a built-in service', () => {
    const files = { 'org.yml': organization('bloom', spec({ top: '  essentialsSubscription: annual\n', hqService: 'jamf' }), 'apple-business-essentials') };
    expect(findingsOf(validateFiles(files), RULE)).toEqual([]);
  });

  it('leaves a built-in service declared in Apple Business Manager to built-in-service-unsupported', () => {
    const report = validateFiles({ 'org.yml': organization('contoso', spec({ services: BUILT_IN, hqService: 'jamf' }), 'apple-business-manager') });
    expect(findingsOf(report, RULE)).toEqual([]);
    expect(findingsOf(report, 'built-in-service-unsupported')).toHaveLength(1);
  });
});
