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

/** Seconds on the 2-core machine (docs/testing.md); only the order matters. */
const ESTIMATED_SECONDS: Record<string, number> = {
  'test/renew/people.test.ts': 40,
  'test/validate/threads.test.ts': 27,
  'test/renew/flow.test.ts': 35,
  'test/property/renewal-concurrency.property.test.ts': 35,
  'test/package/pre-commit.test.ts': 30,
  'test/hostile/yaml-bombs.test.ts': 20,
  'test/apple/secrecy.e2e.test.ts': 20,
  'test/renew/faults.test.ts': 18,
  'test/renew/dashboard.test.ts': 18,
  'test/report/sarif-multitool.test.ts': 16,
  'test/action/renew-bundle.test.ts': 16,
  'test/renew/git.test.ts': 15,
  'test/renew/github.test.ts': 15,
  'test/cli/validate.test.ts': 15,
  'test/action/local-action.test.ts': 14,
  'test/apple/cli-online.e2e.test.ts': 13,
  'test/browser/html-report.test.ts': 11,
  'test/package/packed.test.ts': 10,
  'test/import/files.test.ts': 9,
  'test/renew/cli.test.ts': 9,
  'test/report/json-stream.test.ts': 15,
  'test/schema/standalone-validators.test.ts': 8,
  'test/renew/file-bytes.test.ts': 8,
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
