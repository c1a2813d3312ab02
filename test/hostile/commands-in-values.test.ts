import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { escapeMarkdown, escapeMarkdownMessage } from '../../src/base/markdown.js';
import { recordingIo } from '../artifacts/cli-io.js';
import { organization, writeRepo } from '../support/repo.js';

/** A pull request's YAML with a key that carries line breaks and workflow commands. */
const HOSTILE = organization(
  'acme',
  `  units:
    - id: hq
      name: HQ
      primary: true
      "x\\n::warning title=injected::hello\\r::add-mask::abc": 1
`,
);

describe('workflow commands hidden in YAML values', () => {
  for (const format of ['text', 'json', 'github', 'markdown', 'sarif']) {
    it(`never reach the start of an output line (--format ${format})`, async () => {
      const root = writeRepo({ 'org.yml': HOSTILE });
      const io = recordingIo(root);
      const code = await runCli(['validate', '.', '--format', format, '--now', '2026-11-23', '--no-color'], io);
      expect(code).toBe(1);
      const lines = io.out.split(/\r\n|\r|\n/);
      expect(lines.filter((line) => line.includes('injected') && /^::(warning|add-mask)/.test(line))).toEqual([]);
      expect(io.out).not.toContain('\r');
    });
  }

  it('shows control characters in messages escaped', async () => {
    const root = writeRepo({ 'org.yml': HOSTILE });
    const io = recordingIo(root);
    await runCli(['validate', '.', '--format', 'json', '--now', '2026-11-23'], io);
    const [finding] = (JSON.parse(io.out) as { findings: Array<{ ruleId: string; message: string }> }).findings;
    expect(finding!.ruleId).toBe('schema');
    expect(finding!.message).toContain('x\\u000a::warning title=injected::hello\\u000d::add-mask::abc');
  });
});

describe('Markdown from YAML values', () => {
  /** What GitHub sees when it looks for mentions and autolinks: the text with HTML entities decoded. */
  const decoded = (markdown: string): string =>
    markdown
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replace(/&(amp|lt|gt);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name] ?? '');

  it('mentions no one and links nowhere, even after GitHub decodes entities', () => {
    const escaped = escapeMarkdown('ask @octocat or @acme/security, see https://evil.example/x and www.evil.example');
    expect(decoded(escaped)).not.toMatch(/@[A-Za-z0-9]|:\/\/|www\./);
    expect(escaped).toBe('ask @\u200Doctocat or @\u200Dacme/security, see https:\u200D//evil.example/x and www\u200D.evil.example');
  });

  it('messages keep their identifiers as code, and text around them escaped', () => {
    const message = escapeMarkdownMessage('Account `it@contoso.example` of `a|b` asks @octocat <b>why</b>');
    expect(message).toBe('Account `it@contoso.example` of `a\\|b` asks @\u200Doctocat &lt;b&gt;why&lt;/b&gt;');
    expect(decoded(message.replace(/`[^`]+`/g, ''))).not.toMatch(/@[A-Za-z0-9]/);
  });
});
