import { resolve } from 'node:path';
import { formatTokensCsv, formatTokensJsonChunks, formatTokensText } from '../../report/index.js';
import { tokenCalendar, tokenInventory, tokenInventoryOnline } from '../../tokens.js';
import { booleanOption, stringOption } from '../args.js';
import { UsageError } from '../../base/errors.js';
import type { Command } from '../command.js';
import { TOKENS, TOKENS_FORMATS } from './specs.js';
import { appleLiveStateFor, resolveNow, writeOutput } from './validate.js';

export { TOKENS_FORMATS };

export const command: Command = {
  ...TOKENS,
  async run(args, io) {
    if (args.positionals.length > 1) throw new UsageError(`tokens takes one root folder, not ${args.positionals.length}`);
    const root = args.positionals[0] ?? '.';
    const format = (stringOption(args, 'format') ?? 'text') as (typeof TOKENS_FORMATS)[number];
    const now = resolveNow(stringOption(args, 'now'));
    const options = { root: resolve(io.cwd, root), now, env: io.env };
    const { model, tokens } = booleanOption(args, 'online', false)
      ? await tokenInventoryOnline({ ...options, liveState: await appleLiveStateFor(io.env) })
      : tokenInventory(options);
    const list = { root, now: now.toISOString(), tokens };
    const output =
      format === 'json' ? formatTokensJsonChunks(list) : format === 'csv' ? formatTokensCsv(list) : format === 'ics' ? tokenCalendar(model, tokens) : formatTokensText(list);
    writeOutput(output, stringOption(args, 'output'), io);
    return 0;
  },
};
