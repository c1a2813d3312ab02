import type { Finding, ValidationReport } from '../base/findings.js';
import { escapeControlCharacters } from '../base/text.js';
import { codeFrame } from './code-frame.js';
import { palette, type Palette } from './colors.js';
import { onlineText } from './online.js';

export interface TextOptions {
  color: boolean;
  /** Errors only, no code frames. */
  quiet: boolean;
  /** File texts by relative path, for code frames under errors. */
  sources?: ReadonlyMap<string, string>;
}

/**
 * One finding a line, `path:line:col  severity  message  rule-id`, grouped by
 * file with a blank line between files, a code frame under each error, and
 * a closing count.
 */
export function formatText(report: ValidationReport, options: TextOptions): string {
  const colors = palette(options.color);
  const shown = report.findings.filter((finding) => !options.quiet || (finding.severity === 'error' && !finding.waived));
  // A file holding a secret (an inline private key…) is never quoted: a code frame would print the key's lines.
  const secretFiles = new Set(report.findings.filter((finding) => finding.ruleId === 'committed-secret').map((finding) => finding.file));
  const blocks: string[] = [];
  let currentFile: string | undefined;
  let block: string[] = [];
  for (const finding of shown) {
    if (finding.file !== currentFile) {
      if (block.length > 0) blocks.push(block.join('\n').trimEnd());
      block = [];
      currentFile = finding.file;
    }
    block.push(findingLine(finding, colors));
    const source = options.sources?.get(finding.file);
    if (!options.quiet && finding.severity === 'error' && !finding.waived && source) {
      block.push(secretFiles.has(finding.file) ? `    ${colors.dim('(no code frame: this file holds a secret)')}\n` : `${codeFrame(source, finding, colors)}\n`);
    }
  }
  if (block.length > 0) blocks.push(block.join('\n').trimEnd());
  if (report.online) blocks.push(onlineText(report.online));
  blocks.push(closingLine(report, colors));
  return `${blocks.join('\n\n')}\n`;
}

/** File names, messages and waiver reasons come from the pull request: each stays on its line (see escapeControlCharacters). */
function findingLine(finding: Finding, colors: Palette): string {
  const at = `${escapeControlCharacters(finding.file)}:${finding.line}:${finding.column}`;
  const message = escapeControlCharacters(finding.message);
  if (finding.waived) {
    return colors.dim(`${at}  waived   ${message}  ${finding.ruleId}  (${escapeControlCharacters(finding.waiver?.reason ?? '')})`);
  }
  const severity = { error: colors.red('error  '), warning: colors.yellow('warning'), info: colors.blue('info   ') }[finding.severity];
  return `${colors.underline(at)}  ${severity}  ${message}  ${colors.dim(finding.ruleId)}`;
}

function closingLine(report: ValidationReport, colors: Palette): string {
  const { summary } = report;
  // Named unless it is the current folder: several repos are often checked in one go (npm start).
  const where = report.root === '.' ? '' : ` of ${escapeControlCharacters(report.root)}`;
  const scope = `${plural(summary.files, 'file')}, ${plural(summary.organizations, 'organization')}${where}`;
  const counts = [
    summary.errors > 0 ? colors.red(plural(summary.errors, 'error')) : '',
    summary.warnings > 0 ? colors.yellow(plural(summary.warnings, 'warning')) : '',
    summary.infos > 0 ? colors.blue(plural(summary.infos, 'info')) : '',
    summary.waived > 0 ? colors.dim(`${summary.waived} waived`) : '',
  ].filter(Boolean);
  if (counts.length === 0) return colors.green(`✔ No problems in ${scope}.`);
  const mark = summary.errors > 0 ? colors.red('✖') : summary.warnings > 0 ? colors.yellow('⚠') : colors.green('✔');
  return `${mark} ${counts.join(', ')} in ${scope}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
