/**
 * The entrypoint `local-action` runs for test/action/local-action.test.ts:
 * the real Action (src/action/run.ts) once per example named in
 * ABM_LOCAL_ACTION_EXAMPLES, each run's log after its own marker line. The
 * emulator's start (npm exec, tsx, npm ls, its stubs) costs far more than a
 * run of the Action, so one emulator serves every example.
 */
import { run as runAction } from '../../src/action/run.js';

export const EXAMPLE_MARKER = '@@ abm-gitops example: ';

export async function run(): Promise<void> {
  const examples = (process.env.ABM_LOCAL_ACTION_EXAMPLES ?? '').split(',').filter((name) => name !== '');
  for (const example of examples) {
    process.env.INPUT_PATH = `examples/${example}`;
    console.log(`${EXAMPLE_MARKER}${example}`);
    await runAction();
  }
}
