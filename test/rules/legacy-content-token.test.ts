import { describe, expect, it } from 'vitest';
import { findingsOf, organization, validateFiles } from '../support/repo.js';

/** One content token; `legacyUserBased` (when given) is line 15, column 7. */
function contentToken(legacyLine: string): string {
  return organization(
    'acme',
    `  units:
    - id: hq
      name: HQ
      primary: true
  contentTokens:
    - id: hq-apps
      unit: hq
      expiresAt: 2027-08-11
${legacyLine}`,
  );
}

const legacyFindings = (legacyLine: string) => findingsOf(validateFiles({ 'org.yml': contentToken(legacyLine) }), 'legacy-content-token');

describe('legacy-content-token', () => {
  it('warns at `legacyUserBased: true`', () => {
    const [finding, ...rest] = legacyFindings('      legacyUserBased: true\n');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ file: 'org.yml', line: 15, column: 7, severity: 'warning' });
    expect(finding!.message).toBe(
      'Content token `hq-apps` in organization `acme` is a legacy user-based token: Apple asks organizations to migrate legacy user-based tokens (Manage content tokens > Migrate content tokens). Migrate it, upload the new token to the service, and remove `legacyUserBased`.',
    );
  });

  it('is quiet with `legacyUserBased: false`, and the organization is clean', () => {
    expect(validateFiles({ 'org.yml': contentToken('      legacyUserBased: false\n') }).findings).toEqual([]);
  });

  it('is quiet without the key (the default is false)', () => {
    expect(legacyFindings('')).toEqual([]);
  });
});
