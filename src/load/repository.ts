import { closeSync, constants, openSync, readSync } from 'node:fs';
import { LineCounter } from 'yaml';
import type { InputLimits } from './limits.js';
import { declaresOurApiVersion, discoverYamlFiles, listRepositoryFiles, type DiscoveredFile, type YamlCountWatch } from './discover.js';
import { decodeText, fileStartProblem, parseSource, releasedSource, utf16Encoding, type ParseProblem } from './parse.js';
import { readGuardedFile } from './read-file.js';
import { SourceFile, type SourceDocument } from './source.js';

export const API_VERSION = 'abm-gitops/v1';

export interface LoadedRepository {
  /** Every regular file below the root (relative, sorted), for scans beyond the YAML. */
  allFiles: string[];
  files: SourceFile[];
  /** Documents that declare our apiVersion (other documents are not ours and are ignored). */
  documents: SourceDocument[];
  problems: Array<{ file: SourceFile; problem: ParseProblem }>;
}

/** What of abm-gitops.yml decides which files are read, and how much of them. */
export interface LoadScope {
  include?: string[] | undefined;
  limits: InputLimits;
}

/** How much of an oversized file is read, only to tell whether it is ours. */
const OVERSIZE_PEEK_BYTES = 65_536;

/**
 * Finds and parses every organization file below `root`. A file is in scope
 * when `include` matches it or, without `include`, when its text declares our
 * apiVersion. Problems are per file: one broken file never stops the others.
 * `onFile` sees each parsed file with its documents as soon as it is read,
 * so the caller can model it and release what it no longer needs.
 */
export function loadRepository(root: string, config: LoadScope, onFile?: (file: SourceFile, documents: SourceDocument[]) => void): LoadedRepository {
  const loaded = startLoading(root);
  for (const found of discoverYamlFiles(root, config.include, loaded.allFiles)) {
    const load = loadFile(root, found, config);
    recordFile(loaded, load);
    if (load.kind === 'parsed') onFile?.(load.file, load.ours);
  }
  return loaded;
}

/** A repository with its files listed and none read yet: `recordFile` adds them, in discovery order. */
export function startLoading(root: string, watch?: YamlCountWatch): LoadedRepository {
  return { allFiles: listRepositoryFiles(root, watch), files: [], documents: [], problems: [] };
}

/**
 * What one candidate file turned out to be: not ours (`skipped`), in scope
 * but unreadable or over the size cap (`unread`, with that problem), or
 * parsed, with its documents that declare our apiVersion and its problems.
 */
export type FileLoad =
  { kind: 'skipped' } | { kind: 'unread'; file: SourceFile; problem: ParseProblem } | { kind: 'parsed'; file: SourceFile; ours: SourceDocument[]; problems: ParseProblem[] };

/**
 * Reads and parses one file `discoverYamlFiles` found. `offThread`: on a
 * worker thread, whose results are posted (copied) to the main thread and
 * never released or restored there, so the values are not compacted and
 * no restore is prepared.
 */
export function loadFile(
  root: string,
  found: DiscoveredFile,
  config: LoadScope,
  { offThread = false, bytes }: { offThread?: boolean; /** The file's bytes, read by `readGuardedFile` elsewhere (the main thread, for a worker). */ bytes?: Uint8Array } = {},
): FileLoad {
  const inScopeByText = config.include === undefined || config.include.length === 0;
  const outcome = bytes ? candidateOf(bytes) : readCandidate(root, found, config.limits.maxFileBytes);
  if ('problem' in outcome) {
    if (inScopeByText && !declaresOurApiVersion(outcome.peek)) return { kind: 'skipped' };
    return { kind: 'unread', file: emptyFile(found), problem: outcome.problem };
  }
  if (inScopeByText && !declaresOurApiVersion(outcome.text)) return { kind: 'skipped' };

  const reload = offThread ? undefined : reloader(root, found, config.limits.maxFileBytes);
  const { file, problems } = parseSource(found.path, found.absolutePath, outcome.text, config.limits, reload, { copied: offThread });
  const ours = file.documents.filter((document) => isOurs(document.value));
  if (ours.length === 0 && problems.length === 0) return { kind: 'skipped' };
  return { kind: 'parsed', file, ours, problems };
}

/** Adds a loaded file to the repository, after the files before it. */
export function recordFile(loaded: LoadedRepository, load: FileLoad): void {
  if (load.kind === 'skipped') return;
  loaded.files.push(load.file);
  if (load.kind === 'unread') {
    loaded.problems.push({ file: load.file, problem: load.problem });
    return;
  }
  for (const document of load.ours) loaded.documents.push(document);
  for (const problem of load.problems) loaded.problems.push({ file: load.file, problem });
}

/**
 * A file without problems that was parsed elsewhere (a worker thread), as
 * `loadFile` would have left it once released: its text and syntax trees
 * are read and parsed again from disk only if a position is asked for.
 */
export function releasedFile(root: string, found: DiscoveredFile, config: LoadScope, fingerprint: string): SourceFile {
  return releasedSource(found.path, found.absolutePath, fingerprint, config.limits, reloader(root, found, config.limits.maxFileBytes));
}

/**
 * Our apiVersion, or a near miss of it (`abm-gitop/v1`, `ABM-GitOps/v1`):
 * a typo must not make a file silently not ours, so near misses go on to
 * the schema, which reports the apiVersion as a finding.
 */
function isOurs(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const apiVersion = (value as { apiVersion?: unknown }).apiVersion;
  if (typeof apiVersion !== 'string') return false;
  if (apiVersion === API_VERSION) return true;
  // Another version of our format (`abm-gitops/v2`) belongs to another release: not ours, as for any other apiVersion.
  if (apiVersion.startsWith('abm-gitops/')) return false;
  // `abm-gitop/v1`, `ABM_GitOps/v1`, `abmgitops/v1`: the prefix with a letter or separator off.
  return /^a?bm?[-_ ]?gi?t[-_ ]?o?ps?\//i.test(apiVersion);
}

/** Reads the file again, the same guarded way, for positions after its text was released. */
function reloader(root: string, found: DiscoveredFile, maxFileBytes: number): () => string | undefined {
  return () => {
    const again = readCandidate(root, found, maxFileBytes);
    return 'text' in again ? again.text : undefined;
  };
}

type Candidate = { text: string } | { problem: ParseProblem; peek: string };

function candidateOf(bytes: Uint8Array): Candidate {
  const { text, problem } = decodeText(bytes);
  if (text !== undefined) return { text };
  // Decoded loosely only to tell whether the file is ours, so a UTF-16 organization file is still reported.
  const peekText = new TextDecoder(utf16Encoding(bytes) ?? 'utf-8').decode(bytes);
  return { problem: fileStartProblem('yaml-syntax', `This file cannot be parsed: ${problem}.`), peek: peekText };
}

function readCandidate(root: string, found: DiscoveredFile, maxFileBytes: number): Candidate {
  const read = readGuardedFile(root, found.path, maxFileBytes);
  if ('bytes' in read) return candidateOf(read.bytes);
  switch (read.kind) {
    case 'too-large':
      return {
        problem: fileStartProblem(
          'input-limit',
          `This file is ${read.size} bytes, over the ${maxFileBytes}-byte cap (limits.maxFileBytes), so it was not parsed: split it into one file per organization or raise the limit in abm-gitops.yml.`,
        ),
        peek: peek(found.absolutePath),
      };
    case 'unreadable':
      return { problem: fileStartProblem('yaml-syntax', `This file cannot be read (${read.code}): check its permissions.`), peek: '' };
    default:
      // Discovery only lists regular files; this is one replaced between the listing and the read.
      return { problem: fileStartProblem('yaml-syntax', `This file cannot be read: ${read.problem}.`), peek: '' };
  }
}

function peek(path: string): string {
  const buffer = Buffer.alloc(OVERSIZE_PEEK_BYTES);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function emptyFile(found: DiscoveredFile): SourceFile {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  return new SourceFile(found.path, found.absolutePath, '', lineCounter);
}
