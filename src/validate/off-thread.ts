import { textSecretKind } from '../artifacts/stage.js';
import type { Region } from '../base/findings.js';
import { fingerprintOf, loadFile, recordFile, releasedFile, type DiscoveredFile, type LoadedRepository, type LoadScope } from '../load/index.js';
import type { RegionAt } from '../model/build.js';
import type { SecretFile } from '../model/types.js';
import { buildOrganization } from '../model/build.js';
import { inlineWaivers, rememberInlineWaivers, type InlineWaiver } from '../rules/index.js';
import { checkSchema, type SchemaProblem } from '../schema/index.js';
import type { ModelParts } from './model-parts.js';

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
  /** Every document's value, in file order. */
  values: unknown[];
  /** Indexes (into `values`) of the documents that declare our apiVersion. */
  ours: number[];
  /** For each document of ours, its schema problems. */
  schemaProblems: SchemaProblem[][];
  /** For each document of ours, the regions of its artifacts' `expiresAt`, in the model's order: line, column, end line, end column. */
  regions: number[][];
  waivers: InlineWaiver[];
  secretKind: SecretFile['kind'] | undefined;
}

const SKIPPED: FileResult = { kind: 'skipped' };
const HERE: FileResult = { kind: 'here' };

/** Reads, parses, schema-checks and models one file on a worker thread. */
export function modelOffThread(setup: WorkerSetup, found: DiscoveredFile): FileResult {
  const load = loadFile(setup.root, found, setup.scope);
  if (load.kind === 'skipped') return SKIPPED;
  if (load.kind === 'unread' || load.problems.length > 0 || !load.file.releasable) return HERE;
  const { file, ours } = load;
  const schemaProblems: SchemaProblem[][] = [];
  const regions: number[][] = [];
  for (const document of ours) {
    const problems = checkSchema('organization', document.value);
    schemaProblems.push(problems);
    const organization = buildOrganization(
      document,
      problems.map((problem) => problem.path),
    );
    const flat: number[] = [];
    for (const artifact of organization?.artifacts ?? []) {
      const region = artifact.expiresAtRegion;
      flat.push(region.line, region.column, region.endLine, region.endColumn);
    }
    regions.push(flat);
  }
  return {
    kind: 'modelled',
    fingerprint: fingerprintOf(file.text),
    values: file.documents.map((document) => document.value),
    ours: ours.map((document) => document.index),
    schemaProblems,
    regions,
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
  result.values.forEach((value, index) => file.documents.push({ file, index, value }));
  const ours = result.ours.map((index) => file.documents[index]!);
  recordFile(loaded, { kind: 'parsed', file, ours, problems: [] });
  ours.forEach((document, index) => {
    const regions = result.regions[index]!;
    let next = 0;
    const regionAt: RegionAt = () => {
      if (next + 4 > regions.length) throw new Error(`the model of ${found.path} made on a worker thread has fewer artifacts than this thread's`);
      const region: Region = { line: regions[next]!, column: regions[next + 1]!, endLine: regions[next + 2]!, endColumn: regions[next + 3]! };
      next += 4;
      return region;
    };
    parts.addDocument(document, result.schemaProblems[index]!, regionAt);
    if (next !== regions.length) throw new Error(`the model of ${found.path} made on a worker thread has more artifacts than this thread's`);
  });
  rememberInlineWaivers(file, result.waivers);
  parts.yamlSecretKinds.set(file.path, result.secretKind);
}
