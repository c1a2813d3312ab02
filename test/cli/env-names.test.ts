/**
 * An `env:NAME` that is also the name of a member every object inherits
 * (`constructor`, `__proto__`, `toString`) is a variable like any other: unset
 * when the environment does not hold it. Read off a plain object, it was the
 * prototype's member, and the command ended in "internal error: value.trim is
 * not a function".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString'];
const CLIENT_ID = 'BUSINESSAPI.3bb3c0a2-5a3e-4b7a-9a1c-0d6f3c2e1a11';
const KEY_ID = '9f1c2d3e-4b5a-4c6d-8e7f-1a2b3c4d5e6f';

const work = mkdtempSync(join(tmpdir(), 'abm-gitops-env-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeFileSync(join(work, 'push.p12'), Buffer.from([0x30, 0x82, 0x01, 0x00]));

async function cli(args: string[], env: Record<string, string> = {}) {
  const io = recordingIo(work, env);
  const code = await runCli(args, io);
  return { code, err: io.err };
}

describe('env: names that are members of every object', () => {
  for (const name of PROTOTYPE_NAMES) {
    it(`env:${name} is an unset variable for inspect, import and renew`, async () => {
      expect(await cli(['inspect', 'push.p12', '--passphrase', `env:${name}`])).toEqual({ code: 2, err: `abm-gitops: --passphrase env:${name}: ${name} is not set\n` });
      expect(await cli(['import', 'push.p12', '--organization', 'acme', '--private-key', `env:${name}`])).toEqual({
        code: 2,
        err: `abm-gitops: --private-key env:${name}: ${name} is not set\n`,
      });
      expect(await cli(['import', '--organization', 'acme', '--from-apple', '--client-id', CLIENT_ID, '--key-id', KEY_ID, '--private-key', `env:${name}`])).toEqual({
        code: 2,
        err: `abm-gitops: import --from-apple: --private-key env:${name}: ${name} is not set\n`,
      });
      expect(await cli(['renew', '--token-env', name])).toEqual({ code: 2, err: `abm-gitops: renew needs a GitHub token in ${name} (or --dry-run to only print the plan)\n` });
    });
  }
});
