import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanForSecrets, textSecretKind } from '../../src/artifacts/stage.js';
import { listRepositoryFiles } from '../../src/load/discover.js';
import { makeContentToken, makeSelfSignedCert, makeServerToken, serverTokenPlaintext, sharedKey } from '../support/forge-fixtures.js';
import { writeRepo } from '../support/repo.js';
import { serviceOrganization } from './artifact-repo.js';
import { cpuMillis } from '../support/cpu-time.js';

const cert = makeSelfSignedCert({ cn: 'jamf-prod' });
const contentToken = makeContentToken({ expDate: new Date('2027-06-01T10:00:00Z'), orgName: 'Acme' });
const decrypted = serverTokenPlaintext({ expiry: new Date('2027-06-01T14:37:38Z') });
const pkcs1 = sharedKey().privateKeyPem;
const pkcs8 = sharedKey().privateKeyPkcs8Pem;
const CAP = 2_097_152;

describe('the committed-secret scan', () => {
  it('finds private keys, decrypted server tokens and content token files, and nothing else', () => {
    const root = writeRepo({
      'org.yml': serviceOrganization('acme'),
      'README.md': '# Tokens\nReference content tokens with env: and sha256.\n',
      'certs/jamf.pem': cert.certPem,
      'certs/jamf.der': cert.certDer,
      'tokens/jamf_Token_smime.p7m': makeServerToken({ cert: cert.cert, expiry: new Date('2027-06-01T00:00:00Z') }),
      'tokens/acme.vpptoken': contentToken,
      'keys/mdm.key': pkcs1,
      'keys/mdm-pkcs8.pem': pkcs8,
      'tmp/decrypted.txt': decrypted,
    });
    expect(scanForSecrets(root, listRepositoryFiles(root), new Map(), CAP)).toEqual([
      { path: 'keys/mdm-pkcs8.pem', kind: 'private-key' },
      { path: 'keys/mdm.key', kind: 'private-key' },
      { path: 'tmp/decrypted.txt', kind: 'decrypted-server-token' },
      { path: 'tokens/acme.vpptoken', kind: 'content-token' },
    ]);
  });

  it('skips .git and node_modules, and never follows symlinks (in or out of the repo)', () => {
    const outside = writeRepo({ 'stolen.key': pkcs1 });
    const root = writeRepo({ '.git/objects/x.key': pkcs1, 'node_modules/pkg/test.key': pkcs1, 'keys/real.key': pkcs1 });
    symlinkSync(join(outside, 'stolen.key'), join(root, 'outside.key'));
    symlinkSync(outside, join(root, 'outside-dir'));
    symlinkSync(join(root, 'keys/real.key'), join(root, 'alias.key'));
    expect(scanForSecrets(root, listRepositoryFiles(root), new Map(), CAP)).toEqual([{ path: 'keys/real.key', kind: 'private-key' }]);
  });

  it('judges files already loaded as YAML on their text in memory, not on the disk', () => {
    const root = writeRepo({ 'org.yml': serviceOrganization('acme'), 'pasted.yml': 'x: 1\n' });
    const loaded = new Map([
      ['org.yml', serviceOrganization('acme')],
      ['pasted.yml', `apiVersion: abm-gitops/v1\nkey: |\n${pkcs1.replace(/^/gm, '  ')}`],
    ]);
    expect(scanForSecrets(root, listRepositoryFiles(root), loaded, CAP)).toEqual([{ path: 'pasted.yml', kind: 'private-key' }]);
    expect(textSecretKind(serviceOrganization('acme'))).toBeUndefined();
  });

  it('reads only the head of a file over the cap, which still shows a PEM private key', () => {
    const root = writeRepo({ 'huge.pem': `${pkcs1}${'#'.repeat(200_000)}`, 'huge.txt': 'y'.repeat(200_000) });
    expect(scanForSecrets(root, listRepositoryFiles(root), new Map(), 100_000)).toEqual([{ path: 'huge.pem', kind: 'private-key' }]);
  });

  it('checks 10,000 organization files in memory quickly', () => {
    const root = writeRepo({ 'org.yml': serviceOrganization('acme') });
    const text = serviceOrganization('acme');
    const loaded = new Map<string, string>(Array.from({ length: 10_000 }, (_, index) => [`customers/c${index}/org.yml`, text]));
    loaded.set('org.yml', text);
    const { result, millis } = cpuMillis(() => {
      for (const value of loaded.values()) textSecretKind(value);
      return scanForSecrets(root, listRepositoryFiles(root), loaded, CAP);
    });
    expect(result).toEqual([]);
    expect(millis).toBeLessThan(300);
  });

  it('finds a content token with a trailing newline, as editors save it', () => {
    const root = writeRepo({});
    writeFileSync(join(root, 'hq.vpptoken'), `${contentToken}\n`);
    expect(scanForSecrets(root, listRepositoryFiles(root), new Map(), CAP)).toEqual([{ path: 'hq.vpptoken', kind: 'content-token' }]);
  });
});
