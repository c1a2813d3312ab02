import type { Finding, ValidationReport } from '../base/findings.js';
import { repositoryPath } from '../base/repository-path.js';
import { TOOL_NAME } from './tool-info.js';

export interface JunitOptions {
  /** Prefix that turns root-relative paths into repository-relative ones. */
  pathPrefix: string;
  /** The validated files (their paths are the keys), so clean files show as passing tests. */
  sources: ReadonlyMap<string, string>;
}

/**
 * `--format junit`: JUnit XML as Jenkins, Azure DevOps and GitLab test
 * reports read it. One test suite per validated file; one failing test case
 * per finding (every severity: the severity is the failure's `type`), a
 * skipped one per waived finding, and one passing case for a clean file.
 */
export function formatJunit(report: ValidationReport, options: JunitOptions): string {
  const byFile = new Map<string, Finding[]>([...options.sources.keys()].map((file) => [file, []]));
  for (const finding of report.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const files = [...byFile.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const suites = files.map((file) => suite(repositoryPath(file, options.pathPrefix), byFile.get(file)!));
  const tests = suites.reduce((sum, entry) => sum + entry.tests, 0);
  const failures = suites.reduce((sum, entry) => sum + entry.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${TOOL_NAME}" tests="${tests}" failures="${failures}" errors="0" timestamp="${attribute(report.now)}">`,
    ...suites.map((entry) => entry.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

function suite(file: string, findings: readonly Finding[]): { xml: string; tests: number; failures: number } {
  const cases = findings.length === 0 ? [`    <testcase name="${TOOL_NAME} validate" classname="${attribute(file)}"/>`] : findings.map((finding) => testCase(file, finding));
  const failures = findings.filter((finding) => !finding.waived).length;
  const skipped = findings.length - failures;
  return {
    tests: cases.length,
    failures,
    xml: [`  <testsuite name="${attribute(file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`, ...cases, '  </testsuite>'].join('\n'),
  };
}

function testCase(file: string, finding: Finding): string {
  const where = `${file}:${finding.line}:${finding.column}`;
  const open = `    <testcase name="${attribute(`${finding.ruleId} at ${where}`)}" classname="${attribute(file)}" file="${attribute(file)}" line="${finding.line}">`;
  const body =
    finding.waived && finding.waiver
      ? `      <skipped message="${attribute(`waived (${finding.waiver.source}): ${finding.waiver.reason}`)}"/>`
      : `      <failure message="${attribute(finding.message)}" type="${finding.severity}">${text(`${where}  ${finding.severity}  ${finding.message}  ${finding.ruleId}`)}</failure>`;
  return [open, body, '    </testcase>'].join('\n');
}

/** Characters XML 1.0 cannot hold at all (most control characters): shown as `\u00XX` text instead. */
// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function text(value: string): string {
  return value
    .replace(NOT_XML, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
