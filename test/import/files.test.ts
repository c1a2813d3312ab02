import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseInstant } from '../../src/base/dates.js';
import { checkSchema } from '../../src/schema/index.js';
import { validateRepository } from '../../src/validate.js';
import forge from 'node-forge';
import { makeApnsCert, makeContentToken, makeSelfSignedCert, makeServerToken } from '../support/forge-fixtures.js';
import { customerDownloads, JAMF_EXPIRY, KANDJI_EXPIRY, mdmKeys, ORG, place, importCli, scratchFolders } from './downloads.js';

const folder = scratchFolders();

interface ImportedDocument {
  metadata: { name: string; displayName?: string };
  spec: {
    units: Array<{ id: string; name: string; primary?: boolean }>;
    deviceManagementServices?: Array<Record<string, any>>;
    contentTokens?: Array<Record<string, any>>;
  };
}

describe('import from a customer folder', () => {
  it('writes a document that validates: schema clean, real artifacts read, findings only for what is really missing', async () => {
    const repo = folder();
    const downloads = customerDownloads();
    repo.write('abm-gitops.yml', 'apiVersion: abm-gitops/v1\nkind: Config\n');
    place(repo, 'customers/acme/files', downloads.publicFiles);
    // Secrets stay outside the repository, as the command asks.
    const secretsDir = folder();
    place(secretsDir, '.', downloads.secretFiles);

    const run = await importCli(repo.root, ['customers/acme/files', secretsDir.root, '--organization', 'acme', '--into', 'customers/acme/organization.yml']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const text = readFileSync(join(repo.root, 'customers/acme/organization.yml'), 'utf8');
    const document = parse(text) as ImportedDocument;
    expect(checkSchema('organization', document)).toEqual([]);

    expect(document.metadata).toEqual({ name: 'acme', displayName: ORG });
    expect(document.spec.units).toEqual([
      { id: 'acme-corp', name: 'Acme Corp', primary: true },
      { id: 'acme-new-york', name: 'Acme New York' },
      { id: 'zurich-buro', name: 'Zürich Büro' },
    ]);
    const [jamf, kandji] = document.spec.deviceManagementServices!;
    expect(jamf).toMatchObject({
      id: 'jamf-pro-production',
      type: 'external',
      name: 'Jamf Pro Production',
      vendor: 'jamf',
      publicKey: { ref: 'file:files/certs/jamf-prod.pem', sha256: sha256(downloads.publicFiles['certs/jamf-prod.pem']!) },
      serviceToken: {
        ref: 'file:files/Jamf Pro Production_Token_2026-01-10T14-37-38Z_smime.p7m',
        privateKey: 'env:ACME_JAMF_DEP_KEY',
        downloadedAt: '2026-01-10T14:37:38Z',
        expiresAt: JAMF_EXPIRY.toISOString().replace('.000Z', 'Z'),
      },
      apnsCertificate: { ref: 'file:files/MDM_Jamf Pro Production_Certificate.pem', expiresAt: '2027-02-01T00:00:00Z' },
    });
    // The folder's key does not decrypt Kandji's token: its expiry is the download date plus a year, and says so.
    expect(kandji).toMatchObject({
      name: 'Kandji',
      vendor: 'kandji',
      publicKey: { ref: 'file:files/certs/kandji.der' },
      serviceToken: { expiresAt: KANDJI_EXPIRY.toISOString().replace('.000Z', 'Z') },
    });
    expect(kandji!.serviceToken.privateKey).toBeUndefined();
    expect(text).toContain('expiresAt: 2027-03-02T08:00:00Z # estimated from the download date');
    expect(document.spec.contentTokens).toEqual([
      {
        id: 'acme-corp-apps',
        unit: 'acme-corp',
        ref: 'env:VPP_TOKEN_ACME_ACME_CORP',
        sha256: sha256(downloads.secretFiles['sToken_for_Acme Corp.vpptoken']!),
        expiresAt: '2027-02-01T10:00:00Z',
      },
      {
        id: 'acme-new-york-apps',
        unit: 'acme-new-york',
        ref: 'env:VPP_TOKEN_ACME_ACME_NEW_YORK',
        sha256: sha256(downloads.secretFiles['sToken_for_Acme New York.vpptoken']!),
        expiresAt: '2027-02-15T10:00:00Z',
      },
      {
        id: 'zurich-buro-apps',
        unit: 'zurich-buro',
        ref: 'env:VPP_TOKEN_ACME_ZURICH_BURO',
        sha256: sha256(downloads.secretFiles['sToken_for_Zürich Büro.vpptoken']!),
        expiresAt: '2027-04-01T10:00:00Z',
      },
    ]);
    expect(run.out).toContain('VPP_TOKEN_ACME_ACME_NEW_YORK  the content token for Acme New York: the contents of');
    expect(run.out).toContain(`ACME_JAMF_DEP_KEY             the private key that decrypts the server token of Jamf Pro Production`);

    // With the variables set as the command says, validate reads every real artifact behind the refs.
    const env = {
      ACME_JAMF_DEP_KEY: downloads.secretFiles['jamf-dep.key'] as string,
      VPP_TOKEN_ACME_ACME_CORP: downloads.secretFiles['sToken_for_Acme Corp.vpptoken'] as string,
      VPP_TOKEN_ACME_ACME_NEW_YORK: downloads.secretFiles['sToken_for_Acme New York.vpptoken'] as string,
      VPP_TOKEN_ACME_ZURICH_BURO: downloads.secretFiles['sToken_for_Zürich Büro.vpptoken'] as string,
    };
    const { report, model } = validateRepository({ root: repo.root, now: parseInstant('2026-06-01')!, env });
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.path ?? ''}`)).toEqual(['apns-certificate-missing spec.deviceManagementServices[1]']);
    const sources = report.tokens.map((token) => `${token.kind} ${token.id} ${token.source}`).sort();
    expect(sources).toEqual([
      'apns-certificate jamf-pro-production file',
      'content-token acme-corp-apps secret',
      'content-token acme-new-york-apps secret',
      'content-token zurich-buro-apps secret',
      'service-token jamf-pro-production file',
      'service-token kandji declared',
    ]);
    expect(model.organizations).toHaveLength(1);
  });

  it('prints the document to stdout and the report to stderr, exit 0, with the secrets found listed to keep out of git', async () => {
    const work = folder();
    const downloads = customerDownloads();
    place(work, 'downloads', { ...downloads.publicFiles, ...downloads.secretFiles });
    const run = await importCli(work.root, ['downloads', '--organization', 'acme']);
    expect(run.code).toBe(0);
    const document = parse(run.out) as ImportedDocument;
    expect(checkSchema('organization', document)).toEqual([]);
    expect(document.spec.deviceManagementServices![0]!.serviceToken.ref).toBe('file:downloads/Jamf Pro Production_Token_2026-01-10T14-37-38Z_smime.p7m');
    expect(run.err.split('\n')[0]).toBe('imported acme from 10 file(s): 3 unit(s), 2 service(s), 3 content token(s)');
    expect(run.err).toContain(
      'Keep these files out of git (they are secrets; validate reports them as committed-secret):\n  downloads/jamf-dep.key: a private key\n  downloads/sToken_for_Acme Corp.vpptoken: a content token\n',
    );
    expect(run.err).toContain('1 other file(s) were no token or certificate and were ignored.');
  });

  it('decrypts with --private-key (path or env:) only the tokens that key was made for', async () => {
    const work = folder();
    const downloads = customerDownloads();
    place(work, 'downloads', downloads.publicFiles);
    const [, kandjiKey] = mdmKeys();
    work.write('keys/kandji.pem', kandjiKey.privateKeyPkcs8Pem);
    const byPath = await importCli(work.root, ['downloads', '--organization', 'acme', '--private-key', 'keys/kandji.pem']);
    const services = (parse(byPath.out) as ImportedDocument).spec.deviceManagementServices!;
    expect(services[1]!.serviceToken).toMatchObject({ privateKey: 'env:ACME_DEP_PRIVATE_KEY', expiresAt: '2027-03-02T08:00:00Z' });
    expect(services[0]!.serviceToken.privateKey).toBeUndefined();
    expect(byPath.err).toContain(
      'Jamf Pro Production_Token_2026-01-10T14-37-38Z_smime.p7m: expiresAt 2027-01-10T14:37:38Z is estimated (downloaded 2026-01-10T14:37:38Z + one year): no private key given decrypts it (--private-key keys/kandji.pem)',
    );
    expect(byPath.err).toContain('ACME_DEP_PRIVATE_KEY  the private key that decrypts the server token of Kandji: the contents of --private-key keys/kandji.pem');

    const byEnv = await importCli(work.root, ['downloads', '--organization', 'acme', '--private-key', 'env:KANDJI_KEY'], { KANDJI_KEY: kandjiKey.privateKeyPem });
    expect((parse(byEnv.out) as ImportedDocument).spec.deviceManagementServices![1]!.serviceToken.privateKey).toBe('env:KANDJI_KEY');
    const unset = await importCli(work.root, ['downloads', '--organization', 'acme', '--private-key', 'env:NOPE']);
    expect(unset).toEqual({ code: 2, out: '', err: 'abm-gitops: --private-key env:NOPE: NOPE is not set\n' });
  });

  it('takes names from Apple’s download names, drops a browser’s “ (1)”, imports a duplicate once and the newer of two downloads', async () => {
    const work = folder();
    const [key] = mdmKeys();
    const cert = makeSelfSignedCert({ cn: 'mosyle', serial: '77', keyPair: key });
    const older = makeContentToken({ orgName: 'Café Ünïcode 東京', expDate: new Date('2026-12-01T00:00:00Z'), token: 'OLD' });
    const newer = makeContentToken({ orgName: 'Café Ünïcode 東京', expDate: new Date('2027-05-01T00:00:00Z'), token: 'NEW' });
    place(work, 'in', {
      'Mosyle Business_Token_2026-05-01T09-15-00Z_smime (1).p7m': makeServerToken({ cert: cert.cert, expiry: new Date('2027-05-01T09:15:00Z') }),
      'sToken_for_東京.vpptoken': older,
      'sToken_for_東京 (1).vpptoken': newer,
      'sToken_for_東京 (2).vpptoken': newer,
      'mosyle public key.pem': cert.certPem,
    });
    const run = await importCli(work.root, ['in', '--organization', 'cafe']);
    const document = parse(run.out) as ImportedDocument;
    expect(checkSchema('organization', document)).toEqual([]);
    expect(document.metadata.displayName).toBe('Café Ünïcode 東京');
    expect(document.spec.units).toEqual([
      { id: 'cafe-unicode', name: 'Café Ünïcode 東京', primary: true },
      { id: 'unit', name: '東京' },
    ]);
    expect(document.spec.deviceManagementServices![0]).toMatchObject({
      id: 'mosyle-business',
      name: 'Mosyle Business',
      vendor: 'mosyle',
      publicKey: { ref: 'file:in/mosyle public key.pem' },
    });
    expect(document.spec.contentTokens).toEqual([{ id: 'unit-apps', unit: 'unit', ref: 'env:VPP_TOKEN_CAFE_UNIT', sha256: sha256(newer), expiresAt: '2027-05-01T00:00:00Z' }]);
    expect(run.err).toContain('in/sToken_for_東京 (2).vpptoken: the same token as in/sToken_for_東京 (1).vpptoken (same sha256): imported once');
    expect(run.err).toContain(
      'in/sToken_for_東京.vpptoken: an older content token for unit unit than in/sToken_for_東京 (1).vpptoken (expires 2026-12-01T00:00:00Z): not imported',
    );
    expect(run.code).toBe(1);
  });

  it('refuses content tokens of another organization and an APNs certificate it cannot place, and goes on', async () => {
    const work = folder();
    const downloads = customerDownloads();
    place(work, 'd', { ...downloads.publicFiles, ...downloads.secretFiles });
    work.write('d/sToken_for_Other HQ.vpptoken', makeContentToken({ orgName: 'Globex', expDate: new Date('2027-01-01T00:00:00Z'), token: 'GLOBEX' }));
    work.write('d/push.pem', makeApnsCert({ uuid: 'ffff0000-0000-4000-8000-000000000002', notAfter: new Date('2027-06-01T00:00:00Z') }).certPem);
    const run = await importCli(work.root, ['d', '--organization', 'acme']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Not imported:\n');
    expect(run.err).toContain('d/sToken_for_Other HQ.vpptoken: a content token of another organization ("Globex", not "Acme Corp"): not imported');
    expect(run.err).toContain(
      'd/push.pem: an APNs certificate (com.apple.mgmt.External.ffff0000-0000-4000-8000-000000000002) not imported: its name does not say which service it belongs to',
    );
    expect((parse(run.out) as ImportedDocument).spec.units.map((unit) => unit.name)).not.toContain('Other HQ');
  });

  it('reads push certificates as vendors ship them (.p12 with its key, certificate + key PEM) as secrets, and a DER key', async () => {
    const work = folder();
    const downloads = customerDownloads();
    const [jamfKey, kandjiKey] = mdmKeys();
    const { 'MDM_Jamf Pro Production_Certificate.pem': _apns, ...publicFiles } = downloads.publicFiles;
    place(work, 'd', publicFiles);
    const kandjiPush = makeApnsCert({ uuid: '0b0b0b0b-aaaa-4bbb-8ccc-000000000003', notAfter: new Date('2027-07-01T00:00:00Z'), keyPair: kandjiKey });
    const p12 = Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(kandjiKey.privateKey, [kandjiPush.cert], null, { algorithm: '3des' })).getBytes(), 'binary');
    work.write('d/Kandji push.p12', p12);
    const jamfPush = makeApnsCert({ uuid: '0c0c0c0c-aaaa-4bbb-8ccc-000000000004', notAfter: new Date('2027-08-01T00:00:00Z'), keyPair: jamfKey });
    work.write('d/jamf-pro-production-push.pem', jamfPush.certPem + jamfKey.privateKeyPem);
    const der = forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(kandjiKey.privateKey))).getBytes();
    work.write('keys/kandji.der', Buffer.from(der, 'binary'));
    const run = await importCli(work.root, ['d', 'keys', '--organization', 'acme']);
    const [jamf, kandji] = (parse(run.out) as ImportedDocument).spec.deviceManagementServices!;
    expect(kandji!.apnsCertificate).toEqual({ ref: 'env:ACME_KANDJI_APNS', sha256: sha256(p12), downloadedAt: '2026-07-01T00:00:00Z', expiresAt: '2027-07-01T00:00:00Z' });
    expect(jamf!.apnsCertificate).toMatchObject({ ref: 'env:ACME_JAMF_PRO_PRODUCTION_APNS', expiresAt: '2027-08-01T00:00:00Z' });
    expect(kandji!.serviceToken).toMatchObject({ privateKey: 'env:ACME_KANDJI_KEY', expiresAt: '2027-03-02T08:00:00Z' });
    expect(run.err).toMatch(/\n {2}ACME_KANDJI_APNS +the APNs push certificate with its private key for Kandji: base64 of d\/Kandji push\.p12 \(sha256 /);
    expect(run.err).toMatch(
      /\n {2}ACME_JAMF_PRO_PRODUCTION_APNS +the APNs push certificate with its private key for Jamf Pro Production: the contents of d\/jamf-pro-production-push\.pem/,
    );
    expect(run.err).toContain('  d/Kandji push.p12: a certificate together with its private key\n');
    expect(run.code).toBe(0);
  });
});

function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
