import { resolve } from 'node:path';
import { formatRenewalJson, formatRenewalText, runRenewal } from '../../renew/index.js';
import { booleanOption, stringOption } from '../args.js';
import { envValue } from '../../base/environment.js';
import { UsageError } from '../../base/errors.js';
import { type Command } from '../command.js';
import { RENEW } from './specs.js';
import { resolveNow } from './validate.js';

export const command: Command = {
  ...RENEW,
  async run(args, io) {
    if (args.positionals.length > 1) throw new UsageError(`renew takes one root folder, not ${args.positionals.length}`);
    const root = resolve(io.cwd, args.positionals[0] ?? '.');
    const dryRun = booleanOption(args, 'dry-run', false);
    const tokenVariable = stringOption(args, 'token-env') ?? 'GITHUB_TOKEN';
    const token = envValue(io.env, tokenVariable) ?? '';
    if (!dryRun && token === '') throw new UsageError(`renew needs a GitHub token in ${tokenVariable} (or --dry-run to only print the plan)`);
    const repository = stringOption(args, 'repo') ?? nonEmpty(io.env.GITHUB_REPOSITORY);
    const base = stringOption(args, 'base');
    const author = stringOption(args, 'author');
    const apiUrl = nonEmpty(io.env.GITHUB_API_URL);

    const result = await runRenewal({
      root,
      now: resolveNow(stringOption(args, 'now')),
      token,
      dryRun,
      ...(apiUrl !== undefined ? { apiUrl } : {}),
      ...(repository !== undefined ? { repository } : {}),
      ...(base !== undefined ? { base } : {}),
      ...(author !== undefined ? { author } : {}),
      ...(io.githubDelayUnitMs !== undefined ? { github: { delayUnitMs: io.githubDelayUnitMs } } : {}),
      log: (line) => io.stderr(`${line}\n`),
    });
    const json = stringOption(args, 'format') === 'json';
    io.stdout(json ? formatRenewalJson(result) : formatRenewalText(result, { showBodies: dryRun }));
    if (result.error !== undefined) io.stderr(`abm-gitops: renewal stopped: ${result.error}\n`);
    return result.failed > 0 ? 1 : 0;
  },
};

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
