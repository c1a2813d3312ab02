import { isExceptionExpired } from '../waivers.js';
import type { Rule } from '../types.js';

export const waiverExpired: Rule = {
  meta: {
    id: 'waiver-expired',
    defaultSeverity: 'warning',
    summary: 'A Config exception is past its expires date and no longer applies.',
    sources: [],
  },
  *check({ model }) {
    const { config, now } = model;
    if (!config.source) return;
    for (const exception of config.exceptions) {
      if (!isExceptionExpired(exception, now)) continue;
      yield {
        at: { document: config.source, path: [...exception.path, 'expires'] },
        message: `The exception for \`${exception.rule}\` in organization \`${exception.organization}\` expired on ${exception.expiresAsWritten} and no longer applies: fix what it waived, or renew it with a new date and an up-to-date reason.`,
        organization: exception.organization,
      };
    }
  },
};
