import { formatDay, parseInstant } from '../../base/dates.js';
import type { Rule } from '../types.js';
import { downloadedTokens } from '../../model/downloads.js';
import { artifactLabel } from '../../model/labels.js';

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const tokenInvalidatedByPasswordChange: Rule = {
  meta: {
    id: 'token-invalidated-by-password-change',
    defaultSeverity: 'error',
    summary: "The downloader's passwordChangedAt is after the token's downloadedAt: Apple has already invalidated the token.",
    sources: ['000', '001', '003'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      for (const { artifact, account, downloadedByPath } of downloadedTokens(organization)) {
        const changedText = account.value.passwordChangedAt;
        const changedAt = changedText === undefined ? undefined : parseInstant(changedText);
        const { downloadedAt } = artifact;
        // Strictly after: bare dates are both the start of their day, so a change and a download on the same day do not fire.
        if (!changedAt || !downloadedAt || changedAt.getTime() <= downloadedAt.getTime()) continue;
        const downloadedText = 'downloadedAt' in artifact.declaration ? artifact.declaration.downloadedAt : undefined;
        const sameDayHint =
          downloadedText !== undefined && BARE_DATE.test(downloadedText) && formatDay(changedAt) === formatDay(downloadedAt)
            ? ' (`downloadedAt` is a bare date, read as the start of that day: if the download came after the password change, record both as date-times)'
            : '';
        yield {
          at: { document: organization.source, path: downloadedByPath },
          message: `The ${artifactLabel(artifact)} in organization \`${organization.name}\` was downloaded on ${formatDay(downloadedAt)} by \`${account.value.id}\`, whose password changed on ${formatDay(changedAt)}${sameDayHint}: Apple invalidates a token when the account that downloaded it changes its password. Download a new token and update \`downloadedAt\`.`,
        };
      }
    }
  },
};
