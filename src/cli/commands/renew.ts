import { resolve } from 'node:path';
import { formatRenewalJson, formatRenewalText, runRenewal } from '../../renew/index.js';
import { booleanOption, stringOption } from '../args.js';
import { UsageError } from '../../base/errors.js';
import { type Command } from '../command.js';
import { resolveNow } from './validate.js';

export const command: Command = {
  name: 'renew',
  summary: 'Open, update and close renewal pull requests for tokens inside the renewal window (--dry-run prints the plan).',
  usage: 'abm-gitops renew [root] [--dry-run] [--format text|json] [--now <date>] [--repo owner/name] [--base <branch>] [--token-env <NAME>] [--author "Name <email>"]',
  options: [
    { name: 'dry-run', type: 'boolean', description: 'Print the plan (titles, bodies, branches) from the files at root and touch nothing.' },
    { name: 'format', short: 'f', type: 'string', choices: ['text', 'json'], description: 'Output format (default text).' },
    { name: 'now', type: 'string', description: 'Plan as of this date or date-time (reproducible runs).' },
    { name: 'repo', type: 'string', description: 'The GitHub repository, owner/name (default GITHUB_REPOSITORY, else the origin remote).' },
    { name: 'base', type: 'string', description: "Base branch of the pull requests (default the repository's default branch)." },
    { name: 'token-env', type: 'string', description: 'Environment variable holding the GitHub token (default GITHUB_TOKEN).' },
    { name: 'author', type: 'string', description: 'Commit author "Name <email>" (default abm-gitops[bot] <abm-gitops@users.noreply.github.com>).' },
  ],
  async run(args, io) {
    if (args.positionals.length > 1) throw new UsageError(`renew takes one root folder, not ${args.positionals.length}`);
    const root = resolve(io.cwd, args.positionals[0] ?? '.');
    const dryRun = booleanOption(args, 'dry-run', false);
    const tokenVariable = stringOption(args, 'token-env') ?? 'GITHUB_TOKEN';
    const token = io.env[tokenVariable] ?? '';
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
