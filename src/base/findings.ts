/**
 * The shared vocabulary of every stage: what a finding is, where it points,
 * and the report a validation run produces. Reporters, the Action and the
 * renewal planner all speak these types.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The lowest severity that fails a run (`--fail-on`, the Action's `fail-on`); `never` never fails. */
export const FAIL_ON_CHOICES = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON_CHOICES)[number];

/** 1-based line and column; the end is exclusive (as in SARIF and editors). */
export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Waiver {
  reason: string;
  /** `inline` (a `# abm-gitops-ignore` comment) or `config` (an `exceptions` entry). */
  source: 'inline' | 'config';
}

export interface Finding extends Region {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Relative to the validated root, with forward slashes. */
  file: string;
  organization?: string;
  /** JSON path inside the document, e.g. `spec.contentTokens[0].expiresAt`. */
  path?: string;
  waived?: boolean;
  waiver?: Waiver;
}

export type ArtifactKind = 'service-token' | 'content-token' | 'apns-certificate';
export type ExpirySource = 'declared' | 'file' | 'secret' | 'apple';

/** One dated artifact (every token and push certificate), for the `tokens` list. */
export interface TokenEntry {
  organization: string;
  kind: ArtifactKind;
  /** The content token's id, or the service's id for its service token and APNs certificate. */
  id: string;
  expiresAt: string;
  daysLeft: number;
  source: ExpirySource;
  file: string;
  line: number;
  column: number;
}

/** Where a token stands against the expiry windows, worst first (see model/token-status.ts). */
export type TokenStatus = 'expired' | 'error' | 'warning' | 'renew' | 'ok';

/** A token with its status: what the `tokens` command and the views show. */
export interface TokenRow extends TokenEntry {
  status: TokenStatus;
}

/** What `--online` asked Apple and what it could not ask (the JSON `online` block, the summaries). */
export interface OnlineSummary {
  /** Organizations the run asked Apple about. */
  organizations: number;
  /** Answers Apple gave, per API: the Apple Business API once per organization, the others once per token. */
  checked: Record<'apple-business-api' | 'device-enrollment-api' | 'apps-and-books-api', number>;
  /** What was not asked, for lack of a credential or because the product has no such API. */
  skipped: Array<{ organization: string; api: string; subject?: string; reason: string }>;
}

export interface Summary {
  files: number;
  organizations: number;
  errors: number;
  warnings: number;
  infos: number;
  waived: number;
}

export interface ValidationReport {
  version: 1;
  root: string;
  now: string;
  findings: Finding[];
  tokens: TokenEntry[];
  summary: Summary;
  /**
   * Only when the run could not be done although there is something to
   * report (an invalid abm-gitops.yml: its mistakes are the findings): the
   * one line also printed on stderr, as in interfaces.md's exit-2 output.
   */
  error?: { message: string };
  /** Only in `--online` runs. */
  online?: OnlineSummary;
}
