/**
 * Screenshots of each level's first day (and Forty Thousand mid-game) at 1366×768 and 1920×1080,
 * to look at the map as a player meets it. Builds the game (or reuses `--dist <dir>`), serves it,
 * drives headless Chromium; writes screenshots/map-<level>-<w>x<h>.png.
 *   npx tsx tools/map-shots.ts [--dist <dir>] [--only <level>] [--sizes 1366x768,1920x1080] [--lang uk]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { expertBot } from '../src/bots/expert';
import { endDay, hashState, MILESTONE_IDS, newGame } from '../src/engine';
import { parseLevelText } from '../src/levels/parseLevel';
import { saveOf } from '../src/saves/saveOf';
import { saveText } from '../src/saves/saveFormat';
import { SAVE_KEYS } from '../src/saves/saveSlots';
import { startSession } from '../src/session/session';
import { build } from 'vite';
import { launchBrowser, ROOT, serveBuild } from './browser';

/** A save of Forty Thousand after `days` days of the expert bot, to open mid-game with Continue. */
function midgameSave(days: number): string {
  const r = parseLevelText(readFileSync(join(ROOT, 'levels/forty-thousand.json'), 'utf8'), 'forty-thousand');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const level = r.level;
  let s = newGame(level, 'shots');
  const played: Array<{ orders: ReturnType<typeof expertBot>['orders']; hash: string }> = [];
  for (let d = 0; d < days; d++) {
    const day = expertBot(s, level);
    s = endDay(day.state, level).state;
    played.push({ orders: day.orders, hash: hashState(s) });
  }
  const g = { ...startSession(level, 'shots'), days: played };
  return saveText(saveOf(g, { clockMs: 0, splitMs: MILESTONE_IDS.map(() => null) }, new Date(0).toISOString()));
}

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
        await page.goto(`${served.url}?level=${id}&seed=shots${lang ? `&lang=${lang}` : ''}`);
        const ok = await page.locator('[data-map-ready]').waitFor({ state: 'attached', timeout: 30000 }).then(() => true, () => false);
        if (!ok) console.log(`${id}: the map did not say ready; shooting anyway`);
        await page.waitForTimeout(600);
        await page.screenshot({ path: join(out, `map-${id}-${lang ?? 'en'}-${w}x${h}.png`) });
        if (id === 'forty-thousand' && flag('--midgame') !== 'no') {
          // Mid-game: the expert's first days, restored from a save through the title's Continue.
          const save = midgameSave(midDays - 1);
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
