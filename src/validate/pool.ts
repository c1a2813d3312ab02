import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort, type ResourceLimits } from 'node:worker_threads';
import { firstLineOf } from '../base/text.js';

/** main → worker: one batch of tasks, with the buffer its tasks point into (moved, not copied). */
interface BatchMessage<P> {
  id: number;
  tasks: P[];
  buffer?: ArrayBuffer | undefined;
}

/** A batch as `run`'s `prepare` makes it: what to post, and the buffer that moves with it to the thread and back. */
export interface PreparedBatch<P> {
  tasks: P[];
  buffer?: ArrayBuffer | undefined;
}

/** worker → main: the batch's results in task order (and its buffer back, for the next batch), or the one line saying why it could not be done. */
type ResultMessage<R> = { id: number; results: R[]; buffer?: ArrayBuffer | undefined } | { id: number; error: string };

/** The built worker entry beside the running bundle (`dist/validate-worker.js`), or undefined when running from source. */
export function bundledWorkerEntry(name: string): URL | undefined {
  // dist/action.js has it beside itself; the CLI's code runs from dist/chunks/.
  for (const relative of [`./${name}`, `../${name}`]) {
    const url = new URL(relative, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

export interface PoolOptions {
  entry: URL | string;
  threads: number;
  workerData: unknown;
  /** Each thread's heap limits (Node's defaults when absent). */
  resourceLimits?: ResourceLimits;
  /** Called as each thread starts running its code. */
  onOnline?: () => void;
  /** Called as each thread is created, with it (tests count the threads started and wait for them to exit). */
  onThreadStart?: (thread: Worker) => void;
}

/** Threads started ahead of their work: their code loads while this thread still lists the files. */
export interface OrderedPool<T, R> {
  /**
   * Runs `tasks` in batches of `batchSize` and calls `onResult` for every
   * task with its result, in the order of `tasks`, whatever order the
   * threads finish in; the threads stop when it settles. Called once.
   * `prepare` turns a batch into what is posted, just before it is sent
   * (while the thread still works on its previous batch), given a buffer
   * a thread has given back, when there is one, to fill again.
   */
  run<P>(
    tasks: readonly T[],
    batchSize: number,
    onResult: (task: T, result: R) => void,
    prepare: (batch: readonly T[], spare: ArrayBuffer | undefined) => PreparedBatch<P>,
  ): Promise<void>;
  /** Stops the threads without running anything (too few files after all, or this thread failed first). */
  stop(): void;
}

/**
 * Starts worker threads for `run`, which hands them `tasks` in batches and
 * the results back in task order. Each thread has two batches at a time,
 * so it never waits for this thread to take a result. A thread that throws,
 * fails to start (before or during `run`), or stops before the work is done
 * rejects the run with one line saying a worker thread failed; an
 * `onResult` that throws (this thread's own failure) rejects it with that
 * error as it is. Either way every thread is stopped: never a hang, never a
 * result left out.
 */
export function startOrderedPool<T, R>(options: PoolOptions): OrderedPool<T, R> {
  const workers: Worker[] = [];
  let settled = false;
  // What went wrong before `run` (a thread that could not start), kept for it.
  let early: Error | undefined;
  let settle = (error: unknown): void => {
    early ??= error instanceof Error ? error : new Error(String(error));
  };
  let onMessage: ((worker: Worker, message: ResultMessage<R>) => void) | undefined;
  const stopAll = (): void => {
    settled = true;
    for (const worker of workers) void worker.terminate();
  };
  const fail = (message: string): void => {
    if (settled) return;
    stopAll();
    settle(new Error(`a worker thread failed: ${message}`));
  };
  for (let index = 0; index < Math.max(1, options.threads) && !settled; index++) {
    let worker: Worker;
    try {
      worker = new Worker(options.entry, { workerData: options.workerData, ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}) });
    } catch (error) {
      fail(firstLineOf(error));
      break;
    }
    workers.push(worker);
    options.onThreadStart?.(worker);
    if (options.onOnline) worker.on('online', options.onOnline);
    worker.on('message', (message: ResultMessage<R>) => {
      if (settled) return;
      if ('error' in message) fail(message.error);
      else onMessage?.(worker, message);
    });
    worker.on('messageerror', (error) => fail(`a result could not be read (${firstLineOf(error)})`));
    worker.on('error', (error) => fail(firstLineOf(error)));
    worker.on('exit', (code) => fail(`a thread stopped (exit code ${code}) before its files were done`));
  }

  const run = <P>(
    tasks: readonly T[],
    batchSize: number,
    onResult: (task: T, result: R) => void,
    prepare: (batch: readonly T[], spare: ArrayBuffer | undefined) => PreparedBatch<P>,
  ): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (early) {
        reject(early);
        return;
      }
      settle = (error: unknown): void => {
        stopAll();
        reject(error);
      };
      const batches: T[][] = [];
      for (let start = 0; start < tasks.length; start += batchSize) batches.push(tasks.slice(start, start + batchSize));
      const arrived = new Map<number, R[]>();
      // Buffers the threads gave back: each batch's bytes travel in one, so a run allocates a few, not one per file.
      const spares: ArrayBuffer[] = [];
      let nextToSend = 0;
      let nextToTake = 0;
      const sendNext = (worker: Worker): void => {
        if (nextToSend >= batches.length) return;
        let batch: PreparedBatch<P>;
        try {
          batch = prepare(batches[nextToSend]!, spares.pop());
        } catch (error) {
          // This thread failed preparing the batch (it runs inside a thread's message handler): the run fails with its error.
          if (!settled) settle(error);
          return;
        }
        const { tasks: prepared, buffer } = batch;
        const message: BatchMessage<P> = { id: nextToSend, tasks: prepared, buffer };
        nextToSend++;
        worker.postMessage(message, buffer ? [buffer] : []);
      };
      const finishIfDone = (): void => {
        if (nextToTake < batches.length) return;
        stopAll();
        resolve();
      };
      const takeInOrder = (): void => {
        for (let results = arrived.get(nextToTake); results !== undefined; results = arrived.get(nextToTake)) {
          arrived.delete(nextToTake);
          const batch = batches[nextToTake]!;
          if (results.length !== batch.length) {
            fail(`batch ${nextToTake} came back with ${results.length} results for ${batch.length} files`);
            return;
          }
          try {
            for (let index = 0; index < batch.length; index++) onResult(batch[index]!, results[index]!);
          } catch (error) {
            // This thread failed, not a worker: the run fails with its own error, unchanged (a UsageError stays one).
            if (!settled) settle(error);
            return;
          }
          nextToTake++;
        }
        finishIfDone();
      };
      onMessage = (worker, message) => {
        if (!('results' in message)) return;
        if (message.buffer) spares.push(message.buffer);
        arrived.set(message.id, message.results);
        sendNext(worker);
        takeInOrder();
      };
      for (const worker of workers) {
        sendNext(worker);
        sendNext(worker);
      }
      finishIfDone();
    });

  return { run, stop: stopAll };
}

/**
 * The worker thread's side of `startOrderedPool`'s `run`: answers each batch with its
 * results, or with the first line of what went wrong (the main thread then
 * fails the run with it).
 */
export function serveBatches<P, R>(handle: (task: P, buffer: ArrayBuffer | undefined) => R): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatches runs on a worker thread only');
  port.on('message', ({ id, tasks, buffer }: BatchMessage<P>) => {
    let reply: ResultMessage<R>;
    try {
      reply = { id, results: tasks.map((task) => handle(task, buffer)), buffer };
    } catch (error) {
      reply = { id, error: firstLineOf(error) };
    }
    try {
      port.postMessage(reply, 'buffer' in reply && reply.buffer ? [reply.buffer] : []);
    } catch (error) {
      port.postMessage({ id, error: `a result could not be sent (${firstLineOf(error)})` } satisfies ResultMessage<R>);
    }
  });
}
