/**
 * Renewal runs at once on the same repository (a scheduled run overlapping
 * a manual one, several clones), with a person pushing to a renewal branch
 * between rounds: whatever the interleaving, the repository converges to one
 * open pull request per renewal branch, a person's commit is never lost, and
 * one more run afterwards writes nothing. Real git (a local bare repository,
 * one clone per run) and the local GitHub server; few cases, each is slow.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitAs, gitAs, branchSha } from '../support/git-repos.js';
import { CONTENT_BRANCH, OWNER, REPO, SERVICE_BRANCH, startFlowBed, stopFlowBed } from '../renew/harness.js';
import { propertySettings } from './settings.js';

const DAYS = ['2026-12-18', '2026-12-28', '2026-12-29'] as const;
/** Each case starts a few dozen git processes: a handful of cases, however many FC_NUM_RUNS asks for. */
const CASES = Math.min(Number(process.env.FC_NUM_RUNS ?? 4), 12);

const scenario = fc.record({
  firstRound: fc.array(fc.constantFrom(...DAYS), { minLength: 2, maxLength: 4 }),
  humanBranch: fc.constantFrom(SERVICE_BRANCH, CONTENT_BRANCH, undefined),
  secondRound: fc.array(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 3 }),
});

describe('renewal runs at once', () => {
  it(
    'converge to one open pull request per branch, keep every commit a person pushed, and leave nothing for the next run',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ firstRound, humanBranch, secondRound }) => {
          const bed = await startFlowBed();
          try {
            await Promise.all(firstRound.map((day) => bed.run(day)));
            let human: string | undefined;
            if (humanBranch !== undefined && (await branchSha(bed.bare, humanBranch)) !== null) {
              human = await commitAs(bed.bare, { branch: humanBranch, files: { 'notes.md': 'called Apple\n' }, message: 'Notes' });
            }
            await Promise.all(secondRound.map((day) => bed.run(day)));

            const last = DAYS[2];
            const settle = await bed.run(last);
            expect(settle.failed).toBe(0);
            const open = bed.server.pulls(OWNER, REPO).filter((pull) => pull.state === 'open');
            expect(new Set(open.map((pull) => pull.head)).size).toBe(open.length);
            expect(open.map((pull) => pull.head).sort()).toEqual([CONTENT_BRANCH, SERVICE_BRANCH].sort());
            if (human !== undefined) {
              const head = (await branchSha(bed.bare, humanBranch!))!;
              const contains = (await gitAs(bed.bare).raw(['branch', '--contains', human, '--list', humanBranch!])).trim();
              expect(contains, `${humanBranch} at ${head} lost ${human}`).not.toBe('');
            }
            const before = bed.server.requests.length;
            const again = await bed.run(last);
            expect(again.failed).toBe(0);
            expect(bed.writes(before)).toEqual([]);
          } finally {
            await stopFlowBed(bed);
          }
        }),
        { ...propertySettings(CASES), numRuns: CASES },
      );
    },
    CASES * 120_000,
  );
});
