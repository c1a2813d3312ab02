import type { ArtifactKind, Severity } from '../../base/findings.js';
import { daysBetween, formatDay } from '../../base/dates.js';
import { artifactLabel } from '../../model/labels.js';
import { realExpiry, type RealExpirySource } from '../../model/live.js';
import type { DatedArtifact } from '../../model/types.js';
import type { Rule, RuleReport } from '../types.js';

/** Apple's consequence of letting each kind lapse, and the way out (seeds 000, 001, 003, 004). */
const LAPSE: Record<ArtifactKind, { breaks: string; remedy: string }> = {
  'service-token': {
    breaks: 'Apple stops talking to the device management service, so devices assigned to it no longer reach it',
    remedy: "download a new service token for the service in Apple's portal, install it in the MDM and update `expiresAt` (`abm-gitops renew` opens the pull request)",
  },
  'content-token': {
    breaks: 'app and book license communication between Apple and the device management service stops',
    remedy: 'download a new content token (Payments & Billing > Apps & Books), upload it to the service and update `expiresAt`',
  },
  'apns-certificate': {
    breaks: "devices stop receiving the service's MDM commands",
    remedy: 'renew it at the Apple Push Certificates Portal with the same Apple Account that created it (a new certificate makes every device re-enroll) and update `expiresAt`',
  },
};

const REAL_EXPIRY_ORIGIN: Record<RealExpirySource, string> = {
  apple: "Apple's Apps and Books API reports",
  file: 'read from the referenced file',
  secret: 'read from the secret',
};

export const tokenExpiry: Rule = {
  meta: {
    id: 'token-expiry',
    defaultSeverity: 'warning',
    summary: 'A service token, content token or APNs certificate expires soon (warning, error close to the date) or has expired (error).',
    sources: ['000', '001', '002', '003', '004'],
  },
  perOrganization: true,
  *check({ model }) {
    const { config, now } = model;
    for (const organization of model.organizations) {
      for (const artifact of organization.artifacts) {
        const report = expiryReport(artifact, now, config.expiry);
        if (report) yield report;
      }
    }
  },
};

function expiryReport(artifact: DatedArtifact, now: Date, windows: { warnBeforeMs: number; errorBeforeMs: number }): RuleReport | undefined {
  const expiresAt = realExpiry(artifact)?.expiresAt ?? artifact.expiresAt;
  const remainingMs = expiresAt.getTime() - now.getTime();
  // Windows are inclusive: exactly 30 days left is inside `warnBefore: 30d` (docs/configuration.md, "Dates and windows").
  let severity: Severity;
  if (remainingMs <= windows.errorBeforeMs) severity = 'error';
  else if (remainingMs <= windows.warnBeforeMs) severity = 'warning';
  else return undefined;

  const expired = remainingMs <= 0;
  const days = daysBetween(now, expiresAt);
  const when = expired ? `expired on ${formatDay(expiresAt)} (${daysAgo(-days)})` : `expires on ${formatDay(expiresAt)} (${daysLeft(days)})`;
  const { breaks, remedy } = LAPSE[artifact.kind];
  const consequence = expired ? capitalize(breaks) : `Once it expires, ${breaks}`;
  return {
    at: { document: artifact.organization.source, path: [...artifact.path, 'expiresAt'] },
    severity,
    message: `The ${artifactLabel(artifact)} in organization \`${artifact.organization.name}\` ${when}${realExpiryNote(artifact)}. ${consequence}: ${remedy}.`,
  };
}

/** Says where the date came from when the real token was read, and whether it disagrees with the declaration. */
function realExpiryNote(artifact: DatedArtifact): string {
  const real = realExpiry(artifact);
  if (!real) return '';
  const where = REAL_EXPIRY_ORIGIN[real.source];
  const declared = formatDay(artifact.expiresAt);
  return declared === formatDay(real.expiresAt) ? `, as ${where}` : `, as ${where} (the declared \`expiresAt\` says ${declared})`;
}

function daysLeft(days: number): string {
  if (days === 0) return 'less than a day left';
  return days === 1 ? '1 day left' : `${days} days left`;
}

function daysAgo(days: number): string {
  if (days === 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
