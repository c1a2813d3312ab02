/**
 * The worker thread's entry (bundled as dist/validate-worker.js): reads,
 * parses, schema-checks and models the batches of files the main thread
 * sends (see parallel.ts).
 */
import { workerData } from 'node:worker_threads';
import type { DiscoveredFile } from '../load/index.js';
import { modelOffThread, type FileResult, type WorkerSetup } from './off-thread.js';
import { serveBatches } from './pool.js';

const setup = workerData as WorkerSetup;
serveBatches<DiscoveredFile, FileResult>((found) => modelOffThread(setup, found));
