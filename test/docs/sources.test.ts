import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

const repoRoot = new URL('../..', import.meta.url).pathname;
const sourcesPage = readFileSync(join(repoRoot, 'docs/sources.md'), 'utf8');

/** Each row of docs/sources.md: `| <a id="001"></a>001 | [title](url) | publisher | … |`. */
const listed = new Map(
  [...sourcesPage.matchAll(/^\| <a id="(\d{3})"><\/a>\1 \| \[([^\]]+)\]\((https:\/\/[^)\s]+)\) \| (Apple|N-able) \|/gm)].map((match) => [
    match[1]!,
    { title: match[2]!, url: match[3]! },
  ]),
);

function* filesBelow(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesBelow(path);
    else yield path;
  }
}

describe('docs/sources.md', () => {
  it('lists the sources with a title, an https link and a publisher', () => {
    expect([...listed.keys()]).toEqual(['000', '001', '002', '003', '004']);
    for (const { url } of listed.values()) expect(url).toMatch(/^https:\/\/(support\.apple\.com|documentation\.n-able\.com)\//);
  });

  it('lists every source a rule cites', () => {
    const cited = [...new Set(RULES.flatMap((rule) => rule.meta.sources))].sort();
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((id) => !listed.has(id))).toEqual([]);
  });

  it('is linked from each rule page, for every source the rule cites', () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      const page = readFileSync(join(repoRoot, 'docs/rules', `${rule.meta.id}.md`), 'utf8');
      const header = page.split('\n').find((line) => line.startsWith('**Default severity:**')) ?? '';
      for (const id of rule.meta.sources) if (!header.includes(`](../sources.md#${id})`)) missing.push(`${rule.meta.id} → ${id}`);
    }
    expect(missing).toEqual([]);
  });

  it('is the only way pages and comments cite a source: no "seed NNN" without a link, no path outside the repository', () => {
    const offenders: string[] = [];
    for (const file of [...filesBelow(join(repoRoot, 'src')), ...filesBelow(join(repoRoot, 'docs'))]) {
      const text = readFileSync(file, 'utf8');
      if (/\.\.\/shared\/|shared\/(seeds|spec)/.test(text)) offenders.push(`${file.slice(repoRoot.length)}: cites a path outside the repository`);
      if (file.endsWith('.md')) {
        for (const match of text.matchAll(/\b(?:seed|source) (\d{3})\b/g)) offenders.push(`${file.slice(repoRoot.length)}: "${match[0]}" is no link`);
        for (const match of text.matchAll(/\]\(\.\.\/sources\.md#(\d{3})\)/g))
          if (!listed.has(match[1]!)) offenders.push(`${file.slice(repoRoot.length)}: links unknown source ${match[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
