import type { Finding, TokenEntry } from '../base/findings.js';
import { ARTIFACT_KIND_NAMES } from '../model/labels.js';

export const GANTT_MAX_TOKENS = 50;

/**
 * A Mermaid gantt chart: one bar per token from `now` to its expiry, grouped
 * by organization, red (`crit`) when token-expiry reports an error for it and
 * highlighted (`active`) for a warning; expired tokens are red milestones.
 * The earliest GANTT_MAX_TOKENS tokens only, so the chart stays readable.
 */
export function expiryGantt(tokens: readonly TokenEntry[], findings: readonly Finding[], now: string): string {
  const shown = tokens.slice(0, GANTT_MAX_TOKENS);
  const today = now.slice(0, 10);
  const sections = new Map<string, string[]>();
  for (const token of shown) {
    const lines = sections.get(token.organization) ?? [];
    sections.set(token.organization, lines);
    const name = mermaidText(`${token.id} ${ARTIFACT_KIND_NAMES[token.kind]}`);
    const expiry = token.expiresAt.slice(0, 10);
    const level = expiryLevel(token, findings);
    if (Date.parse(token.expiresAt) <= Date.parse(now)) lines.push(`    ${name} (expired) :crit, milestone, ${expiry}, 0d`);
    else lines.push(`    ${name} :${level ? `${level}, ` : ''}${today}, ${expiry}`);
  }
  const body = [...sections].flatMap(([organization, lines]) => [`    section ${mermaidText(organization)}`, ...lines]);
  return ['```mermaid', 'gantt', '    title Upcoming expiries', '    dateFormat YYYY-MM-DD', '    axisFormat %Y-%m-%d', ...body, '```'].join('\n');
}

function expiryLevel(token: TokenEntry, findings: readonly Finding[]): 'crit' | 'active' | undefined {
  const reported = findings.filter((finding) => finding.ruleId === 'token-expiry' && !finding.waived && finding.file === token.file && finding.line === token.line);
  if (reported.some((finding) => finding.severity === 'error')) return 'crit';
  if (reported.some((finding) => finding.severity === 'warning')) return 'active';
  return undefined;
}

/** Mermaid has no escaping for task and section names: keep only characters with no meaning to it. */
function mermaidText(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9 ._@/-]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || '-'
  );
}
