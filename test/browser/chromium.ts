import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * The browser named by ABM_GITOPS_CHROMIUM (`none` skips the browser tests), else Debian's Chromium: its
 * headless shell first (`apt-get install chromium-headless-shell`), the same Blink and V8 built without the
 * browser around them, as Playwright itself runs headless Chromium; it cost a third less CPU than the full
 * browser in headless mode for the same pages (docs/testing.md, round 8). Else the full browser.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.ABM_GITOPS_CHROMIUM === 'none') return undefined;
  const candidates = [env.ABM_GITOPS_CHROMIUM, '/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

export const SKIP_MESSAGE = 'browser tests skipped: no Chromium found (install it with `apt-get install chromium-headless-shell`, or set ABM_GITOPS_CHROMIUM to its path)';

/** Flags that keep the browser from reaching out on its own, so any request seen comes from the page. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Browser {
  /** A fresh, empty browser context (its own cookies and storage) in the one browser. */
  newContext(options?: { javaScriptEnabled?: boolean }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * One headless Chromium for a test file, with a fresh profile deleted on close;
 * no browser is ever downloaded. Pages that need other settings (JavaScript
 * off) get their own context in it, not a second browser: the launch is the
 * expensive part.
 */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const browser = await chromium.launch({ executablePath, headless: true, args: FLAGS });
  return {
    newContext: (options = {}) => browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true }),
    close: () => browser.close(),
  };
}
