import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`), or the browser named by ABM_GITOPS_CHROMIUM (`none` skips the browser tests). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.ABM_GITOPS_CHROMIUM === 'none') return undefined;
  const candidates = [env.ABM_GITOPS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

export const SKIP_MESSAGE = 'browser tests skipped: no Chromium found (install it with `apt-get install chromium`, or set ABM_GITOPS_CHROMIUM to its path)';

/** Flags that keep the browser from reaching out on its own, so any request seen comes from the page. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile, deleted on close; no browser is ever downloaded. */
export async function launchChromium(executablePath: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'abm-gitops-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
