/**
 * Runs the test files that take longest first, so that the workers finish
 * together instead of one of them starting a 40-second file at the end.
 * vitest's own order does so from the durations it cached on the last run;
 * a fresh clone has none (vitest then runs the largest files first), so the
 * files measured slow in docs/testing.md carry an estimate here. A file's
 * cached duration, when there is one, wins over the estimate; a file the
 * cache does not know while it knows others is new and goes first, as in
 * vitest's own order (it may be slow, and nothing says otherwise).
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds on the 2-core machine (docs/testing.md); only the order matters.
 * The ten slowest as a fresh clone's `npm test` ran them on a quiet machine
 * (2026-11-28 00:24, main at 1cdefd4); the others from a fresh-clone run at
 * load 10 (00:35), halved to match. A file that takes 8 s or more (in a
 * loaded run: 15 s) belongs here, or it may start last and end the run alone.
 */
const ESTIMATED_SECONDS: Record<string, number> = {
  'test/renew/people.test.ts': 27,
  'test/renew/flow.test.ts': 23,
  'test/action/renew-bundle.test.ts': 22,
  'test/validate/threads.test.ts': 21,
  'test/property/renewal-concurrency.property.test.ts': 20,
  'test/renew/dashboard.test.ts': 20,
  'test/report/sarif-multitool.test.ts': 19,
  'test/renew/faults.test.ts': 17,
  'test/hostile/yaml-bombs.test.ts': 16,
  'test/browser/html-report.test.ts': 15,
  'test/apple/secrecy.e2e.test.ts': 12,
  'test/package/pre-commit.test.ts': 9,
  'test/renew/git.test.ts': 9,
  'test/load/fast-yaml.test.ts': 9,
  'test/renew/upgrade.test.ts': 9,
  'test/schema/standalone-validators.test.ts': 8,
  'test/package/packed.test.ts': 7,
  'test/action/local-action.test.ts': 7,
  'test/apple/cli-online.e2e.test.ts': 6,
  'test/renew/cli.test.ts': 5,
  'test/renew/yaml-edit.test.ts': 5,
  'test/property/validate.property.test.ts': 5,
  'test/import/passphrase.test.ts': 5,
  'test/action/bundle.test.ts': 4,
  'test/artifacts/server-token.test.ts': 4,
  'test/renew/file-bytes.test.ts': 4,
};

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const root = this.ctx.config.root;
    const pathOf = (spec: TestSpecification) => relative(root, spec.moduleId).split('\\').join('/');
    const cachedOf = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${pathOf(spec)}`);
    const cacheKnowsSome = files.some((spec) => cachedOf(spec) !== undefined);
    const expectedMs = (spec: TestSpecification): number => {
      const cached = cachedOf(spec);
      if (cached?.failed) return Number.POSITIVE_INFINITY;
      if (cached !== undefined) return cached.duration;
      const estimate = ESTIMATED_SECONDS[pathOf(spec)];
      if (estimate !== undefined) return estimate * 1000;
      return cacheKnowsSome ? Number.MAX_SAFE_INTEGER : 0;
    };
    return ordered
      .map((spec, index) => ({ spec, index, ms: expectedMs(spec) }))
      .sort((a, b) => b.ms - a.ms || a.index - b.index)
      .map(({ spec }) => spec);
  }
}
