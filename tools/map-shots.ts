/**
 * Screenshots of each level's first day (and Forty Thousand mid-game) at 1366×768 and 1920×1080,
 * to look at the map as a player meets it. Builds the game (or reuses `--dist <dir>`), serves it,
 * drives headless Chromium; writes screenshots/map-<level>-<w>x<h>.png.
 *   npx tsx tools/map-shots.ts [--dist <dir>] [--only <level>] [--sizes 1366x768,1920x1080] [--lang uk]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildGame, launchBrowser, ROOT, serveBuild } from './browser';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const LEVELS = ['tutorial', 'north', 'south', 'air-bridge', 'forty-thousand', 'across-administrations'];
const only = flag('--only');
const sizes = (flag('--sizes') ?? '1366x768,1920x1080').split(',').map((s) => s.split('x').map(Number) as [number, number]);
const lang = flag('--lang');
const midDays = Number(flag('--mid') ?? '14');

async function main(): Promise<void> {
  const out = join(ROOT, 'screenshots');
  mkdirSync(out, { recursive: true });
  const dist = flag('--dist') ?? (await buildGame());
  console.log(`dist: ${dist}`);
  const served = await serveBuild(dist);
  const browser = await launchBrowser();
  try {
    for (const [w, h] of sizes) {
      for (const id of only ? [only] : LEVELS) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: w, height: h });
        await page.goto(`${served.url}?level=${id}&seed=shots${lang ? `&lang=${lang}` : ''}`);
        const ok = await page.locator('[data-map-ready]').waitFor({ state: 'attached', timeout: 30000 }).then(() => true, () => false);
        if (!ok) console.log(`${id}: the map did not say ready; shooting anyway`);
        await page.waitForTimeout(600);
        await page.screenshot({ path: join(out, `map-${id}-${lang ?? 'en'}-${w}x${h}.png`) });
        if (id === 'forty-thousand' && flag('--midgame') !== 'no') {
          for (let d = 1; d < midDays; d++) {
            await page.keyboard.press('Escape');
            await page.click('[data-key="end-day"]').catch(() => page.keyboard.press('Shift+Enter'));
            await page.waitForTimeout(150);
          }
          await page.waitForTimeout(800);
          await page.screenshot({ path: join(out, `map-${id}-mid-${lang ?? 'en'}-${w}x${h}.png`) });
        }
        // A game in progress would be offered back on the next page: start each level afresh.
        await page.evaluate(() => localStorage.clear());
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
  console.log(`dist: ${dist}`);
}
main().catch((e) => { console.error(e); process.exit(1); });
