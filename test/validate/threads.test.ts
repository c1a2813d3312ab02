import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/base/dates.js';
import { formatReport } from '../../src/report/index.js';
import { RULE_METAS } from '../../src/rules/index.js';
import { quotableTexts, validateRepository, validateRepositoryInParallel, type ValidationRun } from '../../src/validate.js';
import { UsageError } from '../../src/base/errors.js';
import { DEFAULT_LIMITS, type SourceDocument } from '../../src/load/index.js';
import type { SchemaProblem } from '../../src/schema/index.js';
import { loadInParallel, ModelParts } from '../../src/validate/index.js';
import { startOrderedPool } from '../../src/validate/pool.js';
// @ts-expect-error: the bench's generator is plain JavaScript without types
import { generateRepository } from '../../bench/generate.mjs';
import { builtDist } from '../support/built-dist.js';
import { LONG_STRING_BOMB, LONG_STRING_BOMB_AT } from '../support/yaml-bombs.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKER = pathToFileURL(join(PACKAGE_ROOT, 'dist', 'validate-worker.js'));
const NOW = parseInstant('2026-11-23')!;
const scratch = mkdtempSync(join(tmpdir(), 'abm-gitops-threads-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Everything a user sees of a run: the JSON report, and the text and SARIF outputs with their code frames. */
function outputsOf(run: ValidationRun): string[] {
  const options = { color: false, quiet: false, sources: quotableTexts(run.model), rules: RULE_METAS, pathPrefix: '' };
  return [JSON.stringify(run.report), formatReport('text', run.report, options), formatReport('sarif', run.report, options)];
}

/**
 * A bench repository (anchors with merge keys, one deliberate finding in
 * twenty organizations) with the files a worker thread must hand back to
 * the main thread or report exactly: syntax errors, limit breaches, files
 * over the size cap, binary and UTF-16 files, waiver comments, a committed
 * key, documents that are not ours, values JSON cannot hold.
 */
const repositories = new Map<number, string>();
function mixedRepository(organizations: number): string {
  let root = repositories.get(organizations);
  if (root === undefined) repositories.set(organizations, (root = writeMixedRepository(organizations)));
  return root;
}

/** The first 40 organizations of the 300 under customers/ (the include) and `notes` other YAML files beside them: more files walked than candidates. */
function includeNarrowed(name: string, notes: number): string {
  const root = join(scratch, name);
  const mixed = mixedRepository(300);
  for (const organization of readdirSync(join(mixed, 'customers')).sort().slice(0, 40)) {
    cpSync(join(mixed, 'customers', organization), join(root, 'customers', organization), { recursive: true });
  }
  cpSync(join(mixed, 'abm-gitops.yml'), join(root, 'abm-gitops.yml'));
  mkdirSync(join(root, 'notes'));
  for (let index = 0; index < notes; index++) writeFileSync(join(root, 'notes', `note-${index}.yml`), `note: ${index}\n`);
  return root;
}

function writeMixedRepository(organizations: number): string {
  const root = join(scratch, `mixed-${organizations}`);
  generateRepository({ organizations, out: root });
  writeFileSync(join(root, 'abm-gitops.yml'), 'apiVersion: abm-gitops/v1\nkind: Config\ninclude: ["customers/**/*.yml"]\nlimits:\n  maxFileBytes: 20000\n  maxAliasCount: 200\n');
  const customers = join(root, 'customers');
  const names = readdirSync(customers).sort();
  const add = (after: number, name: string, text: string | Uint8Array): void => {
    const folder = join(customers, `${names[after]}-${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'organization.yml'), text);
  };
  const org = (name: string, rest = ''): string =>
    `apiVersion: abm-gitops/v1\nkind: Organization\nmetadata:\n  name: ${name}\n${rest}spec:\n  product: apple-business\n  units:\n    - id: hq\n      name: HQ\n      primary: true\n`;
  add(3, 'syntax', `${org('syntax')}  roles: [\n`);
  add(10, 'duplicate', `${org('duplicate')}  product: apple-business\n`);
  add(17, 'deep', `${org('deep')}  extra: ${'['.repeat(80)}${']'.repeat(80)}\n`);
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 6; level++)
    bomb.push(
      `l${level}: &l${level} [${Array(10)
        .fill(level === 1 ? '*a' : `*l${level - 1}`)
        .join(', ')}]`,
    );
  add(25, 'bomb', `${org('bomb')}${bomb.map((line) => `  ${line}`).join('\n')}\n`);
  add(33, 'oversize', `${org('oversize')}# ${'x'.repeat(30_000)}\n`);
  add(41, 'binary', Buffer.from([0x61, 0x70, 0x69, 0x00, 0x01]));
  add(48, 'utf16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(org('utf16'), 'utf16le')]));
  waive(root, names, 'releaseDevices: true', ' # abm-gitops-ignore release-devices-enabled -- a lab organization');
  waive(root, names, 'legacyUserBased: true', ' # abm-gitops-ignore legacy-content-token');
  add(64, 'not-ours', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: abm\n');
  add(72, 'two-documents', `apiVersion: v1\nkind: Other\n---\n${org('second-document')}`);
  add(80, 'nan', org('nan', '  displayName: .nan\n'));
  add(88, 'near-miss', org('near-miss').replace('abm-gitops/v1', 'abm-gitop/v1'));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  add(
    95,
    'secret',
    `${org('secret')}  note: |\n${key
      .trimEnd()
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n')}\n`,
  );
  return root;
}

/**
 * The single-threaded run of a mixed repository and its outputs, made once
 * and compared against by every test that needs them: validating 300
 * organizations and formatting their reports was a third of the file's CPU.
 * Nothing mutates a run (the formatters only read it).
 */
const serialRuns = new Map<string, { run: ValidationRun; outputs: string[] }>();
function serialOf(root: string): { run: ValidationRun; outputs: string[] } {
  let serial = serialRuns.get(root);
  if (serial === undefined) {
    const run = validateRepository({ root, now: NOW });
    serialRuns.set(root, (serial = { run, outputs: outputsOf(run) }));
  }
  return serial;
}

/** Puts a waiver comment after the first generated line that reads `line`. */
function waive(root: string, names: readonly string[], line: string, comment: string): void {
  for (const name of names) {
    const path = join(root, 'customers', name, 'organization.yml');
    const text = readFileSync(path, 'utf8');
    if (!text.includes(line)) continue;
    writeFileSync(path, text.replace(line, `${line}${comment}`));
    return;
  }
  throw new Error(`no generated organization has ${line}`);
}

describe('validate on worker threads', () => {
  beforeAll(builtDist, 240_000);

  it('gives the same model, findings and reports as one thread, on a repository with every kind of file', async () => {
    const root = mixedRepository(300);
    const { run: serial, outputs: serialOutputs } = serialOf(root);
    const parallel = await validateRepositoryInParallel({ root, now: NOW, threads: { entry: WORKER, count: 2, threshold: 0 } });
    // The repository has what it is meant to have (else the equality below proves little).
    const rules = new Set(serial.report.findings.map((finding) => finding.ruleId));
    for (const rule of ['yaml-syntax', 'input-limit', 'schema', 'committed-secret', 'release-devices-enabled', 'waiver-without-reason', 'token-expiry'])
      expect(rules).toContain(rule);
    expect(serial.report.findings.some((finding) => finding.waived)).toBe(true);
    expect(serial.report.summary.organizations).toBeGreaterThan(300);

    expect(parallel.report).toEqual(serial.report);
    const [serialJson, ...serialOthers] = serialOutputs;
    const [parallelJson, ...parallelOthers] = outputsOf(parallel);
    expect(parallelJson).toBe(serialJson);
    expect(parallelOthers).toEqual(serialOthers);
    expect(parallel.model.files.map((file) => file.path)).toEqual(serial.model.files.map((file) => file.path));
    expect([...parallel.model.yamlSecretKinds!]).toEqual([...serial.model.yamlSecretKinds!]);
  });

  it('gives the same reports for every example', async () => {
    const examples = join(PACKAGE_ROOT, 'examples');
    for (const name of readdirSync(examples)) {
      const root = join(examples, name);
      const serial = validateRepository({ root, now: NOW });
      const parallel = await validateRepositoryInParallel({ root, now: NOW, threads: { entry: WORKER, count: 2, threshold: 0 } });
      expect(outputsOf(parallel), name).toEqual(outputsOf(serial));
    }
  });

  it('starts no thread below the threshold, one thread or no worker entry', async () => {
    const root = mixedRepository(300);
    const crashing = crashingEntry('throw', "throw new Error('this worker must not start');");
    const serial = serialOf(root).outputs;
    let started = 0;
    const onThreadStart = (): void => {
      started++;
    };
    for (const threads of [
      { entry: crashing, count: 2, threshold: 1000 },
      { entry: crashing, count: 1, threshold: 0 },
      { count: 2, threshold: 0 },
    ]) {
      started = 0;
      expect(outputsOf(await validateRepositoryInParallel({ root, now: NOW, threads: { ...threads, onThreadStart } }))).toEqual(serial);
      expect(started, JSON.stringify(threads)).toBe(0);
    }
    started = 0;
    await expect(validateRepositoryInParallel({ root, now: NOW, threads: { entry: crashing, count: 2, threshold: 300, onThreadStart } })).rejects.toThrow(
      /^a worker thread failed: this worker must not start$/,
    );
    expect(started).toBe(2);
  });

  it('stops the threads the walk started when `include` leaves fewer candidates, and loads the files here', async () => {
    // 40 organizations under customers/ (the include) and 100 YAML files beside them: the walk lists 141, the candidates are 40.
    const root = includeNarrowed('include-narrows', 100);
    // A worker given any file fails the run: the files must be loaded on this thread.
    const entry = crashingEntry('fails-on-a-batch', "parentPort.on('message', () => { throw new Error('a stopped thread was given files'); });");
    const exits: Array<Promise<number>> = [];
    const onThreadStart = (thread: Worker): void => {
      exits.push(new Promise((resolve) => thread.once('exit', resolve)));
    };
    const parallel = await validateRepositoryInParallel({ root, now: NOW, threads: { entry, count: 2, threshold: 100, onThreadStart } });
    expect(exits).toHaveLength(2);
    expect(outputsOf(parallel)).toEqual(outputsOf(validateRepository({ root, now: NOW })));
    expect(parallel.model.files.length).toBeGreaterThanOrEqual(40);
    // Every thread started has exited (a thread left running would keep the process alive).
    let timer: NodeJS.Timeout | undefined;
    const stillRunning = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('a thread is still running'), 10_000)));
    expect(await Promise.race([Promise.all(exits).then(() => 'all exited'), stillRunning])).toBe('all exited');
    clearTimeout(timer);
  });

  it('starts no more threads than there are batches of files for an explicit count', async () => {
    const root = join(PACKAGE_ROOT, 'examples', 'single-org');
    let started = 0;
    const parallel = await validateRepositoryInParallel({ root, now: NOW, threads: { entry: WORKER, count: 64, threshold: 0, onThreadStart: () => void started++ } });
    expect(started).toBe(1);
    expect(outputsOf(parallel)).toEqual(outputsOf(validateRepository({ root, now: NOW })));
  });
});

function withoutThreadsSetting(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { ABM_GITOPS_THREADS: _ignored, ...rest } = env;
  return rest;
}

/** A worker entry that misbehaves in the given way. */
function crashingEntry(name: string, body: string): URL {
  const path = join(scratch, `${name}-worker.mjs`);
  writeFileSync(path, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(path);
}

describe('a worker thread that fails', () => {
  const root = (): string => mixedRepository(300);
  const cases: Array<[string, string, RegExp]> = [
    ['throws on start', "throw new Error('cannot start');", /^a worker thread failed: cannot start$/],
    ['throws on a batch', "parentPort.on('message', () => { throw new Error('bad batch'); });", /^a worker thread failed: bad batch$/],
    ['exits on a batch', "parentPort.on('message', () => process.exit(3));", /^a worker thread failed: a thread stopped \(exit code 3\) before its files were done$/],
    ['exits at once', 'process.exit(0);', /^a worker thread failed: a thread stopped \(exit code 0\) before its files were done$/],
    [
      'answers short',
      "parentPort.on('message', ({ id }) => parentPort.postMessage({ id, results: [] }));",
      /^a worker thread failed: batch \d+ came back with 0 results for \d+ files$/,
    ],
    [
      'reports an error',
      "parentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: 'the file system went away' }));",
      /^a worker thread failed: the file system went away$/,
    ],
    ['never answers, then dies', "parentPort.on('message', () => setTimeout(() => { throw new RangeError('out of luck'); }, 50));", /^a worker thread failed: out of luck$/],
  ];
  for (const [name, body, message] of cases) {
    it(`fails the run with one line when it ${name}`, async () => {
      const entry = crashingEntry(name.replace(/\W+/g, '-'), body);
      await expect(validateRepositoryInParallel({ root: root(), now: NOW, threads: { entry, count: 2, threshold: 0 } })).rejects.toThrow(message);
    });
  }
  it('fails the run when its entry does not exist', async () => {
    const entry = pathToFileURL(join(scratch, 'no-such-worker.mjs'));
    await expect(validateRepositoryInParallel({ root: root(), now: NOW, threads: { entry, count: 2, threshold: 0 } })).rejects.toThrow(/^a worker thread failed: /);
  });
});

describe('a failure on this thread while it prepares a batch', () => {
  it('fails the run with that error and stops the threads', async () => {
    const entry = crashingEntry('echo', "parentPort.on('message', ({ id, tasks }) => parentPort.postMessage({ id, results: tasks }));");
    const started: Worker[] = [];
    const pool = startOrderedPool<number, number>({ entry, threads: 2, workerData: undefined, onThreadStart: (thread) => started.push(thread) });
    const taken: number[] = [];
    const tasks = Array.from({ length: 40 }, (_, index) => index);
    const run = pool.run(
      tasks,
      4,
      (task) => taken.push(task),
      (batch) => {
        if (batch[0] === 24) throw new Error('customers/acme/organization.yml: EIO: i/o error, read');
        return { tasks: [...batch] };
      },
    );
    await expect(run).rejects.toThrow(/^customers\/acme\/organization\.yml: EIO: i\/o error, read$/);
    // Nothing past the batch that could not be prepared was taken, and every thread is told to stop.
    expect(Math.max(...taken)).toBeLessThan(24);
    await Promise.all(started.map((thread) => new Promise((resolve) => (thread.threadId === -1 ? resolve(undefined) : thread.once('exit', resolve)))));
  });
});

/** Model parts that fail on this thread when they take in the organization named `name`. */
class FailingParts extends ModelParts {
  constructor(
    private readonly name: string,
    private readonly failure: () => Error,
  ) {
    super();
  }
  override addDocument(document: SourceDocument, problems: readonly SchemaProblem[], read?: Parameters<ModelParts['addDocument']>[2]): void {
    const metadata = (document.value as { metadata?: { name?: unknown } }).metadata;
    if (metadata?.name === this.name) throw this.failure();
    super.addDocument(document, problems, read);
  }
}

describe('a failure on the main thread while worker threads run', () => {
  beforeAll(builtDist, 240_000);
  const scope = { include: ['customers/**/*.yml'], limits: DEFAULT_LIMITS };
  const threads = { entry: WORKER, count: 2, threshold: 0 };
  const firstOrganization = (root: string): string => readdirSync(join(root, 'customers')).sort()[40]!;

  it('says what failed on this thread, with the file, not that a worker thread failed', async () => {
    const root = mixedRepository(300);
    const name = firstOrganization(root);
    const failure = loadInParallel(root, scope, new FailingParts(name, () => new TypeError("Cannot read properties of undefined (reading 'units')\n    at addDocument")), threads);
    await expect(failure).rejects.toThrow(new RegExp(`^customers/${name}/organization\\.yml: Cannot read properties of undefined \\(reading 'units'\\)$`));
    await expect(failure).rejects.not.toThrow(/worker thread/);
  });

  it("keeps this thread's usage error a usage error", async () => {
    const root = mixedRepository(300);
    const failure = loadInParallel(root, scope, new FailingParts(firstOrganization(root), () => new UsageError('cannot read the disk')), threads);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(/^cannot read the disk$/);
  });

  it('passes the error on unchanged on one thread, where no worker is there to blame', async () => {
    const root = mixedRepository(300);
    const name = firstOrganization(root);
    const failure = loadInParallel(root, scope, new FailingParts(name, () => new Error('boom')), { ...threads, count: 1 });
    await expect(failure).rejects.toThrow(/^boom$/);
  });
});

describe('the bundled CLI on worker threads', () => {
  beforeAll(builtDist, 240_000);

  const cli = (cliPath: string, root: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [cliPath, 'validate', root, '--format', 'json', '--now', '2026-11-23', '--fail-on', 'never'], {
      encoding: 'utf8',
      env: { ...withoutThreadsSetting(process.env), ...env },
      timeout: 120_000,
    });

  it('writes the same JSON report with ABM_GITOPS_THREADS=1 and =2, and refuses a bad value', () => {
    const root = mixedRepository(300);
    const cliPath = join(PACKAGE_ROOT, 'dist', 'cli.js');
    const one = cli(cliPath, root, { ABM_GITOPS_THREADS: '1' });
    const two = cli(cliPath, root, { ABM_GITOPS_THREADS: '2' });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    for (const value of ['many', '0', '65', '2.5']) {
      const bad = cli(cliPath, root, { ABM_GITOPS_THREADS: value });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toBe(`abm-gitops: ABM_GITOPS_THREADS must be a whole number of threads from 1 to 64 (1 turns worker threads off), not "${value}"\n`);
    }
  });

  it('refuses a 1 MB string aliased 900 times as the same located input-limit with ABM_GITOPS_THREADS=1 and =2, never an internal error', () => {
    // The bomb is the claim, not the size of the repository around it: the first 40 organizations of the mixed
    // repository (its broken files among them) and the bomb make two batches (32 + 9 files), both sent to the first thread.
    const root = join(scratch, 'long-string-bomb');
    const mixed = mixedRepository(300);
    for (const name of readdirSync(join(mixed, 'customers')).sort().slice(0, 40)) cpSync(join(mixed, 'customers', name), join(root, 'customers', name), { recursive: true });
    const bomb = join(root, 'customers', 'zz-long-string-bomb');
    mkdirSync(bomb);
    writeFileSync(join(bomb, 'organization.yml'), LONG_STRING_BOMB);
    // Over the mixed repository's own maxFileBytes (20,000): back to the default 2 MiB, which the bomb is under.
    writeFileSync(join(root, 'abm-gitops.yml'), 'apiVersion: abm-gitops/v1\nkind: Config\ninclude: ["customers/**/*.yml"]\n');
    const cliPath = join(PACKAGE_ROOT, 'dist', 'cli.js');
    const run = (threads: string) =>
      spawnSync(process.execPath, [cliPath, 'validate', root, '--format', 'json', '--now', '2026-11-23'], {
        encoding: 'utf8',
        env: { ...withoutThreadsSetting(process.env), ABM_GITOPS_THREADS: threads },
        timeout: 120_000,
      });
    const one = run('1');
    const two = run('2');
    for (const { status, stderr } of [one, two]) {
      expect(stderr).not.toMatch(/internal error|Invalid string length/);
      // An input-limit finding is an error: exit 1 under the default --fail-on.
      expect(status).toBe(1);
    }
    expect(two.stdout).toBe(one.stdout);
    const findings = (JSON.parse(one.stdout) as { findings: Array<{ ruleId: string; file: string; line: number; column: number; message: string }> }).findings;
    const inBomb = findings.filter((finding) => finding.file === 'customers/zz-long-string-bomb/organization.yml');
    expect(inBomb.map(({ ruleId, line, column }) => [ruleId, line, column])).toEqual([['input-limit', ...LONG_STRING_BOMB_AT]]);
    expect(inBomb[0]!.message).toMatch(/^This file grows to more than 4 characters of text per character of its own once its aliases are expanded/);
  });

  /** The CLI run with a preload that logs every worker thread the process creates (Node's `worker` event). */
  const cliCountingThreads = (cliPath: string, root: string, env: Record<string, string>) => {
    const preload = join(scratch, 'count-threads.cjs');
    const log = join(scratch, `threads-${Date.now()}-${Math.random().toString(36).slice(2)}.log`);
    writeFileSync(preload, "process.on('worker', () => require('node:fs').appendFileSync(process.env.ABM_GITOPS_TEST_THREAD_LOG, 'started\\n'));\n");
    writeFileSync(log, '');
    const run = spawnSync(process.execPath, ['--require', preload, cliPath, 'validate', root, '--format', 'json', '--now', '2026-11-23', '--fail-on', 'never'], {
      encoding: 'utf8',
      env: { ...withoutThreadsSetting(process.env), ...env, ABM_GITOPS_TEST_THREAD_LOG: log },
      timeout: 120_000,
    });
    return { ...run, threadsStarted: readFileSync(log, 'utf8').split('\n').filter(Boolean).length };
  };

  it('stops the threads the walk started at the default threshold when `include` leaves fewer candidates, and exits', () => {
    const copy = join(scratch, 'dist-copy-stopped');
    cpSync(join(PACKAGE_ROOT, 'dist'), copy, { recursive: true });
    // A worker given any file fails the run: the files must be loaded on the main thread.
    writeFileSync(
      join(copy, 'validate-worker.js'),
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('a stopped thread was given files'); });\n",
    );
    // 40 organizations under customers/ (the include) and 2,000 YAML files beside them: the walk reaches the default threshold.
    const root = includeNarrowed('include-narrows-cli', 2_000);
    const run = cliCountingThreads(join(copy, 'cli.js'), root, {});
    const one = cli(join(PACKAGE_ROOT, 'dist', 'cli.js'), root, { ABM_GITOPS_THREADS: '1' });
    // The process exited by itself (no thread left running), with the one-thread report.
    expect(run.error).toBeUndefined();
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(one.stdout);
    expect(run.stderr).toBe(one.stderr);
    // One core: no worker by default; else at least one started during the walk.
    if (availableParallelism() > 1) expect(run.threadsStarted).toBeGreaterThan(0);
  });

  it('starts one thread for a one-file repository with ABM_GITOPS_THREADS=64', () => {
    const root = join(PACKAGE_ROOT, 'examples', 'single-org');
    const cliPath = join(PACKAGE_ROOT, 'dist', 'cli.js');
    const many = cliCountingThreads(cliPath, root, { ABM_GITOPS_THREADS: '64' });
    expect(many.status).toBe(0);
    expect(many.threadsStarted).toBe(1);
    expect(many.stdout).toBe(cli(cliPath, root, { ABM_GITOPS_THREADS: '1' }).stdout);
  });

  it('exits 2 with one line when its worker thread crashes', () => {
    const copy = join(scratch, 'dist-copy');
    cpSync(join(PACKAGE_ROOT, 'dist'), copy, { recursive: true });
    writeFileSync(join(copy, 'validate-worker.js'), "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('worker crashed'); });\n");
    // Without ABM_GITOPS_THREADS a repository of 300 organizations stays under the threshold: no thread starts.
    const quiet = cliCountingThreads(join(copy, 'cli.js'), mixedRepository(300), {});
    expect(quiet.status).toBe(0);
    expect(quiet.threadsStarted).toBe(0);
    const run = cli(join(copy, 'cli.js'), mixedRepository(300), { ABM_GITOPS_THREADS: '2' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('abm-gitops: internal error: a worker thread failed: worker crashed (please report this)\n');
    expect(JSON.parse(run.stdout)).toEqual({ version: 1, error: { message: 'internal error: a worker thread failed: worker crashed (please report this)' } });
  });

  it('exits 2 with one line naming the file when the main thread fails on what a worker sent, without blaming the worker', () => {
    const copy = join(scratch, 'dist-copy-main-thread');
    cpSync(join(PACKAGE_ROOT, 'dist'), copy, { recursive: true });
    // A worker that says every file is modelled with one organization document, and sends no document: the main thread trips taking it in.
    writeFileSync(
      join(copy, 'validate-worker.js'),
      "import { parentPort } from 'node:worker_threads';\n" +
        "parentPort.on('message', ({ id, tasks }) => parentPort.postMessage({ id, results: tasks.map(() => ({ kind: 'modelled', fingerprint: '', values: [], ours: [0], schemaProblems: [[]], artifacts: [[]], waivers: [], secretKind: undefined })) }));\n",
    );
    const run = cli(join(copy, 'cli.js'), mixedRepository(300), { ABM_GITOPS_THREADS: '2' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^abm-gitops: internal error: customers\/[^\s:]+\/organization\.yml: [^\n]+ \(please report this\)\n$/);
    expect(run.stderr).not.toMatch(/worker thread failed|\n\s+at /);
    expect(JSON.parse(run.stdout).error.message).toBe(run.stderr.slice('abm-gitops: '.length, -1));
  });
});
