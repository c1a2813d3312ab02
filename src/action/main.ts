// The GitHub Action entry (action.yml runs the bundle of this file, dist/action.js).
import { allowYoungGenerationCap } from '../base/young-generation.js';
import { run } from './run.js';

allowYoungGenerationCap();

await run();
