import { maskPrefixedTokens } from '../base/credentials.js';
import type { ValidationReport } from '../base/findings.js';
import { jsonTextChunks } from './json-stream.js';

/** The `--format json` document: the `ValidationReport` of src/base/findings.ts, as is. */
export function formatJson(report: ValidationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** `formatJson(report)` in pieces (the report, then its findings and tokens one by one), for writing as a stream. */
export function* jsonReportChunks(report: ValidationReport): Generator<string> {
  yield* jsonTextChunks(report, 2);
  yield '\n';
}

/** What stdout holds when the run could not be done (exit 2); a token known by its prefix in the message (a value it quotes) is masked. */
export function formatJsonError(message: string): string {
  return `${JSON.stringify({ version: 1, error: { message: maskPrefixedTokens(message) } }, null, 2)}\n`;
}
