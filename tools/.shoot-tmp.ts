import { buildGame, serveBuild, launchBrowser } from './browser';
import { rmSync } from 'node:fs';

const out = await buildGame();
const served = await serveBuild(out);
const b = await launchBrowser();
try {
  for (const lang of ['en', 'uk']) {
    const page = await b.context.newPage();
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${served.url}/?level=forty-thousand&seed=shot-1&lang=${lang}`);
    await page.locator('[data-map-ready]').waitFor({ timeout: 60000 });
    for (let i = 0; i < 40; i++) {
      if (await page.locator('li.threat').count()) break;
      await page.keyboard.press('e'); await page.waitForTimeout(120);
    }
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/i11shots/threats-${lang}.png` });
    const threat = page.locator('li.threat button.link').first();
    if (await threat.count()) { await threat.click(); await page.waitForTimeout(300); await page.screenshot({ path: `/tmp/i11shots/threat-selected-${lang}.png` }); }
    for (let i = 0; i < 12; i++) { await page.keyboard.press('e'); await page.waitForTimeout(120); }
    await page.getByRole('button', { name: /^(Menu|Меню)$/ }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/i11shots/menu-${lang}.png` });
    const rev = page.getByRole('button', { name: /review|огляд|розбір/i }).first();
    if (await rev.count()) { await rev.click(); await page.waitForTimeout(800); await page.screenshot({ path: `/tmp/i11shots/review-${lang}.png`, fullPage: false }); const ev = page.locator('table.events'); if (await ev.count()) { await ev.scrollIntoViewIfNeeded(); await page.screenshot({ path: `/tmp/i11shots/review-events-${lang}.png` }); } }
    await page.close();
  }
} finally {
  await b.close();
  await served.close();
  rmSync(out, { recursive: true, force: true });
}
