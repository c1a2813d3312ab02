/**
 * A real git repository shaped like a pull request: `main` holds a clean
 * config under config/, the `feature` branch breaks one organization file
 * (ten accounts on a role that does not exist) and adds an unparsable one.
 * globex.yml, untouched by the branch, has a problem of its own and an
 * env: secret reference.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { simpleGit } from 'simple-git';

export const SECRET_NAME = 'ABM_TEST_VPP_TOKEN';

const CONFIG = `apiVersion: abm-gitops/v1
kind: Config
`;

const ACME = `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: acme
spec:
  product: apple-business
  units:
    - id: hq
      name: Acme
      primary: true
    - id: nyc
      name: Acme New York
  deviceManagementServices:
    - id: built-in
      type: built-in
      units: [hq]
  contentTokens:
    - id: nyc-apps
      unit: nyc
      downloadedAt: 2026-03-01
      expiresAt: 2027-03-01
`;

const GHOST_ACCOUNTS = `  accounts:
${Array.from({ length: 10 }, (_, index) => `    - id: user${index}@acme.example\n      role: ghost\n`).join('')}`;

const GLOBEX = `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: globex
spec:
  product: apple-business
  units:
    - id: main
      name: Globex
      primary: true
  accounts:
    - id: it@globex.example
      role: phantom
  contentTokens:
    - id: main-apps
      unit: main
      ref: env:${SECRET_NAME}
      downloadedAt: 2026-02-10
      expiresAt: 2027-02-10
`;

const BROKEN = `apiVersion: abm-gitops/v1
kind: Organization
metadata: [unclosed
`;

export interface PullRequestRepo {
  workspace: string;
  baseSha: string;
  headSha: string;
}

export async function makePullRequestRepo(): Promise<PullRequestRepo> {
  const workspace = mkdtempSync(join(tmpdir(), 'abm-gitops-action-'));
  const identity = { GIT_AUTHOR_NAME: 'Dana Admin', GIT_AUTHOR_EMAIL: 'dana@acme.example', GIT_COMMITTER_NAME: 'Dana Admin', GIT_COMMITTER_EMAIL: 'dana@acme.example' };
  const git = simpleGit({ baseDir: workspace, allowEnvironment: Object.keys(identity) }).env({ PATH: process.env.PATH ?? '', HOME: workspace, ...identity });
  await git.init(['--initial-branch=main']);
  write(workspace, 'config/abm-gitops.yml', CONFIG);
  write(workspace, 'config/orgs/acme.yml', ACME);
  write(workspace, 'config/orgs/globex.yml', GLOBEX);
  await git.add('.').commit('Clean config');
  const baseSha = (await git.revparse(['HEAD'])).trim();

  await git.checkoutLocalBranch('feature');
  write(workspace, 'config/orgs/acme.yml', ACME + GHOST_ACCOUNTS);
  write(workspace, 'config/new/broken.yml', BROKEN);
  await git.add('.').commit('Add accounts and a new organization');
  const headSha = (await git.revparse(['HEAD'])).trim();
  return { workspace, baseSha, headSha };
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
