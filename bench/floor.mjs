// The floor abm-gitops is measured against: the least work any YAML + JSON Schema checker must do.
// Finds every .yml below <root>/customers, reads it, parses it with positions (yaml + LineCounter,
// merge keys on, as abm-gitops does) and validates each document with abm-gitops' own ajv
// validators. Nothing more: no rules, no report. bench/run.mjs bundles it with the CLI's esbuild
// plugins (scripts/bundle-plugins.mjs), so it gets the same shortcuts the CLI gets: yaml's
// LOG_TOKENS lookup compiled out and the validators generated at build time.
// Usage: node <bundled floor> <root>   → prints {"files", "documents", "findings"} as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { compileValidators } from '../src/schema/compile.ts';

const validate = compileValidators().organization;

function yamlFiles(directory) {
  const files = [];
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.ya?ml$/.test(entry.name)) files.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return files;
}

const root = process.argv[2];
if (!root) {
  console.error('usage: node bench/floor.mjs <root>');
  process.exit(2);
}
let documents = 0;
let findings = 0;
const files = yamlFiles(join(root, 'customers'));
for (const file of files) {
  const lineCounter = new LineCounter();
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'), { lineCounter, merge: true, uniqueKeys: true })) {
    documents++;
    if (document.errors.length > 0) {
      findings += document.errors.length;
      continue;
    }
    if (!validate(document.toJS())) findings += validate.errors.length;
  }
}
console.log(JSON.stringify({ files: files.length, documents, findings }));
