// The GitHub Action entry (action.yml runs the bundle of this file, dist/action.js).
import { run } from './run.js';

await run();
