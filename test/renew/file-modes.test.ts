/**
 * A renewal commit keeps each file's mode: an organization file committed
 * executable (100755) stays executable, whatever its path holds (folders,
 * spaces, non-ASCII letters, which `ls-tree` without `-z` would quote), and a
 * plain file stays 100644.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitAs } from '../support/git-repos.js';
import { CONFIG, PREFIX, organizationYaml, startFlowBed, stopFlowBed, type FlowBed } from './harness.js';

let bed: FlowBed | undefined;
afterEach(async () => {
  if (bed) await stopFlowBed(bed);
  bed = undefined;
});

const EXECUTABLE = ['customers/Acme Café/nyc office/organization.yml', 'customers/zürich/organization.yml'];
const PLAIN = 'customers/plain org/organization.yml';

function organization(name: string): string {
  return organizationYaml().replace('name: acme\n', `name: ${name}\n`);
}

/** `mode path` of every file the branch's tree holds under customers/, one per line (paths unquoted). */
async function modes(ref: string): Promise<string[]> {
  const listing = await gitAs(bed!.bare).raw(['ls-tree', '-r', '-z', ref, '--', 'customers']);
  return listing
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => `${entry.split(' ')[0]} ${entry.slice(entry.indexOf('\t') + 1)}`);
}

describe('renewal commits keep file modes', () => {
  it('executable organization files in folders with spaces and non-ASCII names stay 100755; a plain one stays 100644', async () => {
    bed = await startFlowBed({ 'abm-gitops.yml': CONFIG });
    const seed = await bed.clone('seed');
    const files: Record<string, string> = { [EXECUTABLE[0]!]: organization('acme'), [EXECUTABLE[1]!]: organization('zurich'), [PLAIN]: organization('plain') };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(seed, path)), { recursive: true });
      await writeFile(join(seed, path), text);
    }
    const git = gitAs(seed);
    await git.raw(['add', '--chmod=+x', '--', ...EXECUTABLE]);
    await git.raw(['add', '--', PLAIN]);
    await git.raw(['commit', '-m', 'Three organizations']);
    await git.raw(['push', 'origin', 'HEAD:refs/heads/main']);
    const expected = [`100755 ${EXECUTABLE[0]}`, `100755 ${EXECUTABLE[1]}`, `100644 ${PLAIN}`].sort();
    expect((await modes('refs/heads/main')).sort()).toEqual(expected);

    const result = await bed.run('2026-12-18');
    const opened = result.outcomes.filter((outcome) => outcome.action === 'opened').map((outcome) => outcome.branch);
    for (const name of ['acme', 'zurich', 'plain']) expect(opened).toContain(`${PREFIX}${name}/jamf-prod-service-token`);
    for (const branch of opened) {
      const changed = (await gitAs(bed.bare).raw(['diff', '--name-only', '-z', 'refs/heads/main', `refs/heads/${branch}`])).split('\0').filter(Boolean);
      expect(changed).toHaveLength(1);
      expect((await modes(`refs/heads/${branch}`)).sort()).toEqual(expected);
    }
  });
});
