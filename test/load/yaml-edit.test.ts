import { describe, expect, it } from 'vitest';
import { editYaml, YamlEditError } from '../../src/load/yaml-edit.js';

describe('editYaml', () => {
  it('appends to a block list in the list’s own dash and content columns, before trailing comments', () => {
    const before = 'spec:\n  units:\n  -   id: hq\n      name: HQ\n  # trailing\nother: 1\n';
    expect(editYaml(before, [{ op: 'append', path: ['spec', 'units'], items: [{ id: 'nyc', name: 'Acme New York', tags: ['a', 'b'] }] }])).toBe(
      'spec:\n  units:\n  -   id: hq\n      name: HQ\n  -   id: nyc\n      name: Acme New York\n      tags:\n        - a\n        - b\n  # trailing\nother: 1\n',
    );
  });

  it('appends to a flow list and to an empty one, and adds nested keys to a flow map', () => {
    expect(
      editYaml('a: [x]\nb: []\n', [
        { op: 'append', path: ['a'], items: [{ id: 'y' }] },
        { op: 'append', path: ['b'], items: ['z'] },
      ]),
    ).toBe('a: [x, {id: y}]\nb: [z]\n');
    expect(editYaml('m: {a: 1}\n', [{ op: 'add', path: ['m'], entries: { b: { c: 'Zürich Büro' } } }])).toBe('m: {a: 1, b: {c: Zürich Büro}}\n');
  });

  it('adds a list under a key with the file’s indentation step, quoting what would not read back as a string', () => {
    const before = 'spec:\n    product: apple-business\n';
    expect(editYaml(before, [{ op: 'add', path: ['spec'], entries: { contentTokens: [{ id: 'a', ref: 'env:X', expiresAt: '2027-01-01', note: '12' }] } }])).toBe(
      'spec:\n    product: apple-business\n    contentTokens:\n        - id: a\n          ref: env:X\n          expiresAt: 2027-01-01\n          note: "12"\n',
    );
  });

  it('refuses to add through an alias or into a scalar', () => {
    const aliased = 'a: &x {k: 1}\nb: *x\n';
    expect(() => editYaml(aliased, [{ op: 'add', path: ['b'], entries: { n: 2 } }])).toThrow(YamlEditError);
    expect(() => editYaml(aliased, [{ op: 'add', path: ['b'], entries: { n: 2 } }])).toThrow('b is an alias (*x): edit its anchor by hand');
    expect(() => editYaml('a: 1\n', [{ op: 'append', path: ['a'], items: [1] }], { caller: 'import' })).toThrow('import: a in document 0 is not a list');
  });
});
