import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReference, replaceReference } from '../../scripts/config-reference.mjs';

const page = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');

describe('docs/configuration.md field reference', () => {
  it('is what the JSON Schemas say (run `node scripts/config-reference.mjs --write` after changing a schema)', () => {
    expect(replaceReference(page, fieldReference())).toBe(page);
  });

  it('has a row for every key, with its type, required mark, default and meaning', () => {
    const reference = fieldReference();
    for (const key of [
      'spec.contentTokens[].expiresAt',
      'spec.deviceManagementServices[].serviceToken.privateKey',
      'expiry.warnBefore',
      'renewal.group',
      'limits.maxFileBytes',
      'exceptions[].reason',
    ]) {
      expect(
        reference.split('\n').some((line) => line.startsWith(`| \`${key}\` | `)),
        key,
      ).toBe(true);
    }
    expect(reference).toMatch(/^\| `spec\.units\[\]\.primary` \| boolean \| {2}\| `false` \| /m);
    expect(reference).not.toMatch(/\|\s*\|\s*\|\s*\|\s*\|\s*$/m);
  });
});
