import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../src/base/findings.js';
import { RULES } from '../../src/rules/index.js';
import { validateFilesOnline, type LiveOrganizationJson } from '../support/live.js';
import { validateFiles } from '../support/repo.js';

interface Example {
  files: Record<string, string>;
  now: string;
  /** What Apple says, for the online rules' pages: a ```json apple block keyed by organization name. */
  apple?: Record<string, LiveOrganizationJson>;
}

function section(page: string, heading: string): string | undefined {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start === -1) return undefined;
  const rest = page.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  return end === -1 ? rest : rest.slice(0, end);
}

function exampleOf(page: string, heading: string): Example {
  const text = section(page, heading);
  if (text === undefined) throw new Error(`no "## ${heading}" section`);
  const files: Record<string, string> = {};
  for (const match of text.matchAll(/```[a-z]*[ \t]+file=(\S+)[^\n]*\n([\s\S]*?)```/g)) {
    files[match[1]!] = match[2]!;
  }
  const now = /<!-- now: (\S+) -->/.exec(page)?.[1] ?? '2026-11-23';
  const apple = /```json[ \t]+apple[^\n]*\n([\s\S]*?)```/.exec(text)?.[1];
  return { files, now, ...(apple !== undefined ? { apple: JSON.parse(apple) as Record<string, LiveOrganizationJson> } : {}) };
}

/** Offline, or, when the example says what Apple answers, through the live-state stage. */
async function validateExample(example: Example): Promise<ValidationReport> {
  return example.apple ? validateFilesOnline(example.files, example.apple, example.now) : validateFiles(example.files, example.now);
}

describe('rule documentation', () => {
  for (const rule of RULES) {
    const path = new URL(`../../docs/rules/${rule.meta.id}.md`, import.meta.url);

    describe(rule.meta.id, () => {
      it('has a page with the rule id as its title and the standard sections', () => {
        expect(existsSync(path), `docs/rules/${rule.meta.id}.md is missing`).toBe(true);
        const page = readFileSync(path, 'utf8');
        expect(page.startsWith(`# \`${rule.meta.id}\`\n`)).toBe(true);
        for (const heading of ['Why', 'How to fix', 'Failing example', 'Passing example']) {
          expect(page, `section ${heading}`).toContain(`\n## ${heading}\n`);
        }
        expect(page).toContain(`**Default severity:** ${rule.meta.defaultSeverity}`);
      });

      it('has a failing example that fires the rule', async () => {
        const example = exampleOf(readFileSync(path, 'utf8'), 'Failing example');
        expect(Object.keys(example.files).length).toBeGreaterThan(0);
        const report = await validateExample(example);
        expect(report.findings.map((finding) => finding.ruleId)).toContain(rule.meta.id);
        if (rule.meta.online) expect(example.apple, 'an online rule needs a ```json apple block').toBeDefined();
        if (example.apple) {
          // An online rule only ever fires on what Apple said: the same files offline are silent for it.
          const offline = validateFiles(example.files, example.now);
          expect(offline.findings.map((finding) => finding.ruleId)).not.toContain(rule.meta.id);
        }
      });

      it('has a passing example with no unwaived finding at all', async () => {
        const example = exampleOf(readFileSync(path, 'utf8'), 'Passing example');
        expect(Object.keys(example.files).length).toBeGreaterThan(0);
        const report = await validateExample(example);
        expect(report.findings.filter((finding) => !finding.waived)).toEqual([]);
      });
    });
  }
});
