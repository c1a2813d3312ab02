import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReferenceReader, type ReferenceOutcome } from '../../src/artifacts/stage.js';
import { writeRepo } from '../support/repo.js';

const OUTSIDE_TEXT = 'OUTSIDE-THE-REPO-7c1e0b';

/** A repo with an org file in a subfolder, plus a folder outside the repo holding a recognisable file. */
function setup() {
  const outside = writeRepo({ 'secret.txt': OUTSIDE_TEXT, 'dir/secret.txt': OUTSIDE_TEXT });
  const root = writeRepo({ 'customers/acme/org.yml': 'x: 1\n', 'customers/acme/certs/a.pem': 'A', 'shared/b.pem': 'B', 'empty.pem': '' });
  const yaml = join(root, 'customers/acme/org.yml');
  const reader = createReferenceReader({ root, env: { VPP: 'secret-value', EMPTY: '' }, maxFileBytes: 16 });
  return { root, outside, yaml, reader };
}

function text(outcome: ReferenceOutcome): string | undefined {
  return outcome.status === 'read' ? Buffer.from(outcome.bytes).toString('utf8') : undefined;
}

describe('following references', () => {
  it('reads `file:` paths relative to the YAML file, `..` included while it stays inside', () => {
    const { yaml, reader } = setup();
    expect(reader.read('file:certs/a.pem', yaml)).toMatchObject({ status: 'read', source: 'file', location: 'customers/acme/certs/a.pem' });
    expect(text(reader.read('file:certs/a.pem', yaml))).toBe('A');
    expect(text(reader.read('file:../../shared/b.pem', yaml))).toBe('B');
    expect(text(reader.read('file:./certs/../certs/a.pem', yaml))).toBe('A');
  });

  it('refuses `..` out of the root and absolute paths without reading', () => {
    const { yaml, reader, outside } = setup();
    expect(reader.read('file:../../../x.pem', yaml)).toEqual({ status: 'outside-repo', reason: 'it leaves the repository root' });
    expect(reader.read(`file:${join(outside, 'secret.txt')}`, yaml)).toEqual({
      status: 'outside-repo',
      reason: 'it is an absolute path; use a path relative to the YAML file',
    });
    expect(reader.read('file:C:\\secrets\\x.pem', yaml).status).toBe('outside-repo');
  });

  it('refuses a symlinked file or folder that leads outside, even when the target is missing', () => {
    const { root, yaml, reader, outside } = setup();
    symlinkSync(join(outside, 'secret.txt'), join(root, 'customers/acme/certs/link.pem'));
    symlinkSync(join(outside, 'dir'), join(root, 'customers/acme/linked-dir'));
    symlinkSync(join(outside, 'gone.txt'), join(root, 'customers/acme/dangling.pem'));
    const refused = { status: 'outside-repo', reason: 'a symlink on the way leads outside the repository' };
    expect(reader.read('file:certs/link.pem', yaml)).toEqual(refused);
    expect(reader.read('file:linked-dir/secret.txt', yaml)).toEqual(refused);
    expect(reader.read('file:linked-dir/missing.txt', yaml)).toEqual(refused);
    expect(reader.read('file:dangling.pem', yaml)).toEqual(refused);
  });

  it('follows a symlink that stays inside the repository', () => {
    const { root, yaml, reader } = setup();
    symlinkSync(join(root, 'shared'), join(root, 'customers/acme/shared-link'));
    expect(text(reader.read('file:shared-link/b.pem', yaml))).toBe('B');
  });

  it('says why an inside file cannot be read: missing, a folder, empty, over the cap', () => {
    const { root, yaml, reader } = setup();
    writeFileSync(join(root, 'big.pem'), 'x'.repeat(17));
    mkdirSync(join(root, 'customers/acme/folder.pem'));
    expect(reader.read('file:missing.pem', yaml)).toEqual({ status: 'unreadable', reason: 'the file does not exist' });
    expect(reader.read('file:folder.pem', yaml)).toEqual({ status: 'unreadable', reason: '`customers/acme/folder.pem` is not a regular file' });
    expect(reader.read('file:../../empty.pem', yaml)).toEqual({ status: 'unreadable', reason: '`empty.pem` is empty' });
    expect(reader.read('file:../../big.pem', yaml)).toEqual({ status: 'unreadable', reason: '`big.pem` is 17 bytes, over the 16-byte cap (limits.maxFileBytes)' });
    expect(reader.read('file:', yaml)).toEqual({ status: 'unreadable', reason: 'the `file:` reference names no file' });
  });

  it('reads each file once per run, however many references point at it', () => {
    const { root, yaml, reader } = setup();
    expect(text(reader.read('file:../../shared/b.pem', yaml))).toBe('B');
    writeFileSync(join(root, 'shared/b.pem'), 'changed');
    expect(text(reader.read('file:shared/b.pem', join(root, 'other.yml')))).toBe('B');
  });

  it('takes `env:` values from the map given, treats unset and empty alike, and checks the name', () => {
    const { yaml, reader } = setup();
    expect(reader.read('env:VPP', yaml)).toEqual({ status: 'read', source: 'secret', bytes: 'secret-value', location: 'VPP' });
    expect(reader.read('env:NOT_SET', yaml)).toEqual({ status: 'unset' });
    expect(reader.read('env:EMPTY', yaml)).toEqual({ status: 'unset' });
    // Names an object inherits are no variables of the environment.
    for (const inherited of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(reader.read(`env:${inherited}`, yaml)).toEqual({ status: 'unset' });
    expect(reader.read('env:9LIVES', yaml)).toEqual({
      status: 'unreadable',
      reason: '`9LIVES` is not a valid environment variable name (letters, digits and _, not starting with a digit)',
    });
    expect(reader.read('https://example.com/x', yaml)).toEqual({ status: 'unreadable', reason: 'a reference starts with `file:` or `env:`' });
  });
});
