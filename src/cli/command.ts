/**
 * The contract every CLI command file (src/cli/commands/<name>.ts) fulfils.
 * Commands never touch process.* directly: they get their arguments, the
 * environment and the output streams through `CommandIo`, so tests run them
 * in-process and the bundled CLI runs them for real.
 */

export interface CommandIo {
  /** Write to standard output (no newline added). */
  stdout(text: string): void;
  /** Write to standard error (no newline added). */
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** True when stdout is an interactive terminal (colour allowed unless --no-color). */
  isTTY: boolean;
  /** The unit of the GitHub client's retry and write-spacing delays (default GitHub's 1,000 ms); embedders and tests may shorten it. */
  githubDelayUnitMs?: number;
}

export interface OptionSpec {
  /** Long name without dashes, e.g. `format`. */
  name: string;
  /** One letter for `-f json`, where the peers (ESLint, yamllint…) have one. */
  short?: string;
  /** `string` takes a value (`--format json` or `--format=json`); `boolean` is a switch (`--no-x` negates). */
  type: 'string' | 'boolean';
  description: string;
  /** For string options: the allowed values, checked before run(). */
  choices?: readonly string[];
  /** May be given more than once (values collected into an array). */
  multiple?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean | string[] | undefined>;
}

/** What the CLI knows of a command before loading its code (src/cli/commands/specs.ts). */
export interface CommandSpec {
  name: string;
  /** One line for `abm-gitops --help`. */
  summary: string;
  /** e.g. `abm-gitops inspect <file> [--format text|json]` */
  usage: string;
  options: readonly OptionSpec[];
}

export interface Command extends CommandSpec {
  /** Returns the process exit code: 0 ok, 1 findings/failure the user asked about, 2 the run could not be done. */
  run(args: ParsedArgs, io: CommandIo): Promise<number>;
}
