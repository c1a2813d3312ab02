/**
 * The renewal flow's test bed: a config repository in a local bare git
 * repository, clones of it, and the local GitHub server serving it.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runRenewal, type RenewalOptions, type RenewalResult } from '../../src/renew/index.js';
import { BOT, cloneRepo, copyTree, createBareRepo, makeScratch, refFiles, type Scratch } from '../support/git-repos.js';
import { startGitHubServer, type GitHubTestServer, type RecordedRequest, type ServerSnapshot } from '../support/github-server.js';
import { runFolder } from '../support/run-folder.js';

export const TOKEN = 'ghs_renewal-flow-token';
export const OWNER = 'acme';
export const REPO = 'config';
export const ORG_FILE = 'customers/acme/organization.yml';
export const PREFIX = 'abm-gitops/renew/';
export const SERVICE_BRANCH = `${PREFIX}acme/jamf-prod-service-token`;
export const CONTENT_BRANCH = `${PREFIX}acme/nyc-apps`;

export const CONFIG = `apiVersion: abm-gitops/v1
kind: Config
expiry:
  warnBefore: 30d
  errorBefore: 7d
  renewBefore: 45d
renewal:
  # These flows are about pull requests; test/renew/dashboard.test.ts covers the dashboard issue.
  dashboard: false
  labels: [abm-renewal]
  reviewers: ["@acme/it-leads"]
`;

/** A service token expiring 2027-01-10 and a content token expiring 2027-02-10 (45 days after 2026-12-28). */
export function organizationYaml(serviceExpires = '2027-01-10', contentExpires = '2027-02-10'): string {
  return `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: acme
  displayName: Acme *Corp*
  owners: ["@dana"]
spec:
  product: apple-business
  units:
    - id: hq
      name: Acme Corp
      primary: true
    - id: nyc
      name: Acme New York
  accounts:
    - id: admin@acme.example
      role: organization-administrator
  deviceManagementServices:
    - id: jamf-prod
      type: external
      name: Jamf Pro Production
      vendor: jamf
      publicKey:
        ref: env:JAMF_PUBLIC_KEY
      serviceToken:
        downloadedBy: admin@acme.example # the admin did it
        downloadedAt: 2026-01-10
        expiresAt: ${serviceExpires}
  contentTokens:
    - id: nyc-apps
      unit: nyc
      service: jamf-prod
      downloadedAt: 2026-02-10
      expiresAt: ${contentExpires}
`;
}

export interface FlowBed {
  scratch: Scratch;
  bare: string;
  server: GitHubTestServer;
  /** A fresh clone (as a CI job has) to run from. */
  clone(name?: string): Promise<string>;
  run(now: string, options?: Partial<RenewalOptions> & { cloneDir?: string }): Promise<RenewalResult>;
  /**
   * The first run of a fresh bed on `now` (the server may act as another
   * identity): its result, and the repository and server as it left them.
   * Made by a real run the first time in a worker, then copied (docs/testing.md).
   */
  firstRun(now: string): Promise<RenewalResult>;
  /** Requests that write (anything but GET), as `METHOD path`. */
  writes(since?: number): string[];
}

let clones = 0;

export async function startFlowBed(files: Record<string, string> = { 'abm-gitops.yml': CONFIG, [ORG_FILE]: organizationYaml() }): Promise<FlowBed> {
  const scratch = await makeScratch('abm-gitops-renew-');
  const bare = await createBareRepo(scratch.root, files);
  const server = await startGitHubServer(TOKEN, [{ owner: OWNER, repo: REPO, gitDir: bare }]);
  const clone = (name = `clone-${++clones}`) => cloneRepo(bare, join(scratch.root, name));
  const freshRefs = await refFiles(bare);
  let started = false;
  const bed: FlowBed = {
    scratch,
    bare,
    server,
    clone,
    async firstRun(now) {
      if (started || !server.pristine || (await refFiles(bare)) !== freshRefs) throw new Error('firstRun: the bed has been used already; use run()');
      const key = JSON.stringify([files, now, server.snapshot()]);
      let first = firstRuns.get(key);
      if (first === undefined) {
        first = makeFirstRun(bed, now);
        firstRuns.set(key, first);
        first.catch(() => firstRuns.delete(key));
        return structuredClone((await first).result);
      }
      const { repository, state, result } = await first;
      await rm(bare, { recursive: true, force: true });
      copyTree(repository, bare);
      server.restore(state);
      started = true;
      return structuredClone(result);
    },
    async run(now, options = {}) {
      started = true;
      const { cloneDir, ...rest } = options;
      return runRenewal({
        root: cloneDir ?? (await clone()),
        now: new Date(now),
        token: TOKEN,
        apiUrl: server.url,
        repository: `${OWNER}/${REPO}`,
        dryRun: false,
        author: BOT,
        throttle: false,
        github: { delayUnitMs: 1, retries: 2 },
        // Retry notices go to the run's log, not to the test output; tests that care pass their own.
        log: () => undefined,
        ...rest,
      });
    },
    writes(since = 0) {
      return server.requests
        .slice(since)
        .filter((r: RecordedRequest) => r.method !== 'GET')
        .map((r) => `${r.method} ${r.path}`);
    },
  };
  return bed;
}

interface FirstRun {
  /** A copy of the bare repository after the run. */
  repository: string;
  state: ServerSnapshot;
  result: RenewalResult;
}

/**
 * First runs by files, day and server state, per worker. A first run is
 * deterministic (the commits' dates come from the plan, the server numbers
 * from 1), so a copy of what it left is what running it again would leave:
 * the same repository bytes, pull requests, comments and request log.
 */
const firstRuns = new Map<string, Promise<FirstRun>>();
let firstRunCopies = 0;

async function makeFirstRun(bed: FlowBed, now: string): Promise<FirstRun> {
  const result = await bed.run(now);
  const repository = join(runFolder(), `first-runs-${process.pid}`, `${++firstRunCopies}`, 'origin.git');
  copyTree(bed.bare, repository);
  return { repository, state: bed.server.snapshot(), result: structuredClone(result) };
}

export async function stopFlowBed(bed: FlowBed): Promise<void> {
  await bed.server.close();
  await bed.scratch.cleanup();
}

/** The server's pull requests, reduced to what the tests compare. */
export function pullSummary(bed: FlowBed) {
  return bed.server.pulls(OWNER, REPO).map((pull) => ({
    number: pull.number,
    head: pull.head,
    state: pull.state,
    title: pull.title,
    labels: pull.labels,
    reviewers: pull.reviewers,
    teamReviewers: pull.teamReviewers,
  }));
}

export function actions(result: RenewalResult): string[] {
  return result.outcomes.map((outcome) => `${outcome.action} ${outcome.branch}${outcome.number !== undefined ? ` #${outcome.number}` : ''}`);
}
