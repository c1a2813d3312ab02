/**
 * An error the user caused (bad flag, unreadable file, invalid config). The CLI
 * prints its message as one line and exits 2; it never shows a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
