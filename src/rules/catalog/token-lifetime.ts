import { DAY_MS, formatDay } from '../../model/dates.js';
import type { DatedArtifact } from '../../model/types.js';
import type { Rule, RuleReport } from '../types.js';
import { artifactLabel } from '../../model/labels.js';

/** One year, leap day included: a token downloaded on 2027-02-28 may expire on 2028-02-29. */
const MAX_LIFETIME_MS = 366 * DAY_MS;

export const tokenLifetime: Rule = {
  meta: {
    id: 'token-lifetime',
    defaultSeverity: 'error',
    summary: 'expiresAt is more than one year (366 days) after downloadedAt, or before it.',
    sources: ['000', '001', '003'],
  },
  *check({ model }) {
    for (const organization of model.organizations) {
      for (const artifact of organization.artifacts) {
        const report = lifetimeReport(artifact);
        if (report) yield report;
      }
    }
  },
};

function lifetimeReport(artifact: DatedArtifact): RuleReport | undefined {
  const { downloadedAt, expiresAt } = artifact;
  if (!downloadedAt) return undefined;
  const lifetimeMs = expiresAt.getTime() - downloadedAt.getTime();
  const dates = `\`expiresAt\` ${formatDay(expiresAt)}, \`downloadedAt\` ${formatDay(downloadedAt)}`;
  let problem: string;
  if (lifetimeMs < 0) problem = `expires before it was downloaded (${dates})`;
  else if (lifetimeMs > MAX_LIFETIME_MS) problem = `is declared to last ${Math.ceil(lifetimeMs / DAY_MS)} days (${dates})`;
  else return undefined;
  return {
    at: { document: artifact.organization.source, path: [...artifact.path, 'expiresAt'] },
    message: `The ${artifactLabel(artifact)} in organization \`${artifact.organization.name}\` ${problem}, but Apple's tokens and certificates last one year from download: one of the dates is a typo. Copy both dates from Apple's portal.`,
  };
}
