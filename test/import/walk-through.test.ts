/**
 * The README's MSP walk-through, run for real: a config repository in git,
 * one customer's downloads (public files inside, secrets outside), the
 * import, validate, and the commit a pull request would carry.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { gitAs } from '../support/git-repos.js';
import { customerDownloads, place, scratchFolder, type Folder } from './downloads.js';

const folders: Folder[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

describe('the MSP walk-through', () => {
  it('goes from a folder of downloads to a clean validation and a commit with no secret in it', async () => {
    const repo = scratchFolder();
    const secrets = scratchFolder();
    folders.push(repo, secrets);
    const git = gitAs(repo.root);
    await git.init(['--initial-branch=main']);
    repo.write('abm-gitops.yml', 'apiVersion: abm-gitops/v1\nkind: Config\n');
    await git.add('abm-gitops.yml').commit('Config');
    const downloads = customerDownloads();
    place(repo, 'customers/acme/files', downloads.publicFiles);
    place(secrets, '.', downloads.secretFiles);

    const imported = recordingIo(repo.root);
    expect(await runCli(['import', 'customers/acme/files', secrets.root, '--organization', 'acme', '--into', 'customers/acme/organization.yml'], imported)).toBe(0);
    const validated = recordingIo(repo.root);
    expect(await runCli(['validate', '.', '--now', '2026-06-01'], validated)).toBe(0);
    expect(validated.out).toContain('apns-certificate-missing');
    expect(validated.out).not.toContain(' error ');

    await git.checkoutLocalBranch('import-acme');
    await git.add('customers/acme').commit('Import Acme');
    const committed = (await git.raw(['ls-tree', '-r', '--name-only', 'HEAD'])).trim().split('\n');
    expect(committed).toContain('customers/acme/organization.yml');
    expect(committed).toContain('customers/acme/files/Kandji_Token_2026-03-02T08-00-00Z_smime.p7m');
    const patch = await git.raw(['show', 'HEAD']);
    for (const secret of downloads.secrets) expect(patch.includes(secret)).toBe(false);
  });
});
