/**
 * A workflow step's output is read by the runner line by line: any line that
 * starts with `::` (after leading spaces) is a command. Here input carries
 * line breaks followed by `::error::` in a waiver reason, a file name, a
 * config key, a label and a certificate's subject;
 * every command in every format must keep them inside their line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { makeSelfSignedCert } from '../support/forge-fixtures.js';
import { gitAs } from '../support/git-repos.js';
import { writeRepo } from '../support/repo.js';

const FORGED = '\n::error::forged\r::add-mask::x\u2028::notice::y';
const CONFIG = `apiVersion: abm-gitops/v1
kind: Config
exceptions:
  - rule: token-expiry
    organization: acme
    reason: ${JSON.stringify(`ticket${FORGED}`)}
    expires: 2030-01-01
renewal:
  labels: [${JSON.stringify(`renew${FORGED}`.slice(0, 50))}]
`;
const ORGANIZATION = `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: acme
  displayName: Acme
spec:
  product: apple-business
  units: [{ id: hq, name: HQ, primary: true }]
  accounts: [{ id: a@acme.example, role: organization-administrator }]
  deviceManagementServices:
    - id: jamf
      type: external
      name: Jamf
      vendor: jamf
      serviceToken: { expiresAt: 2026-12-01, downloadedBy: a@acme.example }
      apnsCertificate: { ref: file:cert.pem, expiresAt: 2027-01-01 }
`;
const FILE = `org${FORGED.replace(/\u2028/g, '')}.yml`;

function repository(): string {
  const root = writeRepo({ 'abm-gitops.yml': CONFIG });
  writeFileSync(join(root, FILE), ORGANIZATION);
  writeFileSync(join(root, 'cert.pem'), makeSelfSignedCert({ cn: `jamf${FORGED}`, notAfter: new Date('2027-01-01T00:00:00Z') }).certPem);
  mkdirSync(join(root, 'broken'));
  writeFileSync(join(root, 'broken', 'abm-gitops.yml'), `apiVersion: abm-gitops/v1\nkind: Config\n${JSON.stringify(`bad${FORGED}`)}: 1\n`);
  return root;
}

/** Lines the runner would take as commands: a `::` at the start once leading spaces are gone. */
function commandLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::'));
}

const root = repository();
const RUNS: string[][] = [
  ...['text', 'json', 'sarif', 'markdown', 'html'].map((format) => ['validate', '.', '--format', format, '--now', '2026-11-23', '--no-color']),
  ['validate', 'broken'],
  ['validate', 'broken', '--format', 'json'],
  ...['text', 'json', 'csv', 'ics'].map((format) => ['tokens', '.', '--format', format, '--now', '2026-11-23']),
  ['inspect', 'cert.pem'],
  ['inspect', FILE],
];

describe('no line of any output starts a workflow command from input', () => {
  for (const argv of RUNS) {
    it(argv.map((arg) => JSON.stringify(arg)).join(' '), async () => {
      const io = recordingIo(root);
      await runCli(argv, io);
      expect(io.out.length + io.err.length).toBeGreaterThan(0);
      expect(commandLines(io.out)).toEqual([]);
      expect(commandLines(io.err)).toEqual([]);
    });
  }

  it('--format github: every command line is one the reporter wrote, its data escaped', async () => {
    const io = recordingIo(root);
    await runCli(['validate', '.', '--format', 'github', '--now', '2026-11-23'], io);
    const lines = commandLines(io.out);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) (file|title)=/);
    expect(io.out).not.toContain('forged\n');
  });

  it('renew --dry-run in a git clone', async () => {
    const git = gitAs(root);
    await git.init();
    await git.add('.');
    await git.commit('hostile names');
    for (const format of ['text', 'json']) {
      const io = recordingIo(root);
      await runCli(['renew', '.', '--dry-run', '--now', '2026-11-23', '--format', format], io);
      expect(io.out).toContain('renew');
      expect(commandLines(io.out)).toEqual([]);
      expect(commandLines(io.err)).toEqual([]);
    }
  });
});
