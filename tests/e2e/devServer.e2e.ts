/**
 * `npm start` is how the README says to play, and it runs Vite's dev server, which bundles
 * dependencies its own way (Phaser is pre-bundled from its sources with Rolldown). The other
 * end-to-end tests play the production build; this one opens a level on the dev server and
 * checks that the map, not just the lists, comes up, with no error and no loading failure.
 */
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, ROOT, type Browser } from '../../tools/browser';
import { browserOrSkip, watchErrors } from './harness';

describe.skipIf(!browserOrSkip())('the dev server (npm start)', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let url = '';
  beforeAll(async () => {
    server = await createServer({ root: ROOT, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
    await server.listen();
    url = server.resolvedUrls!.local[0]!;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens a level by link with the map drawn and nothing failing', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const warnings: string[] = [];
    page.on('console', (m) => { if (m.type() === 'warning' && /could not be loaded/i.test(m.text())) warnings.push(m.text()); });
    await page.goto(`${url}?level=tutorial&seed=dev-check`);
    await page.getByRole('button', { name: 'End day' }).waitFor({ timeout: 60_000 });
    // The first dev load pre-bundles Phaser, which can take a while on a cold cache; a failure
    // shows its message at once, so wait for whichever comes first.
    await page.waitForFunction(
      () => document.querySelector('[data-map-ready="1"]') !== null || document.body.innerText.includes('could not be loaded'),
      undefined, { timeout: 90_000 });
    expect(await page.getByText('The map could not be loaded').count()).toBe(0);
    expect(await page.locator('[data-map-ready="1"]').count()).toBe(1);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
