import { didYouMean } from '../schema/index.js';
import { envValue, type Environment } from '../base/environment.js';
import { UsageError } from '../base/errors.js';
import { type OptionSpec, type ParsedArgs } from './command.js';

/**
 * A small, strict argument parser: `--name value`, `--name=value`, `-f value`,
 * `--flag`, `-q`, `--no-flag`, `--` ends options. Unknown options and values
 * outside `choices` are usage errors with a suggestion; their messages name
 * no command (the CLI puts `abm-gitops <command>:` in front).
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const byShort = new Map(specs.filter((spec) => spec.short !== undefined).map((spec) => [spec.short!, spec]));
  const parsed: ParsedArgs = { positionals: [], options: {} };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    if (arg === '--') {
      for (const rest of argv.slice(i + 1)) parsed.positionals.push(rest);
      break;
    }
    if (/^-[^-]/.test(arg)) {
      const spec = byShort.get(arg.slice(1, 2));
      if (!spec) {
        const shorts = [...byShort.keys()].map((letter) => `-${letter}`);
        throw new UsageError(
          `unknown option ${arg}${shorts.length > 0 ? ` (short options are ${shorts.join(', ')}; others are written --name)` : ' (options are written --name)'}`,
        );
      }
      const attached = arg.slice(2);
      if (spec.type === 'boolean' && attached !== '') throw new UsageError(`unknown option ${arg} (-${spec.short} takes no value)`);
      arg = `--${spec.name}${attached === '' ? '' : `=${attached.replace(/^=/, '')}`}`;
    }
    if (!arg.startsWith('--') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    const [rawName, inlineValue] = splitOnce(arg.slice(2), '=');
    const negated = !byName.has(rawName) && rawName.startsWith('no-') && byName.get(rawName.slice(3))?.type === 'boolean';
    const name = negated ? rawName.slice(3) : rawName;
    const spec = byName.get(name);
    if (!spec) {
      const suggestion = didYouMean(rawName, [...byName.keys()]);
      throw new UsageError(`unknown option --${rawName}${suggestion ? ` (did you mean --${suggestion}?)` : ''}`);
    }
    if (spec.type === 'boolean') {
      if (inlineValue !== undefined) throw new UsageError(`--${name} takes no value`);
      parsed.options[name] = !negated;
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined || (inlineValue === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value${spec.choices ? ` (${spec.choices.join('|')})` : ''}`);
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}, not "${value}"`);
    }
    if (spec.multiple) parsed.options[name] = [...((parsed.options[name] as string[] | undefined) ?? []), value];
    else parsed.options[name] = value;
  }
  return parsed;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
}

export function booleanOption(args: ParsedArgs, name: string, fallback: boolean): boolean {
  const value = args.options[name];
  return typeof value === 'boolean' ? value : fallback;
}

/** A passphrase is a secret: only from the environment (`env:NAME`), never on the command line. */
export function secretFromEnv(option: string, source: string, env: Environment): { name: string; value: string } {
  if (!source.startsWith('env:')) throw new UsageError(`${option} takes env:NAME, so the secret stays out of shell history and process lists`);
  const name = source.slice(4);
  const value = envValue(env, name);
  if (value === undefined || value.trim() === '') throw new UsageError(`${option} ${source}: ${name} is not set`);
  return { name, value };
}
