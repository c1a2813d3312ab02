import { textSecretKind } from '../artifacts/stage.js';
import type { Region } from '../base/findings.js';
import { firstLineOf } from '../base/text.js';
import {
  exactJson,
  fingerprintOf,
  valueFromJson,
  loadFile,
  readGuardedFile,
  recordFile,
  releasedFile,
  releaseSyntax,
  type DiscoveredFile,
  type LoadedRepository,
  type LoadScope,
} from '../load/index.js';
import type { SecretFile } from '../model/types.js';
import { readArtifact, readDeclaredArtifacts, type ReadArtifact } from '../model/build.js';
import { inlineWaivers, rememberInlineWaivers, type InlineWaiver } from '../rules/index.js';
import { checkSchema, type SchemaProblem } from '../schema/index.js';
import type { ModelParts } from './model-parts.js';
import type { PreparedBatch } from './pool.js';

/** What a worker thread needs to know before its first file. */
export interface WorkerSetup {
  root: string;
  scope: LoadScope;
}

/**
 * One file as a worker thread hands it back: plain data only (a structured
 * clone keeps no class, no shared array, no closure). `skipped`: not ours;
 * `here`: the main thread loads it itself (it has problems, whose positions
 * and messages come from the syntax trees; such files are rare);
 * `modelled`: read, parsed, schema-checked and modelled without a problem.
 */
export type FileResult = { kind: 'skipped' } | { kind: 'here' } | ModelledFile;

export interface ModelledFile {
  kind: 'modelled';
  /** Of the text the worker parsed: a later position lookup re-reads the file and trusts it only if it still matches. */
  fingerprint: string;
  /** Every document's value, in file order; as JSON text when that says them exactly (nearly always: see `exactJson`). */
  values: unknown[] | string;
  /** Indexes (into `values`) of the documents that declare our apiVersion. */
  ours: number[];
  /** For each document of ours, its schema problems. */
  schemaProblems: SchemaProblem[][];
  /**
   * For each document of ours, what its artifacts' declarations said, in the
   * model's order: NaN for a declaration whose `expiresAt` is no date, else
   * six numbers (expiry and download instants in ms, NaN for none; the
   * `expiresAt` region's line, column, end line, end column).
   */
  artifacts: number[][];
  waivers: InlineWaiver[];
  secretKind: SecretFile['kind'] | undefined;
}

const SKIPPED: FileResult = { kind: 'skipped' };
const HERE: FileResult = { kind: 'here' };

/**
 * One file as the main thread hands it to a worker thread: where its bytes
 * are in the batch's buffer when the main thread could read them (it does
 * while the thread works on the batch before), else the thread reads it
 * itself and meets the same problem.
 */
export interface FileTask {
  found: DiscoveredFile;
  start?: number;
  end?: number;
}

/** A batch's buffer to begin with: 32 files of the bench's ~2.2 KB fit, and it grows for larger ones. */
const BATCH_BYTES = 128 * 1024;
/** A buffer grown past this for large files is not kept for the next batch. */
const LARGEST_KEPT = 1024 * 1024;
/** Past this, a batch's files are left to the thread to read (the input limits allow 32 files of 16 MiB). */
const LARGEST_BATCH = 8 * 1024 * 1024;

/**
 * A batch of files with their bytes read here (the guarded read) into one
 * buffer that moves to the thread and comes back with the results (see
 * `startOrderedPool`), rather than copied: reading is about a tenth of the
 * thread's work, and the main thread waits for the thread while it loads.
 */
export function readForThread(setup: WorkerSetup, batch: readonly DiscoveredFile[], spare: ArrayBuffer | undefined): PreparedBatch<FileTask> {
  let buffer = spare && spare.byteLength <= LARGEST_KEPT ? spare : new ArrayBuffer(BATCH_BYTES);
  let used = 0;
  const allocate = (size: number): Buffer => {
    // No room: nothing is read into an empty buffer of its own, and the thread reads the file itself, as before.
    if (used + size > LARGEST_BATCH) return Buffer.alloc(0);
    if (used + size > buffer.byteLength) {
      const larger = new ArrayBuffer(Math.min(LARGEST_BATCH, Math.max(2 * buffer.byteLength, used + size)));
      new Uint8Array(larger).set(new Uint8Array(buffer, 0, used));
      buffer = larger;
    }
    return Buffer.from(buffer, used, size);
  };
  const tasks = batch.map((found): FileTask => {
    let read: ReturnType<typeof readGuardedFile>;
    try {
      read = readGuardedFile(setup.root, found.path, setup.scope.limits.maxFileBytes, allocate);
    } catch (error) {
      // What the guarded read does not expect fails the run, as a worker's read would, naming the file.
      throw new Error(`${found.path}: ${firstLineOf(error)}`, { cause: error });
    }
    if (!('bytes' in read) || read.bytes.buffer !== buffer) return { found };
    const start = used;
    used += read.bytes.length;
    return { found, start, end: used };
  });
  return { tasks, buffer };
}

/** Reads (unless the main thread did), parses, schema-checks and models one file on a worker thread. */
export function modelOffThread(setup: WorkerSetup, { found, start, end }: FileTask, buffer: ArrayBuffer | undefined): FileResult {
  const bytes = buffer && start !== undefined && end !== undefined ? new Uint8Array(buffer, start, end - start) : undefined;
  const load = loadFile(setup.root, found, setup.scope, bytes ? { offThread: true, bytes } : { offThread: true });
  if (load.kind === 'skipped') return SKIPPED;
  if (load.kind === 'unread' || load.problems.length > 0) return HERE;
  const { file, ours } = load;
  const schemaProblems: SchemaProblem[][] = [];
  const artifacts: number[][] = [];
  for (const document of ours) {
    const problems = checkSchema('organization', document.value);
    schemaProblems.push(problems);
    const facts: number[] = [];
    const recordFacts: ReadArtifact = (source, path, declaration) => {
      const read = readArtifact(source, path, declaration);
      if (!read) facts.push(Number.NaN);
      else {
        const { region } = read;
        facts.push(read.expiresAt.getTime(), read.downloadedAt?.getTime() ?? Number.NaN, region.line, region.column, region.endLine, region.endColumn);
      }
      return read;
    };
    readDeclaredArtifacts(
      document,
      problems.map((problem) => problem.path),
      recordFacts,
    );
    artifacts.push(facts);
  }
  const values = file.documents.map((document) => document.value);
  return {
    kind: 'modelled',
    fingerprint: fingerprintOf(file.text),
    values: exactJson(values) ?? values,
    ours: ours.map((document) => document.index),
    schemaProblems,
    artifacts,
    waivers: [...inlineWaivers(file)],
    secretKind: textSecretKind(file.text),
  };
}

/**
 * Takes a file modelled on a worker thread into the repository and the
 * model, in this thread, as `loadFile` and `ModelParts.modelParsed` would
 * have left it: released, restorable from disk for positions.
 */
export function adoptModelled(loaded: LoadedRepository, parts: ModelParts, setup: WorkerSetup, found: DiscoveredFile, result: ModelledFile): void {
  const file = releasedFile(setup.root, found, setup.scope, result.fingerprint);
  const values = typeof result.values === 'string' ? (valueFromJson(result.values) as unknown[]) : result.values;
  values.forEach((value, index) => file.documents.push({ file, index, value }));
  file.settleDocuments();
  const ours = result.ours.map((index) => file.documents[index]!);
  recordFile(loaded, { kind: 'parsed', file, ours, problems: [] });
  ours.forEach((document, index) => {
    const facts = result.artifacts[index]!;
    let next = 0;
    const replayFacts: ReadArtifact = () => {
      if (next >= facts.length) throw new Error(`its model made on a worker thread has fewer artifacts than this thread's`);
      const expiresAt = facts[next++]!;
      if (Number.isNaN(expiresAt)) return undefined;
      const downloadedAt = facts[next]!;
      const region: Region = { line: facts[next + 1]!, column: facts[next + 2]!, endLine: facts[next + 3]!, endColumn: facts[next + 4]! };
      next += 5;
      return { expiresAt: new Date(expiresAt), downloadedAt: Number.isNaN(downloadedAt) ? undefined : new Date(downloadedAt), region };
    };
    parts.addDocument(document, result.schemaProblems[index]!, replayFacts);
    if (next !== facts.length) throw new Error(`its model made on a worker thread has more artifacts than this thread's`);
  });
  rememberInlineWaivers(file, result.waivers);
  parts.yamlSecretKinds.set(file.path, result.secretKind);
  // As `modelParsed` leaves a file: the per-organization rules may have read it again for their findings' positions, which the findings hold now.
  releaseSyntax(file);
}
