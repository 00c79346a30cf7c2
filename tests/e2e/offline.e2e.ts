/**
 * Works in a school (issue 5): the normal build makes no request outside its own server, and the
 * one-file offline build (`npm run build:offline` → dist-offline/guarantor.html) opens from disk
 * (file://) and plays with every network request refused.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { applyCommand } from '../../src/engine';
import { ROOT } from '../../tools/browser';
import { shippedLevel } from '../helpers/shipped';
import { GameDriver } from './driver';
import { browserOrSkip, SCREENSHOTS, startHarness, watchErrors, type Harness } from './harness';

/** Play `days` days of the tutorial with the greedy bot's orders, through the interface. */
async function playDays(page: Page, days: number): Promise<void> {
  const level = shippedLevel('tutorial');
  const driver = new GameDriver(page);
  for (let d = 0; d < days; d++) {
    let s = (await driver.snapshot()).state;
    for (const cmd of greedyBot(s, level).orders) {
      const r = applyCommand(s, level, cmd);
      if (!r.ok) continue;
      s = r.state;
      await driver.give(cmd, 'click');
    }
    await driver.endDay('button');
  }
}

describe.skipIf(!browserOrSkip())('offline use', () => {
  let h: Harness;
  let offlineDir = '';
  beforeAll(async () => {
    h = await startHarness();
    offlineDir = mkdtempSync(join(tmpdir(), 'guarantor-offline-'));
    await build({ root: ROOT, mode: 'offline', logLevel: 'warn', build: { outDir: offlineDir, emptyOutDir: true } });
  });
  afterAll(async () => {
    await h?.close();
    if (offlineDir) rmSync(offlineDir, { recursive: true, force: true });
  });

  it('the normal build asks nothing of any server but its own', async () => {
    const page = await h.browser.context.newPage();
    const errors = watchErrors(page);
    const foreign: string[] = [];
    const own: string[] = [];
    await page.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith(h.url)) { own.push(url); return route.continue(); }
      foreign.push(url);
      return route.abort();
    });
    await page.goto(`${h.url}?level=tutorial&seed=school`);
    await page.getByText('Day 1', { exact: true }).waitFor();
    await page.locator('[data-map-ready]').waitFor();
    await playDays(page, 2);
    await page.evaluate(() => document.fonts.ready);
    expect(foreign).toEqual([]);
    expect(own.some((u) => u.endsWith('.woff2'))).toBe(true);
    expect(own.some((u) => u.includes('/map/region.json'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the offline build is one file that opens from disk and plays with the network blocked', async () => {
    const files = readdirSync(offlineDir);
    expect(files).toEqual(['guarantor.html']);
    const file = join(offlineDir, 'guarantor.html');
    expect(statSync(file).size).toBeGreaterThan(1_000_000);

    const page = await h.browser.context.newPage();
    const errors = watchErrors(page);
    const blocked: string[] = [];
    await page.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file://')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href);
    await page.locator('[data-level="tutorial"]').click();
    await page.getByText('Day 1', { exact: true }).waitFor();
    // The map (region and unit symbols inside the file) draws, and the lists show their symbols.
    await page.locator('[data-map-ready]').waitFor();
    expect(await page.locator('.forces img.symbol').first().evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await playDays(page, 3);
    await page.getByText('Day 4', { exact: true }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'offline.png') });
    // Every language is inside too.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.selectOption('#set-lang', 'uk');
    await page.getByText('День 4', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-map-ready]').waitFor();
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
