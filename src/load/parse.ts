import { LineCounter, isMap, isPair, isSeq, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import type { Region } from '../findings.js';
import type { InputLimits } from './limits.js';
import { toRegion } from './positions.js';
import type { SourceDocument, SourceFile } from './source.js';

/** A problem found before any schema or rule could look at the file. */
export interface ParseProblem {
  ruleId: 'yaml-syntax' | 'input-limit';
  message: string;
  region: Region;
}

export interface ParsedFile {
  file: SourceFile;
  problems: ParseProblem[];
}

const FILE_START: Region = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes → text, refusing what is not UTF-8 text; `undefined` text means a problem says why. */
export function decodeText(bytes: Uint8Array): { text?: string; problem?: string } {
  if (bytes.includes(0)) return { problem: 'this is a binary file (it contains NUL bytes), not YAML text' };
  try {
    // TextDecoder drops a leading byte order mark by itself.
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: 'this file is not valid UTF-8 text: save it as UTF-8' };
  }
}

/**
 * Parses a file into documents with positions, under the input limits. The
 * good documents of a partly broken file are kept; each broken one becomes a
 * located problem instead of stopping the run.
 */
export function parseSource(path: string, absolutePath: string, text: string, limits: InputLimits): ParsedFile {
  const lineCounter = new LineCounter();
  const file: SourceFile = { path, absolutePath, text, lineCounter, documents: [] };
  const problems: ParseProblem[] = [];

  const parsed = parseAllDocuments(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true });
  const documents = Array.isArray(parsed) ? parsed : [];
  documents.forEach((node, index) => {
    const document: SourceDocument = { file, index, node, value: undefined };
    file.documents.push(document);
    const error = node.errors[0];
    if (error) {
      problems.push({ ruleId: 'yaml-syntax', message: describeYamlError(error), region: toRegion(lineCounter, error.pos) });
      return;
    }
    const tooDeep = findDepthOver(node, limits.maxDepth);
    if (tooDeep) {
      problems.push({
        ruleId: 'input-limit',
        message: `This document nests deeper than ${limits.maxDepth} levels (limits.maxDepth): flatten it or raise the limit in abm-gitops.yml.`,
        region: toRegion(lineCounter, tooDeep),
      });
      return;
    }
    try {
      document.value = node.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (cause) {
      const aliases = cause instanceof ReferenceError && /alias/i.test(cause.message);
      problems.push({
        ruleId: aliases ? 'input-limit' : 'yaml-syntax',
        message: aliases
          ? `This document expands more than ${limits.maxAliasCount} aliases (limits.maxAliasCount), as an alias bomb would: remove the nested aliases or raise the limit.`
          : `This document cannot be read: ${firstLine((cause as Error).message)}`,
        region: toRegion(lineCounter, node.contents?.range ?? node.range),
      });
    }
  });
  return { file, problems };
}

export function fileStartProblem(ruleId: ParseProblem['ruleId'], message: string): ParseProblem {
  return { ruleId, message, region: FILE_START };
}

function describeYamlError(error: YAMLError): string {
  const detail = firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '');
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return `${detail}: a key appears twice in one mapping, and YAML keeps only one of them. Remove or rename the duplicate.`;
    case 'TAB_AS_INDENT':
      return `${detail}: YAML indentation must use spaces, not tabs.`;
    default:
      return `YAML syntax error: ${detail}.`.replace(/\.\.$/, '.');
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]!.trim();
}

/** The range of the first node nested deeper than `maxDepth`, walking without recursion. */
function findDepthOver(document: Document.Parsed, maxDepth: number): [number, number] | undefined {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: document.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth > maxDepth) return node.range ? [node.range[0], node.range[1]] : [0, 0];
      for (const item of node.items) {
        if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 });
        else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return undefined;
}
