import { formatJsonError, toolVersion as version } from '../report/index.js';
import { parseArgs } from './args.js';
import { firstLineOf } from '../base/text.js';
import { shownError } from '../base/credentials.js';
import { UsageError } from '../base/errors.js';
import { type CommandIo, type CommandSpec } from './command.js';
import { COMMANDS, type CommandEntry } from './commands/index.js';
import { didYouMean } from '../schema/index.js';

/**
 * The whole CLI as a function: arguments in, exit code out. Errors a user
 * can cause become one line on stderr and exit 2; nothing prints a stack.
 */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'help' && rest.length > 0) return helpFor(rest[0]!, io);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(generalHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const command = findCommand(name, io);
  if (!command) return 2;
  const beforeDashes = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (beforeDashes.includes('--help') || beforeDashes.includes('-h')) {
    io.stdout(commandHelp(command));
    return 0;
  }
  const wantsJson = jsonRequested(rest);
  let args;
  try {
    args = parseArgs(rest, command.options);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (wantsJson) io.stdout(formatJsonError(error.message));
    io.stderr(`abm-gitops ${command.name}: ${shownError(error.message)}\n`);
    return 2;
  }
  try {
    return await (await command.load()).run(args, io);
  } catch (error) {
    // A usage error may quote a key or a file name from the pull request: its control characters stay escaped.
    const message = error instanceof UsageError ? shownError(error.message) : `internal error: ${shownError(firstLineOf(error))} (please report this)`;
    if (wantsJson) io.stdout(formatJsonError(message));
    io.stderr(`abm-gitops: ${message}\n`);
    if (!(error instanceof UsageError) && io.env.ABM_GITOPS_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}

function findCommand(name: string, io: CommandIo): CommandEntry | undefined {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command) return command;
  const suggestion = didYouMean(
    name,
    COMMANDS.map((candidate) => candidate.name),
  );
  io.stderr(`abm-gitops: unknown command "${shownError(name)}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; run abm-gitops --help\n`);
  return undefined;
}

/** `abm-gitops help <command>`, as git and npm have it. */
function helpFor(name: string, io: CommandIo): number {
  const command = findCommand(name, io);
  if (!command) return 2;
  io.stdout(commandHelp(command));
  return 0;
}

function jsonRequested(argv: readonly string[]): boolean {
  return argv.some((arg, index) => ((arg === '--format' || arg === '-f') && argv[index + 1] === 'json') || arg === '--format=json' || arg === '-fjson' || arg === '-f=json');
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

function commandHelp(command: CommandSpec): string {
  const flags = command.options.map((option) => {
    const short = option.short ? `-${option.short}, ` : '    ';
    if (option.type === 'boolean') return `${short}--${option.name}`;
    return `${short}--${option.name} <${option.choices ? option.choices.join('|') : 'value'}>`;
  });
  const width = flags.reduce((widest, flag) => Math.max(widest, flag.length), 0);
  const options = command.options.map((option, index) => `  ${flags[index]!.padEnd(width)}  ${option.description}`);
  const optionLines = options.length > 0 ? ['Options:', ...options, ''] : [];
  return [`Usage: ${command.usage}`, '', command.summary, '', ...optionLines].join('\n');
}
