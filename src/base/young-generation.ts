import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The main thread's semi-space size, in MiB, past which its young generation stops growing. */
const SEMI_SPACE_CAP_MB = 4;
/** Files between two looks at the young generation (a look costs about 2 µs). */
const FILES_PER_LOOK = 4;
/**
 * Once capped, calls between two settings of the factor again (a setting
 * costs about 10 µs): a worker thread starting resets it (see
 * `capYoungGenerationAgain`) at a moment this thread does not hear of while
 * it walks, and a growth needs a semi-space's worth (4 MiB) of survivors,
 * hundreds of files' models.
 */
const CALLS_PER_RESET = 64;
const CAP_FLAG = '--semi-space-growth-factor=1';

let allowed = false;
let capped = false;
let files = 0;

/**
 * Called by a process's own entry (the CLI's, the Action's): V8's flags are
 * the process's, so a library caller, a test runner or an editor that runs
 * `validate` in its own process keeps its young generation as it set it.
 */
export function allowYoungGenerationCap(): void {
  allowed = true;
}

/**
 * Called once per file loaded; once allowed (allowYoungGenerationCap), stops this thread's young generation at
 * 4 MiB semi-spaces. While a large repository loads, V8 doubles them up to
 * 16 MiB (32 MiB of memory), though most of what the main thread allocates
 * then survives into the model anyway. Node cannot take
 * `--max-semi-space-size` once it runs, but V8 reads
 * `--semi-space-growth-factor` at every growth: a factor of 1 once the
 * semi-spaces have reached the cap keeps them there. Measured in
 * docs/performance.md (peak memory, CPU time).
 */
export function capYoungGeneration(): void {
  if (!allowed) return;
  files++;
  if (capped) {
    if (files % CALLS_PER_RESET === 0) setFlagsFromString(CAP_FLAG);
  } else if (files % FILES_PER_LOOK === 0) capIfGrown();
}

/**
 * `capYoungGeneration` at once, whatever the count: for the moments between
 * the repository walk and the first file, when the young generation grows
 * fastest (10,000 paths and their tasks, all kept), which the count could skip.
 */
export function capYoungGenerationNow(): void {
  if (allowed && !capped) capIfGrown();
}

/**
 * A worker thread's start undoes the cap: configuring a new isolate's heap,
 * V8 raises a growth factor below 2 to 2 for the whole process (seen at run
 * time: the main thread's semi-spaces then grew to 16 MiB). Called as each
 * thread comes online, it sets the factor again; a thread started during the
 * repository walk is heard of only after it, so `capYoungGeneration` sets
 * the factor again every `CALLS_PER_RESET` calls too.
 */
export function capYoungGenerationAgain(): void {
  capped = false;
  capYoungGenerationNow();
}

function capIfGrown(): void {
  const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  // `space_size` counts both semi-spaces.
  if (newSpace === undefined || newSpace.space_size < 2 * SEMI_SPACE_CAP_MB * 1024 * 1024) return;
  setFlagsFromString(CAP_FLAG);
  capped = true;
}
