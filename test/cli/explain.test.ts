import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot, ruleList } from '../../src/cli/commands/explain.js';
import { runCli } from '../../src/cli/run.js';
import { RULES } from '../../src/rules/index.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

async function cli(argv: string[]) {
  const result = { code: 0, stdout: '', stderr: '' };
  result.code = await runCli(argv, {
    stdout: (text) => (result.stdout += text),
    stderr: (text) => (result.stderr += text),
    env: {},
    cwd: tmpdir(),
    isTTY: false,
  });
  return result;
}

describe('abm-gitops explain', () => {
  it('prints the page of each core rule as written', async () => {
    const core = [
      'yaml-syntax',
      'input-limit',
      'schema',
      'duplicate-id',
      'unresolved-reference',
      'primary-unit-count',
      'waiver-without-reason',
      'waiver-unknown-rule',
      'waiver-expired',
    ];
    for (const ruleId of core) {
      const page = readFileSync(join(PACKAGE_ROOT, 'docs', 'rules', `${ruleId}.md`), 'utf8');
      expect(page.startsWith(`# \`${ruleId}\`\n`)).toBe(true);
      expect(await cli(['explain', ruleId])).toEqual({ code: 0, stdout: page, stderr: '' });
    }
  });

  it('without an id lists every rule with its default severity and summary', async () => {
    const { code, stdout, stderr } = await cli(['explain']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`${RULES.length} rules (id, default severity, what it catches):`);
    const width = Math.max(...RULES.map((rule) => rule.meta.id.length));
    expect(lines.slice(2, 2 + RULES.length)).toEqual(RULES.map((rule) => `  ${rule.meta.id.padEnd(width)}  ${rule.meta.defaultSeverity.padEnd(7)}  ${rule.meta.summary}`));
    expect(stdout).toContain('  waiver-expired');
    expect(stdout).toMatch(/^ {2}duplicate-id +error {4}Two entries of one list share an id, or two organizations share metadata\.name\.$/m);
    expect(stdout.endsWith("Run abm-gitops explain <rule-id> for a rule's page.\n")).toBe(true);
  });

  it('lists the rules in the order of the registry', () => {
    const text = ruleList(RULES.slice(0, 2));
    expect(text).toBe(
      `2 rules (id, default severity, what it catches):\n\n  yaml-syntax  error    ${RULES[0]!.meta.summary}\n  input-limit  error    ${RULES[1]!.meta.summary}\n\nRun abm-gitops explain <rule-id> for a rule's page.\n`,
    );
  });

  it('refuses an unknown rule id with "did you mean", exit 2', async () => {
    expect(await cli(['explain', 'duplicate-ids'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'abm-gitops: explain: unknown rule "duplicate-ids" (did you mean "duplicate-id"?); run abm-gitops explain for the list of rules\n',
    });
    expect((await cli(['explain', 'completely-different-thing'])).stderr).toBe(
      'abm-gitops: explain: unknown rule "completely-different-thing"; run abm-gitops explain for the list of rules\n',
    );
  });

  it('takes one rule id only', async () => {
    expect(await cli(['explain', 'schema', 'duplicate-id'])).toEqual({ code: 2, stdout: '', stderr: 'abm-gitops: explain takes one rule id, not 2\n' });
  });

  it('has a --help', async () => {
    const { code, stdout } = await cli(['explain', '--help']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Usage: abm-gitops explain [rule-id]');
  });
});

describe('packageRoot', () => {
  it('finds the folder holding package.json from the source module', () => {
    expect(packageRoot()).toBe(PACKAGE_ROOT);
  });

  it('walks up from any depth, as from the bundled dist/cli.js', () => {
    const root = mkdtempSync(join(tmpdir(), 'abm-gitops-pkg-'));
    try {
      writeFileSync(join(root, 'package.json'), '{}');
      mkdirSync(join(root, 'dist', 'deep'), { recursive: true });
      expect(packageRoot(join(root, 'dist', 'cli.js'))).toBe(root);
      expect(packageRoot(join(root, 'dist', 'deep', 'x.js'))).toBe(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
