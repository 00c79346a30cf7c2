/**
 * The Moscow seat in a real browser (issues 11 and 13): a hot-seat game of the tutorial set up with
 * "A team plays Moscow"; the coalition teams end their turns, Moscow's team sees its hand and the
 * pressure left, plays a card with its button, and the card is today's order. Screenshot:
 * screenshots/moscow-hand.png (git-ignored), to be looked at.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOrSkip, openPage, SCREENSHOTS, startHarness, type Harness } from './harness';
import { openMore } from './title';

describe.skipIf(!browserOrSkip())('the Moscow seat in a browser', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  it('lets the Moscow team play a card of its hand from the order panel', async () => {
    const { page, errors } = await openPage(h);
    await openMore(page);
    await page.locator('[data-key="classroom-setup"]').click();
    await page.locator('#view-setup:not([hidden])').waitFor();
    await page.selectOption('#class-level', 'tutorial');
    await page.check('#class-format-90');
    await page.fill('#class-seed', 'red-1');
    await page.fill('#class-pin', '2468');
    await page.check('#class-moscow');
    await page.locator('#staff-moscow').waitFor();
    await page.click('[data-key="class-start"]');

    const handover = page.locator('#handover[open]');
    for (let guard = 0; guard < 6; guard++) {
      await handover.waitFor();
      const teamId = await handover.locator('.handover-team').getAttribute('data-team');
      await handover.locator('[data-key="handover-start"]').click();
      await handover.waitFor({ state: 'hidden' });
      if (teamId === 'moscow') break;
      // A coalition team sees no hand of Moscow's.
      expect(await page.locator('.moscow-hand').count()).toBe(0);
      await page.getByRole('button', { name: 'End my turn', exact: true }).click();
    }
    const hand = page.locator('.orders-panel .moscow-hand');
    await hand.waitFor();
    await expect.poll(() => hand.locator('[data-key="moscow-budget"]').textContent()).toMatch(/Pressure left this week: \d+ of \d+/);
    const playable = hand.locator('button.order-btn:not([aria-disabled="true"])').first();
    await playable.waitFor();
    const key = (await playable.getAttribute('data-key'))!;
    await playable.click();
    await page.waitForFunction(() => window.guarantor.snapshot()!.ordersToday.some((o) => o.type === 'play'));
    // The played card has left the hand.
    await expect.poll(() => hand.locator(`[data-key="${key}"]`).count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'moscow-hand.png') });
    expect(errors).toEqual([]);
  });
});
