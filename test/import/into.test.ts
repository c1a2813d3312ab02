import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/run.js';
import { checkSchema } from '../../src/schema/index.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { customerDownloads, place, scratchFolder, type Folder } from './downloads.js';

const folders: Folder[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

async function importCli(cwd: string, args: string[]) {
  const io = recordingIo(cwd);
  const code = await runCli(['import', ...args], io);
  return { code, out: io.out, err: io.err };
}

/** A hand-written file: comments, blank lines, an anchor with a merge key, flow maps, a quoted date. */
const EXISTING = `# yaml-language-server: $schema=../schemas/organization.schema.json
# Acme: kept by the IT team. Do not reorder.
apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: acme   # short name
spec:
  product: apple-business

  units:
    - id: hq
      name: Acme Corp
      primary: true
    - {id: nyc, name: ACME  new york}   # Apple spells it "Acme New York"

  accounts:
    - id: admin@acme.example
      role: organization-administrator

  deviceManagementServices:
    - &jamf
      id: jamf
      type: external
      name: Jamf Pro Production
      vendor: jamf
      serviceToken:
        downloadedBy: admin@acme.example
        expiresAt: "2027-01-10"   # from the portal

  contentTokens:
    - id: hq-apps
      unit: hq
      ref: env:VPP_HQ
      expiresAt: 2027-03-01 # typed by hand
# end of file
`;

function originalLinesKept(before: string, after: string): boolean {
  const old = before.split('\n');
  let index = 0;
  for (const line of after.split('\n')) if (index < old.length && line === old[index]) index++;
  return index === old.length;
}

describe('import --into an existing organization file', () => {
  function setUp(content: string | Buffer): { work: Folder; file: string } {
    const work = scratchFolder();
    folders.push(work);
    const downloads = customerDownloads();
    work.write('abm-gitops.yml', 'apiVersion: abm-gitops/v1\nkind: Config\n');
    place(work, 'acme/files', downloads.publicFiles);
    place(work, 'secrets', downloads.secretFiles);
    const file = work.write('acme/organization.yml', content);
    return { work, file };
  }

  it('adds only what is missing, keeps every original line, and prints each conflict with both values', async () => {
    const { work, file } = setUp(EXISTING);
    const run = await importCli(work.root, ['acme/files', 'secrets', '--organization', 'acme', '--into', 'acme/organization.yml']);
    const after = readFileSync(file, 'utf8');
    expect(originalLinesKept(EXISTING, after)).toBe(true);
    const document = parse(after, { merge: true });
    expect(checkSchema('organization', document)).toEqual([]);
    expect(document.metadata.displayName).toBe('Acme Corp');
    // The hand-typed expiry is within a day of the real one: no conflict, and it stays as typed.
    expect(after).toContain('        expiresAt: "2027-01-10"   # from the portal\n');
    expect(document.spec.deviceManagementServices[0]).toMatchObject({
      id: 'jamf',
      publicKey: { ref: 'file:files/certs/jamf-prod.pem' },
      serviceToken: {
        downloadedBy: 'admin@acme.example',
        expiresAt: '2027-01-10',
        ref: 'file:files/Jamf Pro Production_Token_2026-01-10T14-37-38Z_smime.p7m',
        privateKey: 'env:ACME_JAMF_DEP_KEY',
      },
      apnsCertificate: { expiresAt: '2027-02-01T00:00:00Z' },
    });
    expect(document.spec.deviceManagementServices[1]).toMatchObject({ id: 'kandji', name: 'Kandji' });
    // Matched units keep their ids: the content tokens point at them.
    expect(document.spec.units.map((unit: { id: string }) => unit.id)).toEqual(['hq', 'nyc', 'zurich-buro']);
    expect(document.spec.contentTokens.map((token: { id: string; unit: string }) => `${token.id}:${token.unit}`)).toEqual([
      'hq-apps:hq',
      'acme-new-york-apps:nyc',
      'zurich-buro-apps:zurich-buro',
    ]);
    expect(document.spec.contentTokens[0]).toMatchObject({ ref: 'env:VPP_HQ', expiresAt: '2027-03-01' });

    expect(run.code).toBe(1);
    expect(run.out).toContain(
      [
        'Conflicts, left as declared (edit by hand if the file is right):',
        '  spec.units[nyc].name: declared ACME  new york, secrets/sToken_for_Acme New York.vpptoken says Acme New York',
        '  spec.contentTokens[hq-apps].expiresAt: declared 2027-03-01, secrets/sToken_for_Acme Corp.vpptoken says 2027-02-01T10:00:00Z',
      ].join('\n'),
    );
    // The file already names a variable for the HQ token: that is the one to set.
    expect(run.out).toMatch(/\n {2}VPP_HQ +the content token for Acme Corp: the contents of secrets\/sToken_for_Acme Corp\.vpptoken \(sha256 [0-9a-f]{64}\)\n/);
    expect(run.out).not.toContain('VPP_TOKEN_ACME_ACME_CORP');

    // A second run finds nothing to add and leaves the bytes alone.
    const again = await importCli(work.root, ['acme/files', 'secrets', '--organization', 'acme', '--into', 'acme/organization.yml']);
    expect(again.out.split('\n')[0]).toBe('acme/organization.yml: nothing to add (10 file(s) read)');
    expect(readFileSync(file, 'utf8')).toBe(after);
  });

  it('keeps CRLF line ends and a byte order mark, and the untouched bytes identical', async () => {
    const crlf = Buffer.from(`\uFEFF${EXISTING.replace(/\n/g, '\r\n')}`, 'utf8');
    const { work, file } = setUp(crlf);
    await importCli(work.root, ['acme/files', 'secrets', '--organization', 'acme', '--into', 'acme/organization.yml']);
    const after = readFileSync(file);
    expect(after.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = after.toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(originalLinesKept(crlf.toString('utf8'), text)).toBe(true);
    // Everything up to the first insertion is the same bytes.
    const firstChange = crlf.findIndex((byte, index) => byte !== after[index]);
    expect(crlf.subarray(0, firstChange).toString('utf8')).toContain('metadata:\r\n  name: acme   # short name\r\n');
    expect(checkSchema('organization', parse(text.replace(/^\uFEFF/, ''), { merge: true }))).toEqual([]);
  });

  it('does not add inside an alias: that addition is listed for the person, the rest is made', async () => {
    const withAnchor = EXISTING.replace(
      '  deviceManagementServices:\n',
      '  deviceManagementServices:\n    - {id: shared, type: external, name: Shared, vendor: other, serviceToken: &token {expiresAt: 2027-01-01}}\n',
    ).replace('      serviceToken:\n        downloadedBy: admin@acme.example\n        expiresAt: "2027-01-10"   # from the portal\n', '      serviceToken: *token\n');
    const { work, file } = setUp(withAnchor);
    const run = await importCli(work.root, ['acme/files', 'secrets', '--organization', 'acme', '--into', 'acme/organization.yml']);
    expect(run.out).toContain('Not added, the place cannot be edited in place (add by hand):\n  spec.deviceManagementServices[1].serviceToken: ');
    expect(run.out).toContain('is an alias (*token)');
    const after = readFileSync(file, 'utf8');
    expect(originalLinesKept(withAnchor, after)).toBe(true);
    expect(after).toContain('serviceToken: &token {expiresAt: 2027-01-01}}');
    expect(parse(after, { merge: true }).spec.deviceManagementServices).toHaveLength(3);
  });

  it('--dry-run prints a unified diff of the additions and writes nothing', async () => {
    const { work, file } = setUp(EXISTING);
    const run = await importCli(work.root, ['acme/files', 'secrets', '--organization', 'acme', '--into', 'acme/organization.yml', '--dry-run']);
    expect(readFileSync(file, 'utf8')).toBe(EXISTING);
    expect(run.out.startsWith('--- a/acme/organization.yml\n+++ b/acme/organization.yml\n@@ ')).toBe(true);
    expect(run.out).toContain('+  displayName: Acme Corp\n');
    expect(run.out).toContain('+    - id: kandji\n');
    expect(
      run.out
        .split('\n')
        .slice(2)
        .filter((line) => line.startsWith('-')),
    ).toEqual([]);
  });

  it('creates the file when it does not exist, in a folder it makes', async () => {
    const { work } = setUp('');
    const run = await importCli(work.root, ['acme/files', 'secrets', '--organization', 'acme', '--into', 'new/acme.yml']);
    const text = readFileSync(join(work.root, 'new/acme.yml'), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=https://abm-gitops.dev/schemas/v1/organization.schema.json\n')).toBe(true);
    expect(parse(text).spec.deviceManagementServices[0].publicKey.ref).toBe('file:../acme/files/certs/jamf-prod.pem');
    expect(run.out.split('\n')[0]).toMatch(/^new\/acme\.yml: added unit acme-corp \(Acme Corp\); /);
  });
});
