import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { writeRepo } from '../support/repo.js';
import { cli, NOW, organizationYaml } from '../tokens/support.js';

async function html(files: Record<string, string>): Promise<string> {
  const root = writeRepo(files);
  const result = await cli(['validate', '.', '--format', 'html', '--now', NOW], root);
  expect(result.err).toBe('');
  return result.out;
}

describe('validate --format html', () => {
  it('is one self-contained page whose only script is the one the policy allows', async () => {
    const page = await html({ 'a.yml': organizationYaml({ name: 'a' }), 'b.yml': organizationYaml({ name: 'b', contentExpires: '2026-11-01' }) });
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).not.toMatch(/<link\b|\ssrc=|url\(|@import/i);
    const policy = /content="(default-src 'none';[^"]*)"/.exec(page)?.[1];
    const script = /<script>([\s\S]*)<\/script>/.exec(page)?.[1];
    expect(policy).toContain(`script-src 'sha256-${createHash('sha256').update(script!).digest('base64')}'`);
    expect(page.match(/<script>/g)).toHaveLength(1);
    // Both organizations have a row, and the expired token says so in words.
    expect(page).toMatch(/<th scope="row" data-value="a">a<\/th>/);
    expect(page).toMatch(/<span class="status status-expired">expired<\/span>/);
  });

  it('escapes every value from the YAML', async () => {
    const page = await html({ 'a.yml': organizationYaml({ displayName: `<b onclick='x'>"Acme" & co</b>`, serviceName: '</script><script>alert(1)</script>' }) });
    expect(page).toContain('&lt;b onclick=&#39;x&#39;&gt;&quot;Acme&quot; &amp; co&lt;/b&gt;');
    expect(page).not.toContain('<b onclick');
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('links findings to their line inside a workflow run', async () => {
    const root = writeRepo({ 'org/a.yml': organizationYaml({ name: 'a', contentExpires: '2026-11-01' }) });
    const env = { GITHUB_WORKSPACE: root, GITHUB_REPOSITORY: 'acme/config', GITHUB_SHA: 'a'.repeat(40), GITHUB_SERVER_URL: 'https://github.com' };
    const page = (await cli(['validate', 'org', '--format', 'html', '--now', NOW], root, env)).out;
    expect(page).toContain(`<a href="https://github.com/acme/config/blob/${'a'.repeat(40)}/org/a.yml#L`);
  });
});
