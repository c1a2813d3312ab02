import { toolVersion as version } from '../report/tool-info.js';
import { parseArgs } from './args.js';
import { UsageError, type Command, type CommandIo } from './command.js';
import { COMMANDS } from './commands/index.js';
import { didYouMean } from '../schema/index.js';
import { formatJsonError } from '../report/index.js';

/**
 * The whole CLI as a function: arguments in, exit code out. Errors a user
 * can cause become one line on stderr and exit 2; nothing prints a stack.
 */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(generalHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    const suggestion = didYouMean(
      name,
      COMMANDS.map((candidate) => candidate.name),
    );
    io.stderr(`abm-gitops: unknown command "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; run abm-gitops --help\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(command));
    return 0;
  }
  const wantsJson = jsonRequested(rest);
  try {
    const args = parseArgs(rest, command.options, `abm-gitops ${command.name}`);
    return await command.run(args, io);
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `internal error: ${oneLine(error)} (please report this)`;
    if (wantsJson) io.stdout(formatJsonError(message));
    io.stderr(`abm-gitops: ${message}\n`);
    if (!(error instanceof UsageError) && io.env.ABM_GITOPS_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}

function jsonRequested(argv: readonly string[]): boolean {
  const at = argv.indexOf('--format');
  return argv.includes('--format=json') || (at !== -1 && argv[at + 1] === 'json');
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0]!;
}

function generalHelp(): string {
  const width = COMMANDS.reduce((widest, command) => Math.max(widest, command.name.length), 0);
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    `abm-gitops ${version()}: Apple Business Manager, Apple Business and Apple Business Essentials setups as code.`,
    '',
    'Usage: abm-gitops <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    "Run abm-gitops <command> --help for a command's options; --version prints the version.",
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  const flags = command.options.map((option) => {
    if (option.type === 'boolean') return `--${option.name}`;
    return `--${option.name} <${option.choices ? option.choices.join('|') : 'value'}>`;
  });
  const width = flags.reduce((widest, flag) => Math.max(widest, flag.length), 0);
  const options = command.options.map((option, index) => `  ${flags[index]!.padEnd(width)}  ${option.description}`);
  return [`Usage: ${command.usage}`, '', command.summary, '', 'Options:', ...options, ''].join('\n');
}
