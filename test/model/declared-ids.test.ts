import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/load/index.js';
import { buildOrganization } from '../../src/model/build.js';

const NO_ARTIFACTS = () => undefined;

function organizationOf(spec: Record<string, unknown>, rejected: Array<Array<string | number>> = []) {
  const source = { file: undefined, index: 0, value: { apiVersion: 'abm-gitops/v1', kind: 'Organization', metadata: { name: 'acme' }, spec } } as unknown as SourceDocument;
  return buildOrganization(source, rejected, NO_ARTIFACTS)!;
}

describe('declaredIds', () => {
  it('holds every id a list declares, rejected entries included, each once and in order', () => {
    const organization = organizationOf(
      {
        product: 'apple-business',
        units: [{ id: 'hq' }, { id: 'annex', name: 42 }, { id: 'hq' }, { name: 'no id' }, { id: 7 }],
        accounts: [{ id: 'it@acme.example', role: 'administrator' }],
      },
      [['spec', 'units', 1, 'name']],
    );
    expect(organization.units.map((entry) => entry.value.id)).toEqual(['hq', 'hq', undefined, 7]);
    expect([...organization.declaredIds.units]).toEqual(['hq', 'annex']);
    expect(organization.declaredIds.units.has('annex')).toBe(true);
    expect(organization.declaredIds.units.has('7')).toBe(false);
    expect(organization.declaredIds.accounts.has('it@acme.example')).toBe(true);
    expect(organization.declaredIds.roles.size).toBe(0);
    expect([...organization.declaredIds.deviceManagementServices]).toEqual([]);
    expect(organization.declaredIds.contentTokens.has('hq')).toBe(false);
  });

  it('answers for long lists as for short ones, and the same set each time', () => {
    const ids = Array.from({ length: 40 }, (_, index) => `unit-${index}`);
    const organization = organizationOf({ product: 'apple-business', units: [...ids, 'unit-3'].map((id) => ({ id })) });
    expect([...organization.declaredIds.units]).toEqual(ids);
    expect(organization.declaredIds.units.size).toBe(40);
    expect(ids.every((id) => organization.declaredIds.units.has(id))).toBe(true);
    expect(organization.declaredIds.units.has('unit-40')).toBe(false);
    expect(organization.declaredIds.units).toBe(organization.declaredIds.units);
  });
});
