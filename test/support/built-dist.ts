/**
 * dist/ as the runner, npm and pre-commit run it, bundled from the current
 * sources once per `npm test` however many test files (in however many
 * workers) need it: the first caller builds, the others wait for its
 * verdict. A build per file cost seconds each and could rewrite dist/ under a
 * file that was running it in another worker.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WAIT_MS = 120_000;

/** The folder whose creation claims the build of run `testRunId`; it then holds the verdict. */
export function buildClaim(testRunId: string): string {
  return join(tmpdir(), `abm-gitops-dist-${testRunId}`);
}

let built: Promise<void> | undefined;

/** Resolves once dist/ holds this run's build of the sources; rejects with the build's output if it failed. */
export function builtDist(): Promise<void> {
  built ??= buildOncePerRun();
  return built;
}

async function buildOncePerRun(): Promise<void> {
  const claim = buildClaim(inject('testRunId'));
  const verdict = join(claim, 'verdict.json');
  let mine = true;
  try {
    mkdirSync(claim);
  } catch {
    mine = false;
  }
  if (mine) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
    // Written whole, then renamed: a waiting worker never reads half a verdict.
    writeFileSync(`${verdict}.part`, JSON.stringify({ status: build.status, output: `${build.stdout}${build.stderr}` }));
    renameSync(`${verdict}.part`, verdict);
  }
  for (const started = Date.now(); !existsSync(verdict); await sleep(100)) {
    if (Date.now() - started > WAIT_MS) throw new Error(`dist/ was not built within ${WAIT_MS / 1000} s (another test file claimed the build: ${claim})`);
  }
  const { status, output } = JSON.parse(readFileSync(verdict, 'utf8')) as { status: number | null; output: string };
  if (status !== 0) throw new Error(`npm run build failed (status ${status}):\n${output}`);
}
