/**
 * The README's and the screenshots, in English and Ukrainian at 1366×768 and 1920×1080:
 * the title, the tutorial's first day, a mid-game Forty Thousand day, an event card turning over
 * on its axis, the win
 * screen with its result card, the result card's own PNG (the file "Save as picture" gives), and
 * a game in presentation mode.
 * Builds the game, plays the tutorial with the greedy bot's orders through the interface (the
 * end-to-end driver), and writes to docs/screenshots/ (or the folder given). `npx tsx tools/screenshots.ts [dir]`
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { greedyBot } from '../src/bots/greedy';
import { GameDriver } from '../tests/e2e/driver';
import { shippedLevel } from '../tests/helpers/shipped';
import { buildGame, launchBrowser, ROOT, serveBuild } from './browser';
import { midgameSave } from './midgameSave';
import { SAVE_KEYS } from '../src/saves/saveSlots';

const SIZES = [{ w: 1366, h: 768 }, { w: 1920, h: 1080 }] as const;
const LANGS = ['en', 'uk'] as const;
const SEED = 'cedar-raven-42';

async function main(): Promise<void> {
  const out = process.argv[2] ?? join(ROOT, 'docs/screenshots');
  mkdirSync(out, { recursive: true });
  const dist = await buildGame();
  const served = await serveBuild(dist);
  const browser = await launchBrowser();
  const level = shippedLevel('tutorial');
  const fortyMid = midgameSave('forty-thousand', SEED, 13);
  try {
    for (const lang of LANGS) {
      for (const size of SIZES) {
        const tag = `${lang}-${size.w}x${size.h}`;
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: size.w, height: size.h });
        await page.goto(`${served.url}?lang=${lang}`);
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await page.locator('[data-level="tutorial"]').waitFor();
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(out, `title-${tag}.png`) });
        await page.click('[data-key="title-more"]');
        await page.screenshot({ path: join(out, `title-more-${tag}.png`) });
        await page.click('[data-key="title-back"]');
        // A mid-game day of Forty Thousand: the expert's first 13 days, opened from a save.
        await page.evaluate(([k, latest, text]) => { localStorage.clear(); localStorage.setItem(k!, text!); localStorage.setItem(latest!, 'a'); }, [SAVE_KEYS.a, SAVE_KEYS.latest, fortyMid]);
        await page.goto(`${served.url}?lang=${lang}`);
        await page.locator('[data-key="continue-saved"]').click();
        await page.locator('[data-map-ready]').waitFor();
        await page.waitForTimeout(1200);
        await page.screenshot({ path: join(out, `forty-thousand-midgame-${tag}.png`) });
        await page.evaluate(() => localStorage.clear());
        await page.goto(`${served.url}?lang=${lang}&level=tutorial&seed=${SEED}`);
        await page.locator('[data-map-ready]').waitFor();
        await page.locator('.coach-panel [data-coach]').waitFor();
        await page.waitForTimeout(600);
        await page.screenshot({ path: join(out, `tutorial-day1-${tag}.png`) });
        await page.evaluate(() => {
          const w = window as unknown as { fired: number[] };
          w.fired = [];
          window.guarantor.on('dayEnded', (e) => { if ((e as { log: Array<{ t: string }> }).log.some((x) => x.t === 'event')) w.fired.push((e as { day: number }).day); });
        });
        const driver = new GameDriver(page);
        let flipShot = false;
        for (let guard = 0; guard < level.deadline + 1; guard++) {
          const snap = await driver.snapshot();
          if (snap.status !== 'playing') break;
          for (const cmd of greedyBot(snap.state, level).orders) await driver.give(cmd, 'click');
          await driver.endDay('key-e');
          if (!flipShot && (await page.evaluate(() => (window as unknown as { fired: number[] }).fired.length)) > 0) {
            await page.locator('.event-flip').first().waitFor();
            await page.waitForTimeout(1400); // past the turn: the verdict face
            await page.screenshot({ path: join(out, `event-${tag}.png`) });
            flipShot = true;
          }
        }
        await page.locator('#result[open] [data-result-card]').waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(out, `win-${tag}.png`) });
        if (size.w === 1366) {
          const [file] = await Promise.all([page.waitForEvent('download'), page.click('#result [data-key="card-png"]')]);
          await file.saveAs(join(out, `result-card-${lang}.png`));
          // The review's decision log (its nation tags) and milestones, for a look.
          await page.click('#result [data-key="review"]');
          const review = page.locator('#view-review:not([hidden])');
          await review.waitFor();
          await page.screenshot({ path: join(out, `review-${lang}.png`) });
          await review.locator('.decisions').scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(out, `review-decisions-${lang}.png`) });
        }
        await page.close();
      }
    }
    // Presentation mode (a projector): no speedrun timer, the map large, the text large.
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(served.url);
    await page.evaluate(() => localStorage.setItem('guarantor.settings.v1', JSON.stringify({ presentation: true })));
    await page.goto(`${served.url}?level=tutorial&seed=${SEED}`);
    await page.locator('[data-map-ready]').waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(out, 'presentation-en-1920x1080.png') });
    await page.close();
  } finally {
    await browser.close();
    await served.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

void main();
