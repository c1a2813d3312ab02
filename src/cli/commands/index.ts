import type { Command } from '../command.js';
import { command as validate } from './validate.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [validate];
