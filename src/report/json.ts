import type { ValidationReport } from '../base/findings.js';

/** The `--format json` document: the `ValidationReport` of src/base/findings.ts, as is. */
export function formatJson(report: ValidationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** What stdout holds when the run could not be done (exit 2). */
export function formatJsonError(message: string): string {
  return `${JSON.stringify({ version: 1, error: { message } }, null, 2)}\n`;
}
