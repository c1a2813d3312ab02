/**
 * The worker thread's entry (bundled as dist/validate-worker.js): reads,
 * parses, schema-checks and models the batches of files the main thread
 * sends (see parallel.ts).
 */
import { workerData } from 'node:worker_threads';
import { firstLineOf } from '../base/text.js';
import { modelOffThread, type FileResult, type FileTask, type WorkerSetup } from './off-thread.js';
import { serveBatches } from './pool.js';

const setup = workerData as WorkerSetup;
serveBatches<FileTask, FileResult>((task, buffer) => {
  try {
    return modelOffThread(setup, task, buffer);
  } catch (error) {
    // A bug, not the file's fault (its problems are findings): the file's name helps whoever reports it.
    throw new Error(`${task.found.path}: ${firstLineOf(error)}`, { cause: error });
  }
});
