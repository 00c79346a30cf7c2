/**
 * The hot-seat classroom's pause, seen from the page: a paused game is resumed only by the
 * facilitator's PIN. Shared by the classroom and trust e2e tests, which both pause and resume.
 */
import type { Page } from 'playwright-core';

/** From the "Paused" dialog: enter the facilitator's PIN, press Resume, close the panel. */
export async function resumeAsFacilitator(page: Page, pin: string): Promise<void> {
  await page.locator('[data-key="paused-facilitator"]').click();
  await page.fill('#pin-input', pin);
  await page.click('[data-key="pin-ok"]');
  await page.locator('#facilitator[open] [data-key="fac-pause"]').click();
  await page.keyboard.press('Escape');
}
