import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtDist } from '../support/built-dist.js';
import { makeContentToken } from '../support/forge-fixtures.js';
import { makePullRequestRepo, SECRET_NAME, type PullRequestRepo } from './pull-request-repo.js';

const PROJECT = new URL('../../', import.meta.url).pathname;
// A real-shaped content token, so the run reads it (source: secret) like the real thing.
const SECRET_VALUE = makeContentToken({ expDate: '2027-02-10T00:00:00+0000', orgName: 'Acme' });
const TOKEN = 'ghs_abmgitopstesttoken0000';

let repo: PullRequestRepo;
let runnerDir: string;

beforeAll(async () => {
  // The test runs what the runner runs: the committed bundle, rebuilt from the current sources.
  await builtDist();
  repo = await makePullRequestRepo();
  runnerDir = mkdtempSync(join(tmpdir(), 'abm-gitops-runner-'));
}, 120_000);

afterAll(() => {
  if (repo) rmSync(repo.workspace, { recursive: true, force: true });
  if (runnerDir) rmSync(runnerDir, { recursive: true, force: true });
});

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs dist/action.js as the runner does: inputs as INPUT_* (dashes kept), files for outputs and summary. */
function runAction(name: string, inputs: Record<string, string>, event: { name: string; payload: unknown }, extraEnv: Record<string, string> = {}): ActionRun {
  const outputFile = join(runnerDir, `${name}-output`);
  const summaryFile = join(runnerDir, `${name}-summary`);
  const eventFile = join(runnerDir, `${name}-event.json`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(event.payload));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runnerDir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/it-config',
    GITHUB_SHA: 'f'.repeat(40), // the merge commit on pull requests: links must use the head instead
    [SECRET_NAME]: SECRET_VALUE,
    ...extraEnv,
  };
  for (const [input, value] of Object.entries(inputs)) env[`INPUT_${input.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [join(PROJECT, 'dist/action.js')], { cwd: repo.workspace, env, encoding: 'utf8' });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value lines, `delimiter`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([\w-]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const end = lines.indexOf(match[2]!, index + 1);
    outputs[match[1]!] = lines.slice(index + 1, end).join('\n');
    index = end;
  }
  return outputs;
}

const DEFAULT_INPUTS = { path: 'config', 'fail-on': 'error', 'sarif-file': 'out/abm.sarif', 'changed-only': '', renew: 'false', token: TOKEN, now: '2026-11-23' };

function pullRequestEvent(): { name: string; payload: unknown } {
  return { name: 'pull_request', payload: { pull_request: { number: 7, base: { ref: 'main', sha: repo.baseSha }, head: { ref: 'feature', sha: repo.headSha } } } };
}

function ghostAnnotation(index: number): string {
  const line = 24 + 2 * index;
  return `::error title=unresolved-reference,file=config/orgs/acme.yml,line=${line},endLine=${line},col=7,endColumn=18::No role \`ghost\` in organization \`acme\`: declare it under \`spec.roles\` or fix the name.`;
}

describe('dist/action.js on a pull request', () => {
  let run: ActionRun;
  beforeAll(() => {
    run = runAction('pr', DEFAULT_INPUTS, pullRequestEvent());
  });

  it('fails the step with one line, exit status 1', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('::error::abm-gitops: 11 findings at or above fail-on: error');
  });

  it('stops workflow commands while it prints the YAML-quoting log, and resumes them for its annotations', () => {
    const stop = /^::stop-commands::([0-9a-f-]{36})$/m.exec(run.stdout);
    expect(stop).not.toBeNull();
    const resumeAt = run.stdout.indexOf(`\n::${stop![1]}::\n`);
    expect(resumeAt).toBeGreaterThan(stop!.index);
    expect(run.stdout.indexOf('::error title=')).toBeGreaterThan(resumeAt);
  });

  it('masks the token and every env: secret before printing anything else', () => {
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`::add-mask::${TOKEN}`);
    expect(lines[1]).toBe(`::add-mask::${SECRET_VALUE}`);
    expect(lines.filter((line) => line.includes(SECRET_VALUE))).toEqual([`::add-mask::${SECRET_VALUE}`]);
  });

  it('annotates the first ten errors, repository-relative, only in files the pull request changed', () => {
    const annotations = run.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line));
    expect(annotations).toEqual([
      '::error title=yaml-syntax,file=config/new/broken.yml,line=4,endLine=4,col=1,endColumn=2::YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ].',
      ...Array.from({ length: 9 }, (_, index) => ghostAnnotation(index)),
    ]);
    expect(run.stdout).not.toContain('phantom');
  });

  it('sets the outputs', () => {
    expect(run.outputs).toEqual({ errors: '11', warnings: '0', 'next-expiry': '2027-02-10', 'sarif-file': join(repo.workspace, 'out/abm.sarif') });
    const sarif = JSON.parse(readFileSync(join(repo.workspace, 'out/abm.sarif'), 'utf8')) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    const uris = sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['config/new/broken.yml', ...Array.from({ length: 10 }, () => 'config/orgs/acme.yml')]);
  });

  it('writes the job summary: counts, the cap, links to the head commit, every token, the gantt chart', () => {
    const lines = run.summary.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '## abm-gitops',
      '',
      '❌ **11 errors** in 3 files, 2 organizations, as of 2026-11-23.',
      '',
      '> GitHub shows at most 10 annotations of each level per step; the table below also lists the 1 more error it does not show.',
    ]);
    expect(run.summary).toContain(`| [config/orgs/acme.yml:42:7](https://github.com/acme/it-config/blob/${repo.headSha}/config/orgs/acme.yml#L42) |`);
    expect(lines.filter((line) => line.startsWith('| 2027-'))).toEqual([
      `| 2027-02-10 | 79 | globex | content token | main-apps | secret | [config/orgs/globex.yml:19:7](https://github.com/acme/it-config/blob/${repo.headSha}/config/orgs/globex.yml#L19) |`,
      `| 2027-03-01 | 98 | acme | content token | nyc-apps | declared | [config/orgs/acme.yml:21:7](https://github.com/acme/it-config/blob/${repo.headSha}/config/orgs/acme.yml#L21) |`,
    ]);
    expect(run.summary).toContain(
      '    section globex\n    main-apps content token :2026-11-23, 2027-02-10\n    section acme\n    nyc-apps content token :2026-11-23, 2027-03-01\n```\n',
    );
  });
});

describe('dist/action.js on a push', () => {
  it('reports every file (changed-only is off outside pull requests) and passes with fail-on: never', () => {
    const run = runAction('push', { ...DEFAULT_INPUTS, 'fail-on': 'never', 'sarif-file': '' }, { name: 'push', payload: { after: repo.headSha } });
    expect(run.status).toBe(0);
    // globex.yml sorts after the ten errors that are annotated: only the summary lists it.
    expect(run.stdout).not.toContain('::error title=unresolved-reference,file=config/orgs/globex.yml');
    expect(run.summary).toContain(
      `| [config/orgs/globex.yml:13:7](https://github.com/acme/it-config/blob/${'f'.repeat(40)}/config/orgs/globex.yml#L13) | No role \`phantom\` in organization \`globex\`: declare it under \`spec.roles\` or fix the name. |`,
    );
    expect(run.stdout).not.toMatch(/^::error::/m);
    expect(run.outputs).toEqual({ errors: '12', warnings: '0', 'next-expiry': '2027-02-10', 'sarif-file': '' });
    expect(run.summary).toContain('❌ **12 errors** in 3 files, 2 organizations, as of 2026-11-23.\n');
    expect(run.summary).toContain('the table below also lists the 2 more errors it does not show.');
  });
});

describe('dist/action.js with an invalid abm-gitops.yml', () => {
  it('annotates every mistake where it is, writes them to SARIF and the summary, and fails with the one line', () => {
    const folder = join(repo.workspace, 'broken-settings');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'abm-gitops.yml'), 'apiVersion: abm-gitops/v1\nkind: Config\nexpiry:\n  warnBefore: 30 days\nrules:\n  primary-unit-cont: warning\n');
    const run = runAction(
      'bad-settings',
      { ...DEFAULT_INPUTS, path: 'broken-settings', 'fail-on': 'never', 'sarif-file': 'out/settings.sarif' },
      { name: 'push', payload: { after: repo.headSha } },
    );
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error '))).toEqual([
      expect.stringMatching(/^::error title=schema,file=broken-settings\/abm-gitops\.yml,line=4,endLine=4,col=3,endColumn=\d+::`30 days` is not a valid `warnBefore`/),
      expect.stringMatching(/^::error title=schema,file=broken-settings\/abm-gitops\.yml,line=6,endLine=6,col=3,endColumn=\d+::Unknown key `primary-unit-cont` in `rules`/),
    ]);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^::error::abm-gitops: abm-gitops\.yml:4:3: invalid configuration: `30 days` is not a valid `warnBefore`: .* \(and 1 more mistake in abm-gitops\.yml, all in the report\)$/,
    );
    const sarif = JSON.parse(readFileSync(join(repo.workspace, 'out/settings.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]!.results.map((result) => result.ruleId)).toEqual(['schema', 'schema']);
    expect(run.summary).toContain('broken-settings/abm-gitops.yml:6:3');
  });
});

describe('dist/action.js with inputs it cannot use', () => {
  it('fails in one line on a bad input, before reading anything', () => {
    const run = runAction('bad-input', { ...DEFAULT_INPUTS, 'fail-on': 'sometimes' }, pullRequestEvent());
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('::error::input fail-on must be one of error, warning, info, never, not "sometimes"\n');
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
  });

  it('masks a token its failure line quotes', () => {
    // Made here, never committed: a GitHub token pasted into the wrong input.
    const token = `ghp_${randomBytes(18).toString('hex')}`;
    const run = runAction('token-input', { ...DEFAULT_INPUTS, 'fail-on': token }, pullRequestEvent());
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`::error::input fail-on must be one of error, warning, info, never, not "${'*'.repeat(token.length)}"\n`);
  });

  it('fails in one line on a path outside the workspace', () => {
    const run = runAction('outside', { ...DEFAULT_INPUTS, path: '..' }, pullRequestEvent());
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('::error::input path must be inside the repository (GITHUB_WORKSPACE), not ".."');
  });
});

describe('dist/action.js with html-file and calendar-file', () => {
  const WORKFLOW = `on: push
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: abm-gitops/abm-gitops@v1
        with: { html-file: reports/abm-gitops.html, calendar-file: site/tokens.ics }
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: abm-gitops-report
          path: |
            reports/
`;
  const RUN_ENV = { GITHUB_WORKFLOW_REF: 'acme/it-config/.github/workflows/validate.yml@refs/heads/main', GITHUB_JOB: 'validate', GITHUB_RUN_ID: '4242' };

  it('writes both files and links the uploaded one to the run artifacts', () => {
    mkdirSync(join(repo.workspace, '.github/workflows'), { recursive: true });
    writeFileSync(join(repo.workspace, '.github/workflows/validate.yml'), WORKFLOW);
    const inputs = { ...DEFAULT_INPUTS, 'fail-on': 'never', 'sarif-file': '', 'html-file': 'reports/abm-gitops.html', 'calendar-file': 'site/tokens.ics' };
    const run = runAction('views', inputs, { name: 'push', payload: {} }, RUN_ENV);
    expect(run.status).toBe(0);
    const html = readFileSync(join(repo.workspace, 'reports/abm-gitops.html'), 'utf8');
    expect(html).toContain('<h2 id="organizations-heading">Organizations</h2>');
    expect(html).toContain(`<a href="https://github.com/acme/it-config/blob/${'f'.repeat(40)}/config/orgs/acme.yml#L`);
    const calendar = readFileSync(join(repo.workspace, 'site/tokens.ics'), 'utf8');
    expect(calendar).toContain('UID:globex/content-token/main-apps@abm-gitops\r\n');
    for (const text of [html, calendar, run.summary]) expect(text).not.toContain(SECRET_VALUE.trim().slice(0, 40));
    expect(run.summary).toContain(
      '### Reports\n\n- HTML report: `reports/abm-gitops.html`, in the artifact [abm-gitops-report](https://github.com/acme/it-config/actions/runs/4242#artifacts) of this run\n' +
        '- Token calendar (ICS): written to `site/tokens.ics` (upload it with actions/upload-artifact to keep it after the job)\n',
    );
  });

  it('only names the files when the workflow cannot be read', () => {
    const inputs = { ...DEFAULT_INPUTS, 'fail-on': 'never', 'sarif-file': '', 'html-file': 'reports/abm-gitops.html' };
    const run = runAction(
      'views-no-workflow',
      inputs,
      { name: 'push', payload: {} },
      { ...RUN_ENV, GITHUB_WORKFLOW_REF: 'acme/it-config/.github/workflows/gone.yml@refs/heads/main' },
    );
    expect(run.status).toBe(0);
    expect(run.summary).toContain('- HTML report: written to `reports/abm-gitops.html` (upload it with actions/upload-artifact to keep it after the job)\n');
  });
});
