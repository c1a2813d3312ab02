import { resolve } from 'node:path';
import { formatTokensCsv, formatTokensJson, formatTokensText } from '../../report/index.js';
import { tokenCalendar, tokenInventory, tokenInventoryOnline } from '../../tokens.js';
import { booleanOption, stringOption } from '../args.js';
import { appleLiveState } from '../../apple/index.js';
import { UsageError } from '../../base/errors.js';
import type { Command } from '../command.js';
import { resolveNow, writeOutput } from './validate.js';

export const TOKENS_FORMATS = ['text', 'json', 'csv', 'ics'] as const;

export const command: Command = {
  name: 'tokens',
  summary: 'List every service token, content token and APNs certificate across organizations, earliest expiry first (text, JSON, CSV or an ICS calendar).',
  usage: 'abm-gitops tokens [root] [--format text|json|csv|ics] [--output <file>] [--now <date>] [--online]',
  options: [
    { name: 'format', short: 'f', type: 'string', choices: TOKENS_FORMATS, description: 'Output format (default text); ics is a calendar to subscribe to.' },
    { name: 'output', short: 'o', type: 'string', description: 'Write to this file instead of standard output.' },
    { name: 'now', type: 'string', description: 'Count days left as of this date or date-time (reproducible runs; also the calendar DTSTAMP).' },
    { name: 'online', type: 'boolean', description: "Ask Apple for the content tokens' real expiry (read-only, docs/online.md); source apple where it answered." },
  ],
  async run(args, io) {
    if (args.positionals.length > 1) throw new UsageError(`tokens takes one root folder, not ${args.positionals.length}`);
    const root = args.positionals[0] ?? '.';
    const format = (stringOption(args, 'format') ?? 'text') as (typeof TOKENS_FORMATS)[number];
    const now = resolveNow(stringOption(args, 'now'));
    const options = { root: resolve(io.cwd, root), now, env: io.env };
    const { model, tokens } = booleanOption(args, 'online', false) ? await tokenInventoryOnline({ ...options, liveState: appleLiveState(io.env) }) : tokenInventory(options);
    const list = { root, now: now.toISOString(), tokens };
    const output = format === 'json' ? formatTokensJson(list) : format === 'csv' ? formatTokensCsv(list) : format === 'ics' ? tokenCalendar(model, tokens) : formatTokensText(list);
    writeOutput(output, stringOption(args, 'output'), io);
    return 0;
  },
};
