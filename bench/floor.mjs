// The floor abm-gitops is measured against: the least work any YAML + JSON Schema checker must do.
// Finds every .yml below <root>/customers, reads it, parses it with positions (yaml + LineCounter,
// merge keys on, as abm-gitops does) and validates each document with ajv 2020 against
// schemas/organization.schema.json compiled once. Nothing more: no rules, no report.
// Usage: node bench/floor.mjs <root>   → prints {"files", "documents", "findings"} as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../schemas/organization.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

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
