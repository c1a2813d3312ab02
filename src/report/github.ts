import type { ValidationReport } from '../base/findings.js';
import { annotationsOf, type Annotation } from './annotations.js';

export interface GithubOptions {
  /** Prefix that turns root-relative paths into repository-relative ones. */
  pathPrefix: string;
}

/**
 * `--format github`: one workflow command per unwaived finding, for running
 * the CLI in a workflow step without the Action. Errors come first so they
 * survive GitHub's per-level cap.
 */
export function formatGithub(report: ValidationReport, options: GithubOptions): string {
  return annotationsOf(report, options.pathPrefix)
    .map((annotation) => `${workflowCommand(annotation)}\n`)
    .join('');
}

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`; no columns when the finding spans lines. */
export function workflowCommand(annotation: Annotation): string {
  const columns = (key: 'col' | 'endColumn', value: number | undefined) => (value === undefined ? [] : [`${key}=${value}`]);
  const properties = [
    `file=${escapeProperty(annotation.file)}`,
    `line=${annotation.startLine}`,
    ...columns('col', annotation.startColumn),
    `endLine=${annotation.endLine}`,
    ...columns('endColumn', annotation.endColumn),
    `title=${escapeProperty(annotation.title)}`,
  ];
  return `::${annotation.level} ${properties.join(',')}::${escapeData(annotation.message)}`;
}

/** The runner's escaping for a command's message (as @actions/core does it). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties also may not contain the `:` and `,` that delimit them. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
