/**
 * The HTML report as a person sees it, in Debian's Chromium driven headless:
 * every organization and token on the page, expired ones said in words, the
 * today line inside the chart, sorting and filtering, no request leaving the
 * page, no console error, and the same content without JavaScript.
 * Screenshots land in test-artifacts/browser/ (not committed).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ConsoleMessage, Dialog, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench's generator is plain JavaScript without types
import { generateRepository } from '../../bench/generate.mjs';
import { writeRepo } from '../support/repo.js';
import { cli, NOW, organizationYaml } from '../tokens/support.js';
import { findChromium, launchChromium, type Browser } from './chromium.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(PACKAGE_ROOT, 'test-artifacts', 'browser');
const CHROMIUM = findChromium();

interface Listed {
  tokens: Array<{ organization: string; kind: string; id: string; status: string }>;
}

async function htmlOf(root: string, cwd = PACKAGE_ROOT): Promise<string> {
  const result = await cli(['validate', root, '--format', 'html', '--now', NOW], cwd);
  expect(result.err).toBe('');
  return result.out;
}

function writePage(name: string, html: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.html`);
  writeFileSync(path, html);
  return pathToFileURL(path).href;
}

interface Visit {
  page: Page;
  requests: string[];
  problems: string[];
}

/**
 * Opens `url` in the context's one page, with this visit's own request, console and dialog listeners (the previous
 * visit's are removed first). A page per test cost its own renderer start-up, ~0.5 s of CPU each; navigating the
 * one page gives each test a fresh document all the same (the report keeps no storage, and the page goes through
 * about:blank so no form state carries over).
 */
const endVisit = new WeakMap<Page, () => void>();
async function visit(page: Page, url: string): Promise<Visit> {
  endVisit.get(page)?.();
  await page.goto('about:blank');
  const requests: string[] = [];
  const problems: string[] = [];
  const onRequest = (request: Request): void => void requests.push(request.url());
  const onConsole = (message: ConsoleMessage): void => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  };
  const onPageError = (error: Error): void => void problems.push(`page error: ${error.message}`);
  const onDialog = (dialog: Dialog): void => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('dialog', onDialog);
  endVisit.set(page, () => {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('dialog', onDialog);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, problems };
}

async function visibleOrganizations(page: Page): Promise<string[]> {
  return page.locator('#organizations tbody tr:visible th').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ''));
}

describe.skipIf(!CHROMIUM)('the HTML report in Chromium', () => {
  let chromium: Browser;
  /** The one page of each context, visited by every test that needs it. */
  let browser: Page;
  let noScript: Page;
  beforeAll(async () => {
    chromium = await launchChromium(CHROMIUM!);
    browser = await (await chromium.newContext()).newPage();
    noScript = await (await chromium.newContext({ javaScriptEnabled: false })).newPage();
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
  });

  for (const example of ['msp', 'broken']) {
    it(`shows every organization and token of examples/${example}, expired ones in words, with no request and no console error`, async () => {
      const url = writePage(example, await htmlOf(`examples/${example}`));
      const { page, requests, problems } = await visit(browser, url);
      await page.screenshot({ path: join(ARTIFACTS, `${example}.png`), fullPage: true });

      const listed = JSON.parse((await cli(['tokens', `examples/${example}`, '--format', 'json', '--now', NOW], PACKAGE_ROOT)).out) as Listed;
      const organizations = await visibleOrganizations(page);
      for (const organization of new Set(listed.tokens.map((token) => token.organization))) expect(organizations).toContain(organization);

      const tokenRows = await page
        .locator('#tokens tbody tr')
        .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td') as ArrayLike<{ textContent: string | null }>, (cell) => cell.textContent!.trim())));
      expect(tokenRows).toHaveLength(listed.tokens.length);
      for (const token of listed.tokens) {
        const row = tokenRows.find((cells) => cells[0] === token.organization && cells[2] === token.id && cells[1]!.replace(/ /g, '-').toLowerCase() === token.kind.toLowerCase());
        expect(row, `${token.organization}/${token.kind}/${token.id}`).toBeDefined();
        expect(row![5]).toEqual(token.status === 'expired' ? 'expired' : expect.not.stringContaining('expired'));
      }
      const marks = await page.locator('#timeline circle.mark').count();
      expect(marks).toBe(listed.tokens.length);

      const chart = (await page.locator('#timeline').boundingBox())!;
      const today = (await page.locator('#timeline-today').boundingBox())!;
      expect(today.x).toBeGreaterThan(chart.x);
      expect(today.x + today.width).toBeLessThan(chart.x + chart.width);
      expect(today.y).toBeGreaterThanOrEqual(chart.y);
      expect(today.y + today.height).toBeLessThanOrEqual(chart.y + chart.height);

      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
    });
  }

  it('marks the expired certificate of examples/broken in words wherever it appears', async () => {
    const { page } = await visit(browser, writePage('broken', await htmlOf('examples/broken')));
    const contoso = page.locator('#organizations tbody tr', { has: page.locator('th', { hasText: 'contoso' }) });
    await expect.poll(() => contoso.innerText()).toMatch(/expired, 3 days ago/);
    const mark = await page.locator('#timeline circle.status-expired title').first().textContent();
    expect(mark).toMatch(/^contoso: the jamf APNs certificate expired on 2026-11-20 \(3 days ago, expired\)$/);
  });

  it('filters and sorts the organization table', async () => {
    const { page, problems } = await visit(browser, writePage('msp-filter', await htmlOf('examples/msp')));
    expect(await page.locator('#organization-controls').isVisible()).toBe(true);
    await page.fill('#organization-filter', 'North');
    // Polled until exactly these two show: every row is visible before the filter applies, and contains them too.
    await expect.poll(async () => (await visibleOrganizations(page)).sort()).toEqual(['northwind-eu', 'northwind-us']);
    expect(await page.locator('#organization-count').textContent()).toBe('2 of 5 organizations shown');
    await page.fill('#organization-filter', '');
    await page.getByRole('button', { name: 'Organization' }).click();
    await expect.poll(() => visibleOrganizations(page)).toEqual(['bakery', 'dental', 'lawfirm', 'northwind-eu', 'northwind-us']);
    await page.getByRole('button', { name: 'Organization' }).click();
    await expect.poll(() => visibleOrganizations(page)).toEqual(['northwind-us', 'northwind-eu', 'lawfirm', 'dental', 'bakery']);
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toBe('Organization');
    expect(problems).toEqual([]);
  });

  it('at more organizations than it shows at once (500), sorts, filters and shows all of them right', async () => {
    const root = mkdtempSync(join(tmpdir(), 'abm-gitops-html-many-'));
    try {
      generateRepository({ organizations: 620, out: root });
      const html = await htmlOf('.', root);
      // What the page holds, read from its HTML (what a browser without JavaScript shows): each row's name and whether it has problems.
      const all = [...html.matchAll(/<tr data-search="[^"]*" data-problems="([01])"><th scope="row" data-value="([^"]+)">/g)].map(([, problems, name]) => ({
        name: name!,
        problems: problems === '1',
      }));
      expect(all).toHaveLength(620);
      const names = all.map((row) => row.name);
      const byName = [...names].sort();
      const { page, problems } = await visit(browser, writePage('many', html));
      const count = page.locator('#organization-count');
      const showAll = page.locator('#organization-show-all');

      // Worst first, as written; only the first 500 are laid out.
      expect(await visibleOrganizations(page)).toEqual(names.slice(0, 500));
      expect(await count.textContent()).toBe('the first 500 of 620 organizations shown, in this order: filter to find the others');
      expect(await showAll.textContent()).toBe('Show all 620');

      await page.getByRole('button', { name: 'Organization' }).click();
      await expect.poll(() => visibleOrganizations(page)).toEqual(byName.slice(0, 500));
      await page.getByRole('button', { name: 'Organization' }).click();
      await expect.poll(() => visibleOrganizations(page)).toEqual([...byName].reverse().slice(0, 500));

      // A filter matches among all 620, in the current order (descending by name).
      const word = names[7]!.split('-')[0]!;
      const matching = [...byName].reverse().filter((name) => name.includes(word));
      expect(matching.length).toBeGreaterThan(1);
      await page.fill('#organization-filter', word);
      await expect.poll(() => visibleOrganizations(page)).toEqual(matching);
      expect(await count.textContent()).toBe(`${matching.length} of 620 organizations shown`);
      expect(await showAll.isVisible()).toBe(false);
      await page.fill('#organization-filter', '');
      await expect.poll(() => visibleOrganizations(page)).toHaveLength(500);

      await page.check('#organization-problems');
      const withProblems = [...byName].reverse().filter((name) => all.find((row) => row.name === name)!.problems);
      await expect.poll(() => visibleOrganizations(page)).toEqual(withProblems.slice(0, 500));
      await page.uncheck('#organization-problems');

      await showAll.click();
      await expect.poll(() => visibleOrganizations(page)).toEqual([...byName].reverse());
      expect(await count.textContent()).toBe('620 of 620 organizations shown');
      expect(await showAll.isVisible()).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);

  it('is complete without JavaScript (the filter, which needs it, stays hidden)', async () => {
    const { page, requests } = await visit(noScript, writePage('broken-noscript', await htmlOf('examples/broken')));
    expect(await page.locator('#organization-controls').isVisible()).toBe(false);
    expect(await visibleOrganizations(page)).toEqual(['contoso', 'fabrikam']);
    expect(await page.locator('#tokens tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('#timeline-today').count()).toBe(1);
    expect(requests).toHaveLength(1);
  });

  it('shows markup from the YAML as text: no script runs, no request is made', async () => {
    const hostile = '<img src="https://attacker.example/x.png" onerror="alert(1)"><script>alert(2)</script>';
    const root = writeRepo({ 'organization.yml': organizationYaml({ displayName: hostile, serviceName: '"><svg onload=alert(3)>' }) });
    const { page, requests, problems } = await visit(browser, writePage('hostile', await htmlOf('.', root)));
    expect(await page.locator('#organizations tbody tr th .meta').textContent()).toBe(hostile);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body script').count()).toBe(1);
    expect(requests).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});
