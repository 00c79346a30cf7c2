/**
 * The "Sources and assumptions" page: reached from the title screen and from the review, in
 * English and Ukrainian, closed back to where it was opened, and printed to PDF.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI_EN_SOURCES } from '../../src/i18n/en.sources';
import UK from '../../src/i18n/lang/uk';
import { browserOrSkip, openPage, SCREENSHOTS, startHarness, type Harness } from './harness';
import { openMore } from './title';

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe.skipIf(!browserOrSkip())('sources and assumptions page', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  async function open(path = ''): Promise<{ page: Page; errors: string[] }> {
    const r = await openPage(h, path);
    // window.print() would wait on a dialog in a headed browser; printing is checked through print media.
    await r.page.evaluate(() => { window.print = () => {}; });
    return r;
  }

  it('opens from the title screen, prints to PDF, and closes back to the title', async () => {
    const { page, errors } = await open();
    await openMore(page);
    await page.locator('[data-key="title-sources"]').click();
    const view = page.locator('#view-sources:not([hidden])');
    await view.waitFor();
    await view.getByRole('heading', { name: UI_EN_SOURCES['sources.title'], level: 2 }).waitFor();
    for (const k of ['sources.force.title', 'sources.units.title', 'sources.budapest.title', 'sources.leftOut.title'] as const) {
      await view.getByRole('heading', { name: UI_EN_SOURCES[k] }).waitFor();
    }
    await view.getByText(UI_EN_SOURCES['sources.out.rotation']).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'sources.png') });

    await view.locator('[data-key="sources-print"]').click();
    expect(await page.evaluate(() => document.documentElement.dataset.print)).toBe('sources');
    await page.emulateMedia({ media: 'print' });
    // In print only the page itself shows: not the title screen behind it, not its buttons.
    expect(await page.locator('.title-screen').evaluate((x) => getComputedStyle(x).display)).toBe('none');
    expect(await view.locator('[data-key="sources-print"]').isVisible()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'sources-print.png'), fullPage: true });
    const pdf = await page.pdf({ path: join(SCREENSHOTS, 'sources.pdf'), format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });

    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'hidden' });
    await page.locator('[data-key="title-sources"]').waitFor();
    expect(errors).toEqual([]);
  });

  it('opens from the review in Ukrainian and closes back to the review', async () => {
    const { page, errors } = await open('?level=tutorial&seed=dzherela-2&lang=uk');
    await page.getByRole('button', { name: 'Меню' }).click();
    await page.locator('#menu[open] [data-key="review"]').click();
    const review = page.locator('#view-review:not([hidden])');
    await review.waitFor();
    await review.locator('[data-key="rev-sources"]').click();
    const view = page.locator('#view-sources:not([hidden])');
    await view.waitFor();
    await view.getByRole('heading', { name: UK.ui['sources.title'], level: 2 }).waitFor();
    await view.getByRole('heading', { name: UK.ui['sources.budapest.title'] }).waitFor();
    await view.getByText(UK.ui['sources.out.ukraine']).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'uk-sources.png') });
    await view.locator('[data-key="sources-close"]').click();
    await view.waitFor({ state: 'hidden' });
    await review.waitFor();
    expect(errors).toEqual([]);
  });
});
