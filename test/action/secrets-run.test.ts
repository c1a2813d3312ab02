/**
 * The Action, in process, on a repository whose organization reads secrets
 * through `env:`: every one of them is registered with the runner's masker
 * (`::add-mask::`) before anything else is printed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/run.js';
import { organization, writeRepo } from '../support/repo.js';

const PASSPHRASE = 'p12-export-passphrase-4f1c';
const CONTENT_TOKEN = 'eyJ0b2tlbiI6ImNvbnRlbnQifQ';

function repository(contentRef: string): string {
  return writeRepo({
    'orgs/acme.yml': organization(
      'acme',
      `  units:
    - id: hq
      name: Acme
      primary: true
  deviceManagementServices:
    - id: kandji
      type: external
      name: Kandji
      vendor: kandji
      apnsCertificate:
        ref: env:ACME_KANDJI_APNS
        passphrase: env:KANDJI_P12_PASSPHRASE
        expiresAt: 2027-07-01
  contentTokens:
    - id: apps
      unit: hq
      ref: ${contentRef}
      expiresAt: 2027-01-01
`,
    ),
  });
}

/** Runs the Action on `root` with `env` (inputs as the runner passes them) and returns what it printed. */
async function runAction(root: string, env: Record<string, string>): Promise<string> {
  vi.stubEnv('INPUT_PATH', '.');
  vi.stubEnv('INPUT_NOW', '2026-11-23');
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  try {
    await run({ GITHUB_WORKSPACE: root, ...env });
  } finally {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    process.exitCode = undefined;
  }
  return stdout;
}

const masked = (stdout: string) => [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((match) => match[1]);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('the Action masks env: secrets', () => {
  it("registers a .p12's passphrase with the masker, with the other secrets", async () => {
    const stdout = await runAction(repository('env:VPP_ACME'), { KANDJI_P12_PASSPHRASE: PASSPHRASE, VPP_ACME: CONTENT_TOKEN });
    expect(masked(stdout)).toEqual(expect.arrayContaining([PASSPHRASE, CONTENT_TOKEN]));
    expect(stdout.split('\n').filter((line) => line.includes(PASSPHRASE))).toEqual([`::add-mask::${PASSPHRASE}`]);
  });
});

describe('the Action on env: names that are members of every object', () => {
  for (const name of ['constructor', '__proto__', 'toString']) {
    it(`ref: env:${name} is an unset secret, as env:UNSET_VARIABLE is`, async () => {
      const strip = (stdout: string) => stdout.replace(/^::(stop-commands::|)[0-9a-f-]{36}::$|^::stop-commands::[0-9a-f-]{36}$/gm, '');
      const unset = await runAction(repository('env:UNSET_VARIABLE'), {});
      const prototypeName = await runAction(repository(`env:${name}`), {});
      expect(prototypeName).not.toContain('internal error');
      expect(strip(prototypeName).replaceAll(`env:${name}`, 'env:UNSET_VARIABLE')).toBe(strip(unset));
    });
  }
});
