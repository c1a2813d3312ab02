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
 * The files of 4 s or more as `npm test` ran them at the end of round 8
 * (2026-11-28 09:40, main at b5a879c, a 72.7 s run), in a minute when the
 * machine ran about 1.15 times slower than on a quiet morning. A file that takes 8 s or
 * more belongs here, or it may start last and end the run alone.
 */
const ESTIMATED_SECONDS: Record<string, number> = {
  'test/validate/threads.test.ts': 20,
  'test/renew/people.test.ts': 17,
  'test/hostile/yaml-bombs.test.ts': 17,
  'test/property/renewal-concurrency.property.test.ts': 16,
  'test/action/renew-bundle.test.ts': 14,
  'test/renew/git.test.ts': 11,
  'test/renew/flow.test.ts': 11,
  'test/package/packed.test.ts': 11,
  'test/report/sarif-multitool.test.ts': 10,
  'test/renew/dashboard.test.ts': 10,
  'test/package/pre-commit.test.ts': 9,
  'test/action/local-action.test.ts': 9,
  'test/renew/faults.test.ts': 9,
  'test/apple/cli-online.e2e.test.ts': 8,
  'test/browser/html-report.test.ts': 7,
  'test/apple/secrecy.e2e.test.ts': 6,
  'test/renew/cli.test.ts': 5,
  'test/editors/yaml-language-server.test.ts': 4,
  'test/load/fast-yaml.test.ts': 4,
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
