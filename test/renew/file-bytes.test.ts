/**
 * A renewal commit changes exactly the lines it means to change: the file's
 * byte order mark and its line endings in the repository stay as they were,
 * whatever checkout filters (`.gitattributes` eol=crlf) do to the work tree.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gitAs } from '../support/git-repos.js';
import { CONFIG, ORG_FILE, SERVICE_BRANCH, organizationYaml, startFlowBed, stopFlowBed, type FlowBed } from './harness.js';

let bed: FlowBed | undefined;
afterEach(async () => {
  if (bed) await stopFlowBed(bed);
  bed = undefined;
});

/** `added deleted` lines of ORG_FILE between main and the renewal branch, and the branch's blob. */
async function renewalCommit(files: Record<string, string>): Promise<{ numstat: string; blob: Buffer }> {
  bed = await startFlowBed(files);
  const result = await bed.run('2026-12-18');
  expect(result.outcomes.map((outcome) => outcome.action)).toContain('opened');
  const git = gitAs(bed.bare);
  const numstat = (await git.raw(['diff', '--numstat', 'refs/heads/main', `refs/heads/${SERVICE_BRANCH}`, '--', ORG_FILE])).trim();
  const blob = Buffer.from(await git.binaryCatFile(['blob', `refs/heads/${SERVICE_BRANCH}:${ORG_FILE}`]));
  return { numstat, blob };
}

describe('renewal commits keep the bytes they do not mean to change', () => {
  it('a UTF-8 byte order mark stays', async () => {
    const { numstat, blob } = await renewalCommit({ 'abm-gitops.yml': CONFIG, [ORG_FILE]: `\uFEFF${organizationYaml()}` });
    expect(numstat).toBe(`3\t0\t${ORG_FILE}`);
    expect([...blob.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('under `*.yml text eol=crlf` the commit adds its lines and rewrites no other line ending', async () => {
    const { numstat, blob } = await renewalCommit({ '.gitattributes': '*.yml text eol=crlf\n', 'abm-gitops.yml': CONFIG, [ORG_FILE]: organizationYaml() });
    expect(numstat).toBe(`3\t0\t${ORG_FILE}`);
    // Stored as committed (LF): the crlf is the work tree's business.
    expect(blob.includes('\r')).toBe(false);
  });

  it('a file committed with CRLF keeps CRLF on every line, the new ones included', async () => {
    const { numstat, blob } = await renewalCommit({ 'abm-gitops.yml': CONFIG, [ORG_FILE]: organizationYaml().replace(/\n/g, '\r\n') });
    expect(numstat).toBe(`3\t0\t${ORG_FILE}`);
    expect(
      blob
        .toString('utf8')
        .split('\r\n')
        .some((line) => line.includes('\n')),
    ).toBe(false);
  });
});
