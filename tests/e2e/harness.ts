import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildGame, chromiumAvailable, CHROMIUM_PATH, launchBrowser, ROOT, serveBuild, type Browser, type Served } from '../../tools/browser';

/**
 * Without Chromium the browser tests cannot run. Locally that is a loud skip; under CI (where
 * .ci/run installs it) it is a failure, so a broken install step cannot pass unnoticed.
 */
export function browserOrSkip(): boolean {
  if (chromiumAvailable()) return true;
  const msg = `Chromium was not found at ${CHROMIUM_PATH}: the end-to-end tests cannot run (apt-get install chromium).`;
  if (process.env.CI) throw new Error(msg);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING END-TO-END TESTS\n!! ${msg}\n${'!'.repeat(78)}\n`);
  return false;
}

export const SCREENSHOTS = join(ROOT, 'screenshots');

export interface Harness { url: string; browser: Browser; close(): Promise<void> }

export async function startHarness(): Promise<Harness> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const outDir = await buildGame();
  let served: Served | null = null;
  try {
    served = await serveBuild(outDir);
    const browser = await launchBrowser();
    const s = served;
    return {
      url: s.url,
      browser,
      async close() {
        await browser.close();
        await s.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await served?.close();
    rmSync(outDir, { recursive: true, force: true });
    throw e;
  }
}

/** Every console error and uncaught page error, to assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  return errors;
}

/** A new page of the harness's browser at `path`, with its errors watched from the first moment. */
export async function openPage(h: Harness, path = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await h.browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(h.url + path);
  return { page, errors };
}
