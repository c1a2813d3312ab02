/**
 * The rule pages shipped with the package (`docs/rules/<id>.md`): `explain`
 * prints them, SARIF carries them as each rule's `help`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docsUrl } from '../rules/index.js';

/**
 * The folder holding package.json above this module. Walking up (rather than
 * a fixed `../..`) works both from src/ and from the bundled dist/*.js,
 * which sit at different depths.
 */
export function findPackageRoot(from: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function readRulePage(ruleId: string, root: string | undefined = findPackageRoot()): string | undefined {
  if (root === undefined) return undefined;
  try {
    return readFileSync(join(root, 'docs', 'rules', `${ruleId}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

export interface RuleHelp {
  text: string;
  markdown: string;
}

const helpCache = new Map<string, RuleHelp>();

/**
 * A rule's page up to its examples (what it catches, why, how to fix) and
 * a link to the whole page; the summary and the link when no page can be read.
 */
export function ruleHelp(ruleId: string, summary: string): RuleHelp {
  const cached = helpCache.get(ruleId);
  if (cached) return cached;
  const page = readRulePage(ruleId);
  const body = page === undefined ? summary : page.split(/\n## Failing example\n/)[0]!.trim();
  const help = {
    text: `${body.replace(/^#+ /gm, '').replace(/\*\*/g, '')}\n\nExamples and details: ${docsUrl(ruleId)}`,
    markdown: `${body}\n\n[Examples and details](${docsUrl(ruleId)})`,
  };
  helpCache.set(ruleId, help);
  return help;
}
