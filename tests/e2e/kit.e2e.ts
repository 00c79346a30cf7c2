/**
 * The facilitator's kit in a real browser (issue 14): the review's turning points branch a new
 * game from the day before, which then plays on. Screenshots go to screenshots/ to be looked at.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GameDriver } from './driver';
import { browserOrSkip, openPage, SCREENSHOTS, startHarness, type Harness } from './harness';

describe.skipIf(!browserOrSkip())('the facilitator kit in a browser', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  async function endDays(page: Page, driver: GameDriver, n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const day = (await driver.snapshot()).day;
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('e');
      await page.waitForFunction((d) => window.guarantor.snapshot()!.day > d, day);
    }
  }

  it('branches from a turning point of the review and plays on from the day before', async () => {
    // In this level and seed US support is cut on day 5 (and an early stopgap on day 2).
    const { page, errors } = await openPage(h, '?level=across-administrations-50min&seed=kit-2');
    const driver = new GameDriver(page);
    await page.locator('[data-map-ready]').waitFor();
    await endDays(page, driver, 7);
    expect((await driver.snapshot()).day).toBe(8);

    await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator('#menu[open] [data-key="review"]').click();
    const review = page.locator('#view-review:not([hidden])');
    await review.waitFor();
    const point = review.locator('.turning-point[data-turning-day="5"]');
    await point.waitFor();
    expect(await point.textContent()).toContain('US support');
    await point.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'kit-turning-points.png') });

    await point.locator('[data-key="branch-from:5"]').click();
    await review.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => window.guarantor.snapshot()!.day === 4);
    const branched = await driver.snapshot();
    expect(branched.status).toBe('playing');
    expect(branched.seed).toBe('kit-2');
    expect(branched.level).toBe('across-administrations-50min');
    expect(branched.ordersToday).toEqual([]);
    await page.locator('.notice', { hasText: 'A new game from day 4' }).waitFor();

    // Play on: an order the first time round did not give, then more days.
    await driver.give({ type: 'summit' }, 'click');
    expect((await driver.snapshot()).ordersToday).toEqual([{ type: 'summit' }]);
    await endDays(page, driver, 3);
    const on = await driver.snapshot();
    expect(on.day).toBe(7);
    expect(on.status).toBe('playing');
    expect(errors).toEqual([]);
  });
});
