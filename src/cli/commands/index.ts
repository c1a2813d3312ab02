/**
 * The commands as the CLI lists them. A command's code (its `run`, with the
 * stages it needs) is imported only when that command runs, so the bundle
 * gives each its own chunk and `validate` does not compile `renew`'s GitHub
 * client or `import`'s Apple one.
 */
import type { Command, CommandSpec } from '../command.js';
import { VALIDATE, TOKENS, INSPECT, RENEW, KEYPAIR, EXPLAIN, INIT, IMPORT } from './specs.js';

/** A command as the CLI lists it; `load` imports its code. */
export interface CommandEntry extends CommandSpec {
  load(): Promise<Command>;
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { ...VALIDATE, load: async () => (await import('./validate.js')).command },
  { ...TOKENS, load: async () => (await import('./tokens.js')).command },
  { ...INSPECT, load: async () => (await import('./inspect.js')).command },
  { ...RENEW, load: async () => (await import('./renew.js')).command },
  { ...KEYPAIR, load: async () => (await import('./keypair.js')).command },
  { ...EXPLAIN, load: async () => (await import('./explain.js')).command },
  { ...INIT, load: async () => (await import('./init.js')).command },
  { ...IMPORT, load: async () => (await import('./import.js')).command },
];
