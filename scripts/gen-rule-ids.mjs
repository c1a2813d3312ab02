// Writes the rule ids of the registry (src/rules/registry.ts, RULES) into
// schemas/config.schema.json ($defs.ruleId.enum), which `rules:` keys and
// `exceptions[].rule` use, so editors offer every rule and no schema lags
// behind a new rule (test/schema/rule-ids-in-sync.test.ts fails when it does).
// Then regenerates src/model/schema-types.ts, whose RuleId type follows.
//
//   node scripts/gen-rule-ids.mjs              writes both files
//   withRuleIds(schemaText, ids): string       the schema text with these ids (used by the test)

import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const repoRoot = new URL('..', import.meta.url);
export const CONFIG_SCHEMA = 'schemas/config.schema.json';

const RULE_ID_ENUM = /("ruleId": \{[^{}]*?"enum": \[)[^\]]*(\])/;

/** Replaces the list of `$defs.ruleId.enum` in place: the rest of the file keeps its formatting. */
export function withRuleIds(schemaText, ids) {
  if (!RULE_ID_ENUM.test(schemaText)) throw new Error(`${CONFIG_SCHEMA}: no "ruleId": { … "enum": [ … ] } to fill`);
  const list = ids.map((id) => `        ${JSON.stringify(id)}`).join(',\n');
  return schemaText.replace(RULE_ID_ENUM, (_, open, close) => `${open}\n${list}\n      ${close}`);
}

/** The registry's ids, read by bundling the TypeScript registry (dependencies stay external). */
async function registryIds() {
  const cache = new URL('node_modules/.cache/abm-gitops/', repoRoot);
  await mkdir(cache, { recursive: true });
  const outfile = new URL('rules.mjs', cache);
  await build({
    entryPoints: [new URL('src/rules/index.ts', repoRoot).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: outfile.pathname,
    logLevel: 'warning',
    define: { __ABM_GITOPS_VERSION__: '"0.0.0"' },
  });
  try {
    const { RULES } = await import(`${outfile.href}?${Date.now()}`);
    return RULES.map((rule) => rule.meta.id);
  } finally {
    await rm(outfile, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = new URL(CONFIG_SCHEMA, repoRoot);
  const ids = await registryIds();
  await writeFile(path, withRuleIds(await readFile(path, 'utf8'), ids));
  console.log(`wrote ${ids.length} rule ids into ${CONFIG_SCHEMA}`);
  const { generateTypes, TYPES_FILE } = await import('./gen-types.mjs');
  await writeFile(new URL(TYPES_FILE, repoRoot), await generateTypes());
  console.log(`wrote ${TYPES_FILE}`);
}
