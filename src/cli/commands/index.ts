import type { Command } from '../command.js';
import { command as explain } from './explain.js';
import { command as importCommand } from './import.js';
import { command as init } from './init.js';
import { command as inspect } from './inspect.js';
import { command as keypair } from './keypair.js';
import { command as renew } from './renew.js';
import { command as tokens } from './tokens.js';
import { command as validate } from './validate.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [validate, tokens, inspect, renew, keypair, explain, init, importCommand];
