import type { Severity, ValidationReport } from '../base/findings.js';
import { repositoryPath } from '../base/repository-path.js';
import { fingerprint } from './sarif.js';

export interface GitlabOptions {
  /** Prefix that turns root-relative paths into repository-relative ones (GitLab wants paths from the project root). */
  pathPrefix: string;
}

type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** As ESLint's Code Quality formatters map them: an error blocks a merge request's quality gate as `major`. */
const SEVERITY: Record<Severity, CodeQualitySeverity> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * `--format gitlab`: a GitLab Code Quality report (the Code Climate subset
 * GitLab reads). The fingerprint is the SARIF one (stable across commits:
 * rule, file, organization, key path), made unique within the report.
 * Waived findings are left out, as they do not count.
 */
export function formatGitlab(report: ValidationReport, options: GitlabOptions): string {
  const seen = new Map<string, number>();
  const issues = report.findings
    .filter((finding) => !finding.waived)
    .map((finding) => {
      const path = repositoryPath(finding.file, options.pathPrefix);
      const base = fingerprint(finding, path);
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      return {
        type: 'issue',
        description: finding.message,
        check_name: finding.ruleId,
        fingerprint: occurrence === 0 ? base : fingerprint({ ...finding, path: `${finding.path ?? ''}#${occurrence}` }, path),
        severity: SEVERITY[finding.severity],
        // GitLab needs a line: a finding about a whole file (line 0) points at its first line.
        location: { path, lines: { begin: Math.max(1, finding.line), end: Math.max(1, finding.line, finding.endLine) } },
      };
    });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
