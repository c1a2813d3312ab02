import { SEVERITY_RANK, type Finding, type Severity, type ValidationReport } from '../base/findings.js';
import { repositoryPath } from '../base/repository-path.js';

/** GitHub's annotation levels: an `info` finding becomes a notice. */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

export const ANNOTATION_LEVEL: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub keeps at most this many annotations of each level per step and
 * drops the rest silently, so the Action chooses which ones it shows.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: AnnotationLevel;
  /** Relative to the repository root. */
  file: string;
  startLine: number;
  /** Only for a finding on one line: GitHub refuses columns on annotations that span lines. */
  startColumn?: number;
  endLine: number;
  endColumn?: number;
  /** The rule id. */
  title: string;
  message: string;
}

/**
 * One annotation per unwaived finding, errors first, then warnings, then
 * notices, each in report order (file, line, column): the most important
 * ones survive GitHub's per-level cap. Waived findings are not annotated.
 */
export function annotationsOf(report: ValidationReport, pathPrefix: string): Annotation[] {
  return report.findings
    .filter((finding) => !finding.waived)
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] || a.order - b.order)
    .map(({ finding }) => toAnnotation(finding, pathPrefix));
}

function toAnnotation(finding: Finding, pathPrefix: string): Annotation {
  const startLine = Math.max(1, finding.line);
  const endLine = Math.max(startLine, finding.endLine);
  // "Annotations spanning multiple lines must not include startColumn or endColumn" (GitHub's rule).
  const columns = endLine === startLine ? { startColumn: Math.max(1, finding.column), endColumn: Math.max(1, finding.endColumn) } : {};
  return {
    level: ANNOTATION_LEVEL[finding.severity],
    file: repositoryPath(finding.file, pathPrefix),
    startLine,
    endLine,
    ...columns,
    title: finding.ruleId,
    message: finding.message,
  };
}

export interface CappedAnnotations {
  shown: Annotation[];
  /** How many of each level GitHub would not show. */
  hidden: Record<AnnotationLevel, number>;
}

export function capAnnotations(annotations: readonly Annotation[], perLevel = ANNOTATIONS_PER_LEVEL): CappedAnnotations {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const hidden: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  for (const annotation of annotations) {
    if (used[annotation.level] < perLevel) {
      used[annotation.level]++;
      shown.push(annotation);
    } else {
      hidden[annotation.level]++;
    }
  }
  return { shown, hidden };
}
