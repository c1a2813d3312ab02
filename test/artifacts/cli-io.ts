import { UsageError } from '../../src/base/errors.js';
import type { CommandIo } from '../../src/cli/command.js';

/** A CommandIo that records what a command writes, for in-process runs. */
export function recordingIo(cwd: string, env: Record<string, string | undefined> = {}): CommandIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    env,
    cwd,
    isTTY: false,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}

/** Runs a command expected to fail with a UsageError and returns its one-line message. */
export async function usageErrorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('expected a UsageError, but the command succeeded');
}
