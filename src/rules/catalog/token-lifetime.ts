import { daysBetween, DAY_MS, formatDay } from '../../base/dates.js';
import type { DatedArtifact } from '../../model/types.js';
import type { Rule, RuleReport } from '../types.js';
import { artifactLabel } from '../../model/labels.js';

/** One year, leap day included: a token downloaded on 2027-02-28 may expire on 2028-02-29. */
const MAX_LIFETIME_MS = 366 * DAY_MS;

export const tokenLifetime: Rule = {
  meta: {
    id: 'token-lifetime',
    defaultSeverity: 'error',
    summary: 'expiresAt is more than one year (366 days) after downloadedAt (or, without it, after today), or before it; or downloadedAt is in the future.',
    sources: ['000', '001', '003'],
  },
  perOrganization: true,
  *check({ model }) {
    const { now } = model;
    for (const organization of model.organizations) {
      for (const artifact of organization.artifacts) {
        const report = lifetimeReport(artifact, now);
        if (report) yield report;
      }
    }
  },
};

function lifetimeReport(artifact: DatedArtifact, now: Date): RuleReport | undefined {
  const { downloadedAt, expiresAt } = artifact;
  const where = `The ${artifactLabel(artifact)} in organization \`${artifact.organization.name}\``;
  const atKey = (key: 'expiresAt' | 'downloadedAt') => ({ document: artifact.organization.source, path: [...artifact.path, key] });
  if (!downloadedAt) {
    const daysAhead = daysBetween(now, expiresAt);
    if (expiresAt.getTime() - now.getTime() <= MAX_LIFETIME_MS) return undefined;
    return {
      at: atKey('expiresAt'),
      message: `${where} expires on ${formatDay(expiresAt)}, ${daysAhead} days from today, but Apple's tokens and certificates last one year from download, so no token downloaded by today can last that long: \`expiresAt\` has a typo (often the year). Copy the expiry from Apple's portal or read it with \`abm-gitops inspect\`, and add \`downloadedAt\`.`,
    };
  }
  if (downloadedAt.getTime() > now.getTime()) {
    return {
      at: atKey('downloadedAt'),
      message: `${where} is declared as downloaded on ${formatDay(downloadedAt)}, which is after today (${formatDay(now)}): no token is downloaded in the future, so \`downloadedAt\` has a typo. Copy the download date from Apple's portal.`,
    };
  }
  const lifetimeMs = expiresAt.getTime() - downloadedAt.getTime();
  const dates = `\`expiresAt\` ${formatDay(expiresAt)}, \`downloadedAt\` ${formatDay(downloadedAt)}`;
  let problem: string;
  if (lifetimeMs < 0) problem = `expires before it was downloaded (${dates})`;
  else if (lifetimeMs > MAX_LIFETIME_MS) problem = `is declared to last ${Math.ceil(lifetimeMs / DAY_MS)} days (${dates})`;
  else return undefined;
  return {
    at: atKey('expiresAt'),
    message: `${where} ${problem}, but Apple's tokens and certificates last one year from download: one of the dates is a typo. Copy both dates from Apple's portal.`,
  };
}
