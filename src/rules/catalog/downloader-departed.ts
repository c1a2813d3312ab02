import type { Rule } from '../types.js';
import { downloadedTokens } from '../../model/downloads.js';
import { artifactLabel } from '../../model/labels.js';

const STATUS_PHRASES = {
  departed: 'has left the organization (`status: departed`)',
  disabled: 'is disabled (`status: disabled`)',
} as const;

export const downloaderDeparted: Rule = {
  meta: {
    id: 'downloader-departed',
    defaultSeverity: 'error',
    summary: 'The account that downloaded a token is departed or disabled: replace the token.',
    sources: ['000'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      for (const { artifact, account, downloadedByPath } of downloadedTokens(organization)) {
        const status = account.value.status;
        if (status !== 'departed' && status !== 'disabled') continue;
        yield {
          at: { document: organization.source, path: downloadedByPath },
          message: `The ${artifactLabel(artifact)} in organization \`${organization.name}\` was downloaded by \`${account.value.id}\`, who ${STATUS_PHRASES[status]}: Apple asks for the token to be replaced when the user who downloaded it leaves. Download a new token with an active account and update \`downloadedBy\`.`,
        };
      }
    }
  },
};
