// The floor abm-gitops is measured against: the least work any YAML + JSON Schema checker with
// located errors must do, done the fastest way we found in Node. Finds every .yml below
// <root>/customers, reads it, parses it into a syntax tree with positions and builds each
// document's plain value from it, then validates that value with abm-gitops' own ajv validators.
// Nothing more: no rules, no report.
//
// The parser is @stoplight/yaml-ast-parser (the js-yaml fork behind @stoplight/yaml and Spectral):
// every node carries its start and end offset. On the 10,000-organization bench repository it
// parses in about a sixth of the CPU time of `yaml` with a LineCounter, and its values are built
// by the smallest walk that gives the 1.2 core schema's values with merge keys and aliases (the
// walk `@stoplight/yaml`'s parseWithPointers does, without its comment and diagnostic mapping,
// which made it ~20 % slower). It is a bench-only tool, never a dependency of abm-gitops:
// bench/floor-parser.mjs installs it into $TMPDIR and bench/run.mjs bundles this file with it and
// with the CLI's esbuild plugins (validators generated at build time), as the CLI is bundled.
// `--parser stoplight` uses @stoplight/yaml's parseWithPointers instead, `--parser yaml` the
// `yaml` package with a LineCounter (the floor before issue 18), for comparison.
// Usage: node <bundled floor> <root> [--parser ast|stoplight|yaml]
//        → prints {"files", "documents", "findings", "parser"} as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { parseWithPointers } from '@stoplight/yaml';
import { Kind, ScalarType, determineScalarType, loadAll, parseYamlBoolean, parseYamlFloat, parseYamlInteger } from '@stoplight/yaml-ast-parser';
import { compileValidators } from '../src/schema/compile.ts';

const validate = compileValidators().organization;

function yamlFiles(directory) {
  const files = [];
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.ya?ml$/.test(entry.name)) files.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return files;
}

/** A yaml-ast-parser node → its plain value (core schema, merge keys, aliases). */
function plainValue(node) {
  if (!node) return null;
  switch (node.kind) {
    case Kind.SCALAR:
      switch (determineScalarType(node)) {
        case ScalarType.null:
          return null;
        case ScalarType.bool:
          return parseYamlBoolean(node.value);
        case ScalarType.int:
          return parseYamlInteger(node.value);
        case ScalarType.float:
          return parseYamlFloat(node.value);
        default:
          return String(node.value);
      }
    case Kind.MAP: {
      const map = {};
      for (const mapping of node.mappings) {
        const key = String(mapping.key.value);
        const value = plainValue(mapping.value);
        if (key !== '<<') map[key] = value;
        else for (const source of Array.isArray(value) ? value : [value]) for (const merged in source) if (!(merged in map)) map[merged] = source[merged];
      }
      return map;
    }
    case Kind.SEQ:
      return node.items.map(plainValue);
    case Kind.ANCHOR_REF:
      return plainValue(node.value);
    default:
      return null;
  }
}

/** Each document of `text` as `{ errors, value }`, positions kept by the parser. */
const parsers = {
  ast(text, each) {
    loadAll(text, (document) => {
      const errors = document?.errors.length ?? 0;
      each(errors, errors > 0 ? undefined : plainValue(document));
    });
  },
  stoplight(text, each) {
    const parsed = parseWithPointers(text, { mergeKeys: true });
    each(parsed.diagnostics.length, parsed.data);
  },
  yaml(text, each) {
    const lineCounter = new LineCounter();
    for (const document of parseAllDocuments(text, { lineCounter, merge: true, uniqueKeys: true })) {
      each(document.errors.length, document.errors.length > 0 ? undefined : document.toJS());
    }
  },
};

const [root, flag, parserName = 'ast'] = process.argv.slice(2);
const parse = parsers[parserName];
if (!root || (flag !== undefined && flag !== '--parser') || !parse) {
  console.error('usage: node bench/floor.mjs <root> [--parser ast|stoplight|yaml]');
  process.exit(2);
}
let documents = 0;
let findings = 0;
const files = yamlFiles(join(root, 'customers'));
for (const file of files) {
  parse(readFileSync(file, 'utf8'), (errors, value) => {
    documents++;
    if (errors > 0) findings += errors;
    else if (!validate(value)) findings += validate.errors.length;
  });
}
console.log(JSON.stringify({ files: files.length, documents, findings, parser: parserName }));
