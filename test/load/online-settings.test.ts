import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { DAY_MS } from '../../src/base/dates.js';
import { loadConfig } from '../../src/config/config.js';
import { buildModel } from '../../src/validate.js';
import { organization, writeRepo } from '../support/repo.js';

const config = (online: string) => `apiVersion: abm-gitops/v1\nkind: Config\nonline:\n${online}`;

function loadError(text: string): string {
  try {
    loadConfig(writeRepo({ 'abm-gitops.yml': text }));
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('online settings in abm-gitops.yml', () => {
  it('default to silentAfter 7d and concurrency 4, with or without a config file', () => {
    expect(loadConfig(writeRepo({})).online).toEqual({ silentAfterMs: 7 * DAY_MS, concurrency: 4 });
    expect(loadConfig(writeRepo({ 'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\n' })).online).toEqual({ silentAfterMs: 7 * DAY_MS, concurrency: 4 });
  });

  it('take what is written', () => {
    expect(loadConfig(writeRepo({ 'abm-gitops.yml': config('  silentAfter: 36h\n  concurrency: 12\n') })).online).toEqual({ silentAfterMs: 36 * 3600_000, concurrency: 12 });
  });

  it('refuse a silentAfter outside 1h…366d and a concurrency outside 1…32, as one located line', () => {
    expect(loadError(config('  silentAfter: 0h\n'))).toBe('abm-gitops.yml:4:3: `online.silentAfter` is 0h: use a duration between `1h` and `366d` (default `7d`).');
    expect(loadError(config('  silentAfter: 400d\n'))).toBe('abm-gitops.yml:4:3: `online.silentAfter` is 400d: use a duration between `1h` and `366d` (default `7d`).');
    expect(loadError(config('  concurrency: 100\n'))).toMatch(/^abm-gitops\.yml:4:\d+: invalid configuration: `concurrency` .*32/);
    expect(loadError(config('  silentAfter: soon\n'))).toMatch(/^abm-gitops\.yml:4:\d+: invalid configuration: `soon` is not a valid `silentAfter`: expected a duration/);
  });
});

describe('spec.appleApi in the model', () => {
  const units = '  units:\n    - { id: hq, name: HQ, primary: true }\n';
  const good =
    '  appleApi:\n    clientId: BUSINESSAPI.3bb3a62b-6ba9-4cbb-8a7d-7b9c7a6e3e11\n    keyId: d136aa66-0c3b-4bd4-9892-c20e8db024ab\n    privateKey: env:ACME_APPLE_API_KEY\n';

  it('is carried on the organization when well-formed', () => {
    const model = buildModel(writeRepo({ 'org.yml': organization('acme', units + good) }), new Date('2026-11-23T00:00:00Z'));
    expect(model.organizations[0]?.appleApi).toEqual({
      clientId: 'BUSINESSAPI.3bb3a62b-6ba9-4cbb-8a7d-7b9c7a6e3e11',
      keyId: 'd136aa66-0c3b-4bd4-9892-c20e8db024ab',
      privateKey: 'env:ACME_APPLE_API_KEY',
    });
  });

  it('is left out when malformed, while the organization itself is still modelled for the offline rules', () => {
    const model = buildModel(writeRepo({ 'org.yml': organization('acme', units + good.replace('BUSINESSAPI.', '')) }), new Date('2026-11-23T00:00:00Z'));
    expect(model.organizations).toHaveLength(1);
    expect(model.organizations[0]?.appleApi).toBeUndefined();
  });
});
