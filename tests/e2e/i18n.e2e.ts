/**
 * The game in Ukrainian (issue 5): by `?lang=uk` and by the setting, every screen visited is read
 * for English left on it — each visible text node (and placeholder and list option) is checked
 * against the English catalog's templates and the English vocabulary (tests/helpers/english.ts).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI_EN_ALL as UI_EN } from '../../src/i18n/screenText';
import UK from '../../src/i18n/lang/uk';
import { englishVocabulary, englishWordsIn } from '../helpers/english';
import { browserOrSkip, SCREENSHOTS, startHarness, watchErrors, type Harness } from './harness';
import { openMore } from './title';

const vocabulary = englishVocabulary();

/** The English interface strings that Ukrainian words differently, as whole-text patterns. */
const englishTemplates: RegExp[] = Object.entries(UI_EN)
  .filter(([k, en]) => UK.ui[k as keyof typeof UI_EN] !== en && englishWordsIn(en.replace(/\{[^{}]*\}/g, ' '), vocabulary).length > 0)
  .map(([, en]) => new RegExp(`^${en.split(/\{[^{}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?')}$`, 's'));

/** Every piece of text a person can see on the page now. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const seen = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const n = walker.currentNode;
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('script, style, noscript') || !seen(el)) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')) if (seen(el)) out.push(el.placeholder);
    for (const s of document.querySelectorAll('select')) if (seen(s)) for (const o of s.options) out.push(o.text);
    for (const b of document.querySelectorAll<HTMLElement>('button[aria-label], [role="img"][aria-label]')) if (seen(b)) out.push(b.getAttribute('aria-label')!);
    return out;
  });
}

/** Fails naming every English string left on the screen. */
async function expectNoEnglish(page: Page, screen: string): Promise<number> {
  const texts = await visibleTexts(page);
  const bad = texts.filter((x) => englishWordsIn(x, vocabulary).length > 0 || englishTemplates.some((re) => re.test(x)));
  expect(bad, `English on the ${screen} screen`).toEqual([]);
  expect(texts.length, screen).toBeGreaterThan(3);
  return texts.length;
}

describe.skipIf(!browserOrSkip())('the game in Ukrainian', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  async function fresh(path = ''): Promise<{ page: Page; errors: string[] }> {
    const page = await h.browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(h.url);
    await page.evaluate(() => localStorage.clear());
    await page.goto(h.url + path);
    return { page, errors };
  }

  it('fetches the Cyrillic typefaces for a Ukrainian page only, not for an English one that merely offers Ukrainian', async () => {
    const cyrillicFonts = async (path: string) => {
      const { page, errors } = await fresh(path);
      await page.locator('[data-level="tutorial"]').waitFor();
      // The page has switched to its web fonts once every file it asked for is in.
      await page.waitForFunction(() => document.documentElement.classList.contains('webfonts'), undefined, { timeout: 20_000 });
      const files = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.woff2$/.test(n)));
      expect(errors).toEqual([]);
      await page.close();
      return { all: files, cyrillic: files.filter((n) => /cyrillic/.test(n)) };
    };
    const en = await cyrillicFonts('');
    expect(en.all.length, 'the English title fetches its Latin faces').toBeGreaterThan(0);
    expect(en.cyrillic).toEqual([]);
    expect((await cyrillicFonts('?lang=uk')).cyrillic.length).toBeGreaterThan(0);
  });

  it('a link’s game lays its interface out in its typefaces from the first layout, in English and in Ukrainian', async () => {
    for (const lang of ['en', 'uk']) {
      const { page, errors } = await fresh(`?level=tutorial&seed=fonts&lang=${lang}`);
      await page.locator('[data-map-ready]').waitFor();
      const seen = await page.evaluate(() => ({
        marks: performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('guarantor:fonts')),
        root: document.documentElement.classList.contains('webfonts'),
        preloads: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((l) => l.href),
        hud: getComputedStyle(document.querySelector('.hud')!).fontFamily,
      }));
      expect(seen.marks, lang).toEqual(['guarantor:fonts-first']);
      expect(seen.root, lang).toBe(true);
      expect(seen.hud, lang).toMatch(/^"?IBM Plex Sans/);
      expect(seen.preloads.length, 'the page preloads the Latin files').toBeGreaterThan(0);
      expect(seen.preloads.filter((u) => /cyrillic/.test(u)), 'and no Cyrillic one').toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('?lang=uk: every screen visited is in Ukrainian, with no English left', async () => {
    const { page, errors } = await fresh('?lang=uk');
    await page.locator('[data-level="tutorial"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
    const screens: Record<string, number> = {};
    screens.title = await expectNoEnglish(page, 'title');
    await openMore(page);
    await page.fill('#seed', 'klas-7');
    screens.titleMore = await expectNoEnglish(page, 'title, second screen');

    await page.getByRole('button', { name: 'Інші налаштування' }).click();
    await page.locator('#settings[open]').waitFor();
    expect(await page.locator('#set-lang').inputValue()).toBe('uk');
    screens.settings = await expectNoEnglish(page, 'settings');
    await page.keyboard.press('Escape');

    await page.locator('[data-key="classroom-setup"]').click();
    await page.locator('#view-setup:not([hidden])').waitFor();
    await page.fill('#class-seed', 'klas-7');
    await page.selectOption('#class-groups', '2');
    screens.setup = await expectNoEnglish(page, 'classroom set-up');
    await page.locator('[data-key="class-setup-briefing"]').click();
    await page.locator('#view-briefing:not([hidden])').waitFor();
    screens.briefing = await expectNoEnglish(page, 'briefing');
    await page.screenshot({ path: join(SCREENSHOTS, 'uk-briefing.png') });
    await page.locator('[data-key="briefing-close"]').click();
    await page.locator('#view-setup:not([hidden])').waitFor();
    await page.locator('[data-key="setup-close"]').click();
    await page.locator('[data-key="classroom-compare"]').click();
    await page.locator('#view-compare:not([hidden])').waitFor();
    screens.compare = await expectNoEnglish(page, 'compare');
    await page.keyboard.press('Escape');

    // A solo game: the game screen, each list, an order's refusal, a choice list, help, the log, a day's report.
    await page.locator('[data-key="play-seeded:tutorial"]').click();
    await page.getByText('День 1', { exact: true }).waitFor();
    await page.locator('[data-map-ready]').waitFor();
    screens.game = await expectNoEnglish(page, 'game');
    await page.click('[data-select="formation:de-1-ab"]');
    await page.keyboard.press('m');
    await page.locator('.notices [data-notice="refusal"]').waitFor();
    screens.formation = await expectNoEnglish(page, 'formation orders');
    await page.keyboard.press('a');
    await page.waitForFunction(() => window.guarantor.snapshot()!.ordersToday.length === 1);
    await page.click('[data-select="formation:pl-1-armd"]');
    await page.keyboard.press('m');
    await page.locator('#prompt[open]').waitFor();
    screens.prompt = await expectNoEnglish(page, 'move choices');
    await page.click('#prompt[open] [data-order="move:rzeszow"]');
    await page.locator('.pending .arrival').waitFor();
    screens.pending = await expectNoEnglish(page, 'prepared move');
    await page.keyboard.press('Escape');
    await page.click('[data-tab="places"]');
    await page.click('[data-select="node:rzeszow"]');
    screens.hub = await expectNoEnglish(page, 'hub orders');
    await page.screenshot({ path: join(SCREENSHOTS, 'uk-game.png') });
    await page.click('[data-select="axis:east"]');
    screens.axis = await expectNoEnglish(page, 'axis orders');
    await page.locator('[data-note="isr"]').first().click();
    await page.locator('#note[open]').waitFor();
    screens.note = await expectNoEnglish(page, 'learning note');
    await page.keyboard.press('Escape');
    await page.click('[data-tab="coalition"]');
    screens.coalition = await expectNoEnglish(page, 'coalition orders');
    await page.keyboard.press('?');
    await page.locator('#help[open]').waitFor();
    screens.help = await expectNoEnglish(page, 'help');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Завершити день', exact: true }).click();
    await page.getByText('День 2', { exact: true }).waitFor();
    await page.locator('[data-report]:not([hidden])').waitFor();
    await page.keyboard.press('j');
    await page.locator('.day-log:not([hidden])').waitFor();
    screens.log = await expectNoEnglish(page, 'day log and report');
    await page.screenshot({ path: join(SCREENSHOTS, 'uk-log.png') });
    await page.keyboard.press('j');
    // Until the end: the result, then the review.
    for (let i = 0; i < 40; i++) {
      if ((await page.evaluate(() => window.guarantor.snapshot()!.status)) !== 'playing') break;
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('f');
      await page.waitForTimeout(50);
    }
    await page.locator('#result[open]').waitFor();
    screens.result = await expectNoEnglish(page, 'result');
    await page.locator('#result [data-key="review"]').click();
    await page.locator('#view-review:not([hidden])').waitFor();
    screens.review = await expectNoEnglish(page, 'review');
    await page.screenshot({ path: join(SCREENSHOTS, 'uk-review.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Меню' }).click();
    await page.locator('#menu[open]').waitFor();
    screens.menu = await expectNoEnglish(page, 'menu');
    await page.getByRole('button', { name: 'Головний екран' }).click();

    // A classroom game: the handover, the team strip, the facilitator's PIN, panel and pause.
    await openMore(page);
    await page.locator('[data-key="classroom-setup"]').click();
    await page.fill('#class-seed', 'klas-7');
    await page.fill('#class-pin', '1357');
    await page.locator('[data-key="class-start"]').click();
    await page.locator('#handover[open]').waitFor();
    screens.handover = await expectNoEnglish(page, 'handover');
    await page.locator('[data-key="handover-start"]').click();
    await page.locator('.classroom-bar [aria-current="true"]').waitFor();
    await page.click('[data-tab="forces"]');
    await page.click('[data-select="formation:pl-6-ab"]');
    screens.classroom = await expectNoEnglish(page, 'classroom game');
    await page.locator('[data-key="class-facilitator"]').click();
    await page.locator('#facilitator-pin[open]').waitFor();
    screens.pin = await expectNoEnglish(page, 'PIN');
    await page.fill('#pin-input', '1357');
    await page.keyboard.press('Enter');
    await page.locator('#facilitator[open]').waitFor();
    screens.facilitator = await expectNoEnglish(page, 'facilitator');
    await page.locator('[data-key="fac-pause"]').click();
    await page.keyboard.press('Escape');
    await page.locator('#paused[open]').waitFor();
    screens.paused = await expectNoEnglish(page, 'pause');
    console.info(`Ukrainian screens checked (visible texts each): ${JSON.stringify(screens)}`);
    expect(errors).toEqual([]);
  });

  it('switches language in the settings, on the title and during a game, without losing the game', async () => {
    const { page, errors } = await fresh();
    await page.locator('[data-level="tutorial"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The check does see English where there is some (a control for the checks above).
    const english = (await visibleTexts(page)).filter((x) => englishWordsIn(x, vocabulary).length > 0 || englishTemplates.some((re) => re.test(x)));
    expect(english.length).toBeGreaterThan(10);
    await openMore(page);
    await page.fill('#seed', 'klas-8');
    await page.getByRole('button', { name: 'More settings' }).click();
    await page.selectOption('#set-lang', 'uk');
    await page.getByRole('heading', { name: 'ГАРАНТ' }).waitFor();
    expect(await page.locator('#settings[open]').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#seed')).toBe('klas-8');
    await expectNoEnglish(page, 'title after switching');
    await page.locator('[data-level="tutorial"]').click();
    await page.getByText('День 1', { exact: true }).waitFor();
    await page.keyboard.press('e');
    await page.getByText('День 2', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Налаштування' }).click();
    await page.selectOption('#set-lang', 'en');
    await page.getByText('Day 2', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-map-ready]').waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.selectOption('#set-lang', 'uk');
    await page.getByText('День 2', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-map-ready]').waitFor();
    await expectNoEnglish(page, 'game after switching');
    // Remembered: a reload stays in Ukrainian.
    await page.reload();
    await page.getByRole('heading', { name: 'ГАРАНТ' }).waitFor();
    expect(errors).toEqual([]);
  });
  it('a language change mid-day keeps today’s notices and the prepared order, now in Ukrainian', async () => {
    const { page, errors } = await fresh('?level=tutorial&seed=klas-9');
    await page.getByText('Day 1', { exact: true }).waitFor();
    await page.locator('[data-map-ready]').waitFor();
    // A refusal (a move for a unit still in reserve) and a move prepared for confirmation.
    await page.click('[data-select="formation:de-1-ab"]');
    await page.keyboard.press('m');
    const refusal = page.locator('.notices [data-notice="refusal"] .notice-text');
    await refusal.first().waitFor();
    const englishRefusal = (await refusal.first().textContent())!;
    expect(englishRefusal).toContain('has not been activated');
    await page.click('[data-select="formation:pl-1-armd"]');
    await page.keyboard.press('m');
    await page.locator('#prompt[open]').waitFor();
    await page.click('#prompt[open] [data-order="move:rzeszow"]');
    await page.locator('.pending .arrival').waitFor();
    const englishPreview = (await page.locator('.pending .hint').textContent())!;
    const notices = await page.locator('.notices [data-notice]').count();

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.selectOption('#set-lang', 'uk');
    await page.getByText('День 1', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    // Still there, reworded: the same notices, the same prepared move.
    expect(await page.locator('.notices [data-notice]').count()).toBe(notices);
    const ukRefusal = (await refusal.first().textContent())!;
    const ukPreview = (await page.locator('.pending .hint').textContent())!;
    expect(ukRefusal).not.toBe(englishRefusal);
    expect(ukPreview).not.toBe(englishPreview);
    expect(ukRefusal).toMatch(/[а-яіїєґ]/i);
    expect(ukPreview).toMatch(/[а-яіїєґ]/i);
    expect(await page.locator('.pending .arrival').count()).toBe(1);
    await expectNoEnglish(page, 'game after switching mid-day');
    await page.screenshot({ path: join(SCREENSHOTS, 'uk-switched-mid-day.png') });
    // The prepared move is still the one to confirm.
    await page.locator('.pending [data-key="confirm"]').click();
    await page.waitForFunction(() => window.guarantor.snapshot()!.ordersToday.some((c) => c.type === 'move'));
    expect(errors).toEqual([]);
  });
});
