export { ModelParts } from './model-parts.js';
export { DEFAULT_THRESHOLD, WORKER_FILE, loadInParallel, threadsFromEnvironment, type ThreadOptions } from './parallel.js';
