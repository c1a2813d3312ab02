/**
 * Code frames quote the lines of a file: never of a file that holds a secret,
 * even when nothing else says so (abm-gitops.yml is invalid, so no rule ran;
 * `committed-secret` is turned off).
 */
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/base/dates.js';
import { formatText } from '../../src/report/text.js';
import { quotableTexts, validateRepository } from '../../src/validate.js';
import { sharedKey } from '../support/forge-fixtures.js';
import { writeRepo } from '../support/repo.js';
import { serviceOrganization } from './artifact-repo.js';

const now = parseInstant('2026-11-23')!;
const keyBody = sharedKey()
  .privateKeyPkcs8Pem.trimEnd()
  .split('\n')
  .filter((line) => !line.startsWith('-----'));
const commentedKey = sharedKey()
  .privateKeyPkcs8Pem.trimEnd()
  .split('\n')
  .map((line) => `# ${line}`);

function textOutput(files: Record<string, string>): { output: string; exitWorthy: boolean } {
  const { report, model } = validateRepository({ root: writeRepo(files), now });
  const output = formatText(report, { color: false, quiet: false, sources: quotableTexts(model) });
  return { output, exitWorthy: report.summary.errors > 0 };
}

function expectNoKeyLine(output: string): void {
  for (const line of keyBody) expect(output).not.toContain(line.slice(0, 16));
}

describe('code frames never quote a file holding a secret', () => {
  it('an invalid abm-gitops.yml with a private key pasted into its comments', () => {
    const config = ['apiVersion: abm-gitops/v1', 'kind: Config', ...commentedKey.slice(0, 3), 'foo: 1', ...commentedKey.slice(3), ''].join('\n');
    const { output, exitWorthy } = textOutput({ 'abm-gitops.yml': config, 'org.yml': serviceOrganization('acme') });
    expect(exitWorthy).toBe(true);
    expect(output).toContain('abm-gitops.yml:');
    expect(output).toContain('foo');
    expectNoKeyLine(output);
  });

  it('an organization file holding a key, with committed-secret turned off and a schema error beside the key', () => {
    const config = ['apiVersion: abm-gitops/v1', 'kind: Config', 'rules:', '  committed-secret: off', ''].join('\n');
    const organization = serviceOrganization('acme').replace(
      '  units:\n',
      `${commentedKey.slice(0, 3).join('\n')}\n  colour: blue\n${commentedKey.slice(3).join('\n')}\n  units:\n`,
    );
    const { output, exitWorthy } = textOutput({ 'abm-gitops.yml': config, 'org.yml': organization });
    expect(exitWorthy).toBe(true);
    expect(output).toContain('colour');
    expect(output).not.toContain('committed-secret');
    expectNoKeyLine(output);
  });

  it('still quotes a file without a secret', () => {
    const organization = serviceOrganization('acme').replace('  units:\n', '  colour: blue\n  units:\n');
    const { output } = textOutput({ 'org.yml': organization });
    expect(output).toMatch(/> +\d+ \| +colour: blue/);
  });
});
