import { availableParallelism } from 'node:os';
import { discoverYamlFiles, loadFile, recordFile, startLoading, type DiscoveredFile, type LoadedRepository, type LoadScope } from '../load/index.js';
import { UsageError } from '../base/errors.js';
import { firstLineOf } from '../base/text.js';
import type { ModelParts } from './model-parts.js';
import { adoptModelled, readForThread, type FileResult, type WorkerSetup } from './off-thread.js';
import { bundledWorkerEntry, startOrderedPool, type OrderedPool, type PoolOptions } from './pool.js';
import { capYoungGeneration, capYoungGenerationAgain, capYoungGenerationNow } from '../base/young-generation.js';

/** The bundled worker entry's file name (scripts/build.mjs writes it beside dist/cli.js and dist/action.js). */
export const WORKER_FILE = 'validate-worker.js';

/**
 * Below this many candidate files the threads cost more than they save:
 * with the fast YAML path a file costs the main thread about as much to take
 * back from a thread (copy, model again) as half of reading it itself, and
 * each thread costs about 70 ms of CPU to start. Measured in
 * docs/performance.md: no wall time gained at 1,000 organizations, the main
 * thread's CPU halved at 10,000.
 */
export const DEFAULT_THRESHOLD = 2_000;
/** More threads than this only add memory: the main thread's share (the rules, the report) does not shrink. */
const MAX_THREADS = 4;

/**
 * Worker threads by default: one core fewer than Node may use, since the
 * main thread stays busy while they load (it takes their results in and
 * runs the per-organization rules). On two cores one worker beside the main
 * thread took less CPU and memory than two and no more wall time
 * (docs/performance.md); on one core none.
 */
function defaultThreads(): number {
  return Math.min(availableParallelism() - 1, MAX_THREADS);
}
/** Files per message: large enough that messaging costs nothing, small enough that both threads finish together. */
const BATCH_SIZE = 32;
/**
 * Each thread's young generation, in MiB (Node's default here is 48: 16 MiB
 * semi-spaces). A thread keeps almost nothing from one file to the next, so
 * a smaller one costs a few more scavenges and cuts the peak memory while
 * the threads run (docs/performance.md); the old generation keeps its default.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** How `validate` spreads the files over threads; every field has a default. */
export interface ThreadOptions {
  /** Worker threads to use; 1 turns them off. Default: the cores Node may use less one (the main thread's), at most 4; none on one core. */
  count?: number;
  /** Fewer candidate files than this are read in this thread only. */
  threshold?: number;
  /** The worker entry; default the bundled one beside the running code (none when running from source: no threads then). */
  entry?: URL | string;
  /** Called as each worker thread is created (tests count them). */
  onThreadStart?: PoolOptions['onThreadStart'];
}

/** More than this many threads is a typo (each costs a heap), not a machine. */
const MAX_THREADS_SETTING = 64;

/** `ABM_GITOPS_THREADS` from the environment map, checked: a whole number from 1 to 64; 1 turns worker threads off. */
export function threadsFromEnvironment(env: Readonly<Record<string, string | undefined>> | undefined): number | undefined {
  const raw = env?.ABM_GITOPS_THREADS;
  if (raw === undefined || raw === '') return undefined;
  const threads = /^\s*[1-9][0-9]?\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(threads <= MAX_THREADS_SETTING)) {
    throw new UsageError(`ABM_GITOPS_THREADS must be a whole number of threads from 1 to ${MAX_THREADS_SETTING} (1 turns worker threads off), not ${JSON.stringify(raw)}`);
  }
  return threads;
}

/**
 * Loads and models the organization files like `loadRepository` with
 * `ModelParts.modelParsed`, spreading the reading, parsing, schema check and
 * modelling over worker threads when there are enough files. The results are
 * taken in discovery order, so the model (and every finding and report made
 * from it) is the same as a single-threaded run's.
 */
export async function loadInParallel(root: string, scope: LoadScope, parts: ModelParts, options: ThreadOptions = {}): Promise<LoadedRepository> {
  const threads = options.count ?? defaultThreads();
  // A count asked for says how many threads, 1 being none; the default may be one worker beside the main thread.
  const off = options.count === undefined ? threads < 1 : threads < 2;
  const entry = options.entry ?? bundledWorkerEntry(WORKER_FILE);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const setup: WorkerSetup = { root, scope: { include: scope.include, limits: scope.limits } };
  // By default the threads start as soon as the walk has listed `threshold` YAML files, so that they start and
  // load their code while this thread finishes the walk (docs/performance.md), not after it. A count asked for
  // (threshold 0) starts after discovery instead, with no more threads than there are batches to give them.
  let pool: OrderedPool<DiscoveredFile, FileResult> | undefined;
  const startPool = (files: number): void => {
    pool = startOrderedPool({
      entry: entry!,
      threads: Math.min(threads, Math.ceil(files / BATCH_SIZE)),
      workerData: setup,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      onOnline: capYoungGenerationAgain,
      ...(options.onThreadStart ? { onThreadStart: options.onThreadStart } : {}),
    });
  };
  const useThreads = !off && entry !== undefined;
  let loaded: LoadedRepository;
  let candidates: DiscoveredFile[];
  try {
    loaded = startLoading(root, useThreads && threshold > 0 ? { count: threshold, reached: () => startPool(threshold) } : undefined);
    candidates = discoverYamlFiles(root, scope.include, loaded.allFiles);
    capYoungGenerationNow();
  } catch (error) {
    // Started threads would keep the process alive.
    pool?.stop();
    throw error;
  }
  if (useThreads && threshold === 0 && candidates.length > 0) startPool(candidates.length);
  const here = (found: DiscoveredFile): void => {
    capYoungGeneration();
    const load = loadFile(root, found, scope);
    recordFile(loaded, load);
    if (load.kind === 'parsed') parts.modelParsed(load.file, load.ours);
  };
  if (pool === undefined || candidates.length < threshold) {
    // Enough YAML files in the walk, but fewer candidates (`include`, abm-gitops.yml): the threads are not worth it.
    pool?.stop();
    for (const found of candidates) here(found);
    return loaded;
  }
  await pool.run(
    candidates,
    BATCH_SIZE,
    (found, result) => {
      capYoungGeneration();
      try {
        if (result.kind === 'modelled') adoptModelled(loaded, parts, setup, found, result);
        else if (result.kind === 'here') here(found);
      } catch (error) {
        // This thread's failure, not a worker's: said as it is, with the file it was taking in (as the worker names its own).
        if (error instanceof UsageError) throw error;
        throw new Error(`${found.path}: ${firstLineOf(error)}`, { cause: error });
      }
    },
    (batch, spare) => readForThread(setup, batch, spare),
  );
  return loaded;
}
