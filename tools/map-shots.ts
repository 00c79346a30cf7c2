/**
 * Screenshots of each level's first day (and Forty Thousand mid-game) at 1366×768 and 1920×1080,
 * to look at the map as a player meets it. Builds the game (or reuses `--dist <dir>`), serves it,
 * drives headless Chromium; writes screenshots/map-<level>-<w>x<h>.png.
 *   npx tsx tools/map-shots.ts [--dist <dir>] [--only <level>] [--sizes 1366x768,1920x1080] [--lang uk]
 *     [--seed shots] [--mid 14] [--mid-levels forty-thousand,north]
 * The map tests' crowded states are `--seed clean-map --mid 21 --mid-levels north,forty-thousand`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SAVE_KEYS } from '../src/saves/saveSlots';
import { build } from 'vite';
import { launchBrowser, ROOT, serveBuild } from './browser';
import { midgameSave } from './midgameSave';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const LEVELS = ['tutorial', 'north', 'south', 'air-bridge', 'forty-thousand', 'across-administrations'];
const only = flag('--only');
const sizes = (flag('--sizes') ?? '1366x768,1920x1080').split(',').map((s) => s.split('x').map(Number) as [number, number]);
const lang = flag('--lang');
const midDays = Number(flag('--mid') ?? '14');
const seed = flag('--seed') ?? 'shots';
/** Levels also shot mid-game (on day `--mid`). */
const midLevels = (flag('--mid-levels') ?? 'forty-thousand').split(',');

async function main(): Promise<void> {
  const out = join(ROOT, 'screenshots');
  mkdirSync(out, { recursive: true });
  const dist = flag('--dist') ?? '/tmp/guarantor-map-shots';
  if (!flag('--dist') || flag('--build') === 'yes') await build({ root: ROOT, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  console.log(`dist: ${dist}`);
  const served = await serveBuild(dist);
  const browser = await launchBrowser();
  try {
    for (const [w, h] of sizes) {
      for (const id of only ? [only] : LEVELS) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: w, height: h });
        await page.goto(`${served.url}?level=${id}&seed=${encodeURIComponent(seed)}${lang ? `&lang=${lang}` : ''}`);
        const ok = await page.locator('[data-map-ready]').waitFor({ state: 'attached', timeout: 30000 }).then(() => true, () => false);
        if (!ok) console.log(`${id}: the map did not say ready; shooting anyway`);
        await page.waitForTimeout(600);
        await page.screenshot({ path: join(out, `map-${id}-${lang ?? 'en'}-${w}x${h}.png`) });
        if (midLevels.includes(id) && flag('--midgame') !== 'no') {
          // Mid-game: the expert's first days, restored from a save through the title's Continue.
          const save = midgameSave(id, seed, midDays - 1);
          await page.evaluate(([k, latest, text]) => { localStorage.clear(); localStorage.setItem(k!, text!); localStorage.setItem(latest!, 'a'); }, [SAVE_KEYS.a, SAVE_KEYS.latest, save]);
          await page.goto(`${served.url}${lang ? `?lang=${lang}` : ''}`);
          const cont = await page.locator('[data-key="continue-saved"]').waitFor({ timeout: 20000 }).then(() => true, () => false);
          if (!cont) {
            await page.screenshot({ path: join(out, 'map-midgame-failed.png') });
            throw new Error('no Continue on the title screen: the save was not taken');
          }
          await page.locator('[data-key="continue-saved"]').click();
          await page.locator('[data-map-ready]').waitFor({ state: 'attached', timeout: 30000 }).catch(() => undefined);
          await page.waitForTimeout(1200);
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
