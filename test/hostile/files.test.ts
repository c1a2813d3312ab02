import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { ValidationReport } from '../../src/base/findings.js';
import { parseInstant } from '../../src/base/dates.js';
import { validateRepository } from '../../src/validate.js';
import { organization, validateFiles, writeRepo } from '../support/repo.js';

const BOUND_MS = 20_000;
const NOW = parseInstant('2026-11-23')!;
const VALID = organization('acme', '  units:\n    - id: hq\n      name: HQ\n      primary: true\n');
/** VALID with one unknown key, so a finding shows where positions land. */
const WITH_TYPO = VALID.replace('      primary: true\n', '      primary: true\n      colour: red\n');
const TYPO_AT: [string, number, number] = ['schema', 11, 7];

function located(report: ValidationReport): Array<[string, number, number]> {
  return report.findings.map((finding) => [finding.ruleId, finding.line, finding.column]);
}

function messageOf(report: ValidationReport): string | undefined {
  return report.findings[0]?.message;
}

function validateRoot(root: string): ValidationReport {
  return validateRepository({ root, now: NOW }).report;
}

async function cliOn(root: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const result = { code: 0, stdout: '', stderr: '' };
  result.code = await runCli(['validate', root, '--now', '2026-11-23'], {
    stdout: (text) => (result.stdout += text),
    stderr: (text) => (result.stderr += text),
    env: {},
    cwd: root,
    isTTY: false,
  });
  return result;
}

describe('encodings and line endings', () => {
  it('a control case: the typo finding sits where expected', () => {
    expect(located(validateFiles({ 'org.yml': WITH_TYPO }))).toEqual([TYPO_AT]);
  });

  it('a UTF-8 byte order mark: parsed, positions unchanged', () => {
    expect(located(validateFiles({ 'org.yml': `\uFEFF${WITH_TYPO}` }))).toEqual([TYPO_AT]);
  });

  it('CRLF line endings: parsed, positions unchanged', () => {
    expect(located(validateFiles({ 'org.yml': WITH_TYPO.replace(/\n/g, '\r\n') }))).toEqual([TYPO_AT]);
  });

  it('a binary file named .yml that mentions our apiVersion: yaml-syntax at 1:1', () => {
    const report = validateFiles({ 'org.yml': Buffer.concat([Buffer.from(VALID), Buffer.from([0, 1, 2, 0xff])]) });
    expect(located(report)).toEqual([['yaml-syntax', 1, 1]]);
    expect(messageOf(report)).toBe('This file cannot be parsed: this is a binary file (it contains NUL bytes), not YAML text.');
  });

  it('a binary file named .yml that is not ours: ignored', () => {
    expect(validateFiles({ 'logo.yml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]) }).findings).toEqual([]);
  });

  it('Latin-1 text: yaml-syntax at 1:1 asking for UTF-8', () => {
    const report = validateFiles({ 'org.yml': Buffer.from(`${VALID}  # caf\u00e9\n`, 'latin1') });
    expect(located(report)).toEqual([['yaml-syntax', 1, 1]]);
    expect(messageOf(report)).toBe('This file cannot be parsed: this file is not valid UTF-8 text: save it as UTF-8.');
  });

  it('UTF-16 with a byte order mark: recognized as ours, yaml-syntax at 1:1 naming UTF-16', () => {
    const report = validateFiles({ 'org.yml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]) });
    expect(located(report)).toEqual([['yaml-syntax', 1, 1]]);
    expect(messageOf(report)).toBe('This file cannot be parsed: this file is UTF-16 text: save it as UTF-8.');
  });

  it('tabs as indentation: yaml-syntax at the tab', () => {
    const report = validateFiles({ 'org.yml': VALID.replace('  name: acme', '\tname: acme') });
    expect(located(report)).toEqual([['yaml-syntax', 4, 1]]);
    expect(messageOf(report)).toBe('Tabs are not allowed as indentation: YAML indentation must use spaces, not tabs.');
  });

  it('a duplicate key: yaml-syntax at the second one', () => {
    const report = validateFiles({ 'org.yml': VALID.replace('      name: HQ\n', '      name: HQ\n      name: Head office\n') });
    expect(located(report)).toEqual([['yaml-syntax', 10, 7]]);
    expect(messageOf(report)).toBe('Map keys must be unique: a key appears twice in one mapping, and YAML keeps only one of them. Remove or rename the duplicate.');
  });
});

describe('size cap', () => {
  it(
    'a file over the default 2 MiB: input-limit at 1:1, not parsed',
    () => {
      const huge = `${VALID}# ${'x'.repeat(2_097_152)}\n`;
      const report = validateFiles({ 'org.yml': huge });
      expect(located(report)).toEqual([['input-limit', 1, 1]]);
      expect(messageOf(report)).toBe(
        `This file is ${huge.length} bytes, over the 2097152-byte cap (limits.maxFileBytes), so it was not parsed: split it into one file per organization or raise the limit in abm-gitops.yml.`,
      );
      expect(report.summary.organizations).toBe(0);
    },
    BOUND_MS,
  );

  it('the cap comes from abm-gitops.yml limits.maxFileBytes', () => {
    const config = 'apiVersion: abm-gitops/v1\nkind: Config\nlimits:\n  maxFileBytes: 100\n';
    const report = validateFiles({ 'abm-gitops.yml': config, 'org.yml': VALID });
    expect(located(report)).toEqual([['input-limit', 1, 1]]);
    expect(messageOf(report)).toMatch(/^This file is \d+ bytes, over the 100-byte cap \(limits\.maxFileBytes\)/);
  });
});

describe('file system oddities', () => {
  const servers: Server[] = [];
  afterAll(() => {
    for (const server of servers) server.close();
  });

  it('a directory named org.yml is searched, not read', () => {
    const report = validateFiles({ 'org.yml/inner.yml': WITH_TYPO });
    expect(report.findings.map((finding) => [finding.file, finding.ruleId])).toEqual([['org.yml/inner.yml', 'schema']]);
  });

  it(
    'a FIFO named x.yml is skipped, so the run does not block on it',
    () => {
      const root = writeRepo({ 'org.yml': VALID });
      execFileSync('mkfifo', [join(root, 'x.yml')]);
      expect(validateRoot(root).findings).toEqual([]);
    },
    BOUND_MS,
  );

  it(
    'a socket named s.yml is skipped',
    async () => {
      const root = writeRepo({ 'org.yml': VALID });
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(join(root, 's.yml'), resolve));
      expect(validateRoot(root).findings).toEqual([]);
    },
    BOUND_MS,
  );

  it(
    'symlink loops (file and directory) are not followed',
    () => {
      const root = writeRepo({ 'org.yml': VALID });
      symlinkSync('b.yml', join(root, 'a.yml'));
      symlinkSync('a.yml', join(root, 'b.yml'));
      mkdirSync(join(root, 'dir'));
      symlinkSync('..', join(root, 'dir', 'up'));
      symlinkSync('/', join(root, 'root.yml'));
      const report = validateRoot(root);
      expect(report.findings).toEqual([]);
      expect(report.summary.files).toBe(1);
    },
    BOUND_MS,
  );

  // Root reads any file whatever its mode, so the denial cannot be staged when tests run as root (CI containers often do).
  it.skipIf(process.getuid?.() === 0)('an unreadable file in include: yaml-syntax at 1:1 naming EACCES', () => {
    const root = writeRepo({ 'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\ninclude: ["*.yml"]\n', 'org.yml': VALID });
    chmodSync(join(root, 'org.yml'), 0o000);
    const report = validateRoot(root);
    expect(located(report)).toEqual([['yaml-syntax', 1, 1]]);
    expect(messageOf(report)).toBe('This file cannot be read (EACCES): check its permissions.');
  });
});

describe('exit status', () => {
  it(
    'hostile organization files give findings and exit 1, never a crash',
    async () => {
      const root = writeRepo({
        'bomb.yml': `apiVersion: abm-gitops/v1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`).join('\n')}\n`,
        'deep.yml': `apiVersion: abm-gitops/v1\nspec: ${'['.repeat(50_000)}\n`,
      });
      const { code, stderr } = await cliOn(root);
      expect(code).toBe(1);
      expect(stderr).toBe('');
    },
    BOUND_MS,
  );

  it(
    'a hostile abm-gitops.yml stops the run with exit 2 and one located line',
    async () => {
      const root = writeRepo({ 'abm-gitops.yml': `apiVersion: abm-gitops/v1\nkind: Config\nlimits: ${'{a: '.repeat(100_000)}\n` });
      const { code, stdout, stderr } = await cliOn(root);
      expect(code).toBe(2);
      // The mistake is a finding too, whose code frame cuts the 400,000-character line.
      expect(stdout).toMatch(/^abm-gitops\.yml:3:265 {2}error {4}This document nests deeper than 64 levels .* {2}input-limit\n/);
      expect(stdout.length).toBeLessThan(2_000);
      expect(stderr).toBe('abm-gitops: abm-gitops.yml:3:265: This document nests deeper than 64 levels (limits.maxDepth): flatten it or raise the limit in abm-gitops.yml.\n');
    },
    BOUND_MS,
  );

  it('a binary abm-gitops.yml: exit 2 with one line, and a yaml-syntax finding at its start', async () => {
    const root = writeRepo({ 'abm-gitops.yml': Buffer.from([0x00, 0x01, 0x02]) });
    const { code, stdout, stderr } = await cliOn(root);
    expect(code).toBe(2);
    expect(stderr).toBe('abm-gitops: abm-gitops.yml:1:1: This file cannot be parsed: this is a binary file (it contains NUL bytes), not YAML text.\n');
    expect(stdout).toMatch(/^abm-gitops\.yml:1:1 {2}error {4}This file cannot be parsed: this is a binary file .* {2}yaml-syntax\n/);
  });
});
