import type { Page } from 'playwright-core';

/**
 * The title screen has two screens: the front door (the tutorial, the daily challenge, the
 * campaign) and "More…" (the seed, briefings, classroom, share codes, replays, sound). Tests that
 * need the second screen open it the way a player does.
 */
export async function openMore(page: Page): Promise<void> {
  const more = page.locator('#title-more');
  if (await more.isVisible()) return;
  await page.locator('[data-key="title-more"]').click();
  await more.waitFor();
}

/** Start a level with a seed typed on the second screen ("Play with this seed"). */
export async function startSeeded(page: Page, level: string, seed: string): Promise<void> {
  await openMore(page);
  await page.fill('#seed', seed);
  await page.locator(`[data-key="play-seeded:${level}"]`).click();
}
