import { createHash } from 'node:crypto';
import type { Finding, Severity, ValidationReport } from '../base/findings.js';
import { docsUrl, type RuleMeta } from '../base/rule-meta.js';
import { repositoryPath } from '../base/repository-path.js';
import { ruleHelp } from './rule-docs.js';
import { TOOL_NAME, TOOL_URL, toolVersion } from './tool-info.js';

export interface SarifOptions {
  /** Prefix that turns root-relative paths into repository-relative ones. */
  pathPrefix: string;
  /** The rules of the run, described in the log's `tool.driver.rules`. */
  rules: readonly RuleMeta[];
}

type SarifLevel = 'error' | 'warning' | 'note';

const SARIF_LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** Key under `partialFingerprints`; bump the version if the hashed fields ever change. */
export const FINGERPRINT_KEY = 'abmGitopsFinding/v1';

const SCHEMA_URL = 'https://json.schemastore.org/sarif-2.1.0.json';

/** `--format sarif` and the Action's `sarif-file`: SARIF 2.1.0 as GitHub code scanning accepts it. */
export function formatSarif(report: ValidationReport, options: SarifOptions): string {
  return `${JSON.stringify(buildSarifLog(report, options), null, 2)}\n`;
}

export function buildSarifLog(report: ValidationReport, options: SarifOptions): Record<string, unknown> {
  const { rules } = options;
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: SCHEMA_URL,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: toolVersion(),
            semanticVersion: toolVersion(),
            informationUri: TOOL_URL,
            rules: rules.map(ruleDescriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((finding) => result(finding, options.pathPrefix, ruleIndex)),
      },
    ],
  };
}

function ruleDescriptor(rule: RuleMeta): Record<string, unknown> {
  const { id, summary, defaultSeverity } = rule;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: summary },
    fullDescription: { text: `${summary} Default severity: ${defaultSeverity}. Documentation: ${docsUrl(id)}` },
    // GitHub code scanning requires `help`; it shows the Markdown on each alert.
    help: ruleHelp(id, summary),
    helpUri: docsUrl(id),
    defaultConfiguration: { level: SARIF_LEVEL[defaultSeverity] },
  };
}

function result(finding: Finding, pathPrefix: string, ruleIndex: ReadonlyMap<string, number>): Record<string, unknown> {
  const file = repositoryPath(finding.file, pathPrefix);
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(file), uriBaseId: '%SRCROOT%' },
          region: {
            // GitHub rejects a region before line 1; a finding about a whole file points at 1:1.
            startLine: Math.max(1, finding.line),
            startColumn: Math.max(1, finding.column),
            endLine: Math.max(1, finding.line, finding.endLine),
            endColumn: Math.max(1, finding.endColumn),
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding, file) },
    // On every result or on none (SARIF 3.27.23): an empty list says "not suppressed", a waiver a suppressed result.
    suppressions:
      finding.waived && finding.waiver ? [{ kind: finding.waiver.source === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: finding.waiver.reason }] : [],
    ...(finding.organization !== undefined || finding.path !== undefined
      ? { properties: { ...(finding.organization !== undefined ? { organization: finding.organization } : {}), ...(finding.path !== undefined ? { path: finding.path } : {}) } }
      : {}),
  };
}

/**
 * What identifies a finding across commits: rule, file, organization and the
 * key path inside the document, not the line (lines move when others are
 * edited). Findings without a key path (syntax errors) fall back to their message.
 */
export function fingerprint(finding: Finding, repositoryFile: string): string {
  const anchor = finding.path ?? `message:${finding.message}`;
  const identity = [finding.ruleId, repositoryFile, finding.organization ?? '', anchor].join('\u0000');
  return createHash('sha256').update(identity).digest('hex');
}

/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function fileUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * A readable name that differs from the id (SARIF1001 compares them ignoring
 * case, so a one-word id such as `schema` needs more than a capital letter).
 */
export function ruleName(id: string): string {
  const pascal = id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return id.includes('-') ? pascal : `${pascal}Rule`;
}
