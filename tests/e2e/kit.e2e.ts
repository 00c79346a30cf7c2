/**
 * The facilitator's kit in a real browser (issue 14): the review's turning points branch a new
 * game from the day before, which then plays on. Screenshots go to screenshots/ to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishVocabulary, englishWordsIn } from '../helpers/english';
import { makeExpert } from '../../src/bots/expert';
import { greedyBot } from '../../src/bots/greedy';
import { playGame } from '../../src/bots/playGame';
import { makeReplay } from '../../src/engine';
import { level as levelFile } from '../balance/helpers';
import { GameDriver } from './driver';
import { browserOrSkip, openPage, SCREENSHOTS, startHarness, type Harness } from './harness';
import { openMore } from './title';

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

  /** Pages in a PDF printed by Chromium (its page objects are not compressed). */
  const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

  /** Print the page as the browser would to PDF, and turn each page into a PNG to look at. */
  async function printToPng(page: Page, name: string): Promise<number> {
    const file = join(SCREENSHOTS, `${name}.pdf`);
    const pdf = await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    for (const f of readdirSync(SCREENSHOTS).filter((x) => x.startsWith(`${name}-`) && x.endsWith('.png'))) rmSync(join(SCREENSHOTS, f));
    try { execFileSync('pdftoppm', ['-png', '-r', '70', file, join(SCREENSHOTS, name)]); } catch { /* no poppler-utils: the PDF is still there */ }
    return pagesOf(pdf);
  }

  it('prints one page per role with the theatre map, the national briefs, the facilitator sheet and the guide', async () => {
    const { page, errors } = await openPage(h, '');
    // window.print() would open a dialog; the test prints through page.pdf() instead.
    await page.evaluate(() => { window.print = () => {}; });
    await openMore(page);
    await page.locator('[data-key="classroom-setup"]').click();
    await page.locator('#view-setup:not([hidden])').waitFor();
    await page.selectOption('#class-level', 'north');
    await page.locator('#class-format-50:checked').waitFor({ state: 'attached' });
    await page.fill('#class-seed', 'print-7');
    await page.selectOption('#class-groups', '2');
    await page.screenshot({ path: join(SCREENSHOTS, 'kit-setup-formats.png') });
    await page.click('[data-key="class-setup-briefing"]');
    await page.locator('#view-briefing:not([hidden])').waitFor();
    // Lead, two teams of ministers, the US: four role pages, each with its map drawn.
    expect(await page.locator('.handout-role').count()).toBe(4);
    await page.waitForFunction(() => [...document.querySelectorAll('.handout-role .handout-map')].every((f) => f.getAttribute('data-map-drawn') === 'true'));
    expect(await page.locator('.handout-role svg.theatre-map').count()).toBe(4);
    // The facilitator's sheet is for the seed typed on the set-up screen.
    expect(await page.locator('.handout-sheet .sheet-game').textContent()).toContain('print-7');

    await page.click('[data-key="print-handouts"]');
    expect(await printToPng(page, 'kit-handouts')).toBe(5);
    await page.click('[data-key="print-handout:ministers-1"]');
    expect(await printToPng(page, 'kit-handout-ministers')).toBe(1);
    await page.click('[data-key="print-handout:facilitator"]');
    expect(await printToPng(page, 'kit-sheet')).toBe(1);

    await page.click('[data-key="brief-guide"]');
    await page.locator('#view-guide:not([hidden])').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'kit-guide.png') });
    await page.click('[data-key="print-guide"]');
    const guidePages = await printToPng(page, 'kit-guide');
    expect(guidePages).toBeGreaterThanOrEqual(2);
    expect(guidePages).toBeLessThanOrEqual(5);
    expect(errors).toEqual([]);
  });

  it('in Ukrainian: the set-up\'s lesson lengths, the guide and the printed handouts hold no English', async () => {
    const vocabulary = englishVocabulary();
    /** Text nodes under a selector with English words in them (names shared by both languages aside). */
    const englishIn = (page: Page, selector: string) => page.locator(selector).evaluate((root) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) { const x = (walker.currentNode.textContent ?? '').trim(); if (x) out.push(x); }
      return out;
    }).then((texts) => texts.filter((x) => englishWordsIn(x, vocabulary).length > 0));
    const { page, errors } = await openPage(h, '?lang=uk');
    await page.evaluate(() => { window.print = () => {}; });
    await openMore(page);
    await page.locator('[data-key="classroom-setup"]').click();
    await page.locator('#view-setup:not([hidden])').waitFor();
    await page.selectOption('#class-level', 'south');
    expect(await englishIn(page, '.setup-format')).toEqual([]);
    await page.click('[data-key="class-setup-guide"]');
    await page.locator('#view-guide:not([hidden])').waitFor();
    expect(await englishIn(page, '#view-guide')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'kit-guide-uk.png') });
    await page.keyboard.press('Escape');
    await page.locator('#view-setup:not([hidden])').waitFor();
    await page.click('[data-key="class-setup-briefing"]');
    await page.locator('#view-briefing:not([hidden])').waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.handout-role .handout-map')].every((f) => f.getAttribute('data-map-drawn') === 'true'));
    expect(await englishIn(page, '.handouts')).toEqual([]);
    await page.click('[data-key="print-handouts"]');
    expect(await printToPng(page, 'kit-handouts-uk')).toBe(4);
    expect(errors).toEqual([]);
    // The browser's pages share their storage: the next test starts in English, at normal size.
    await page.evaluate(() => localStorage.clear());
  });

  it('compares two teams\' replays of the same seed and lists where their decisions differed', async () => {
    const lv = levelFile('north-50min');
    const dir = mkdtempSync(join(tmpdir(), 'kit-cmp-'));
    const files = [['red', greedyBot], ['blue', makeExpert()]] as const;
    for (const [name, bot] of files) {
      const g = playGame(lv, 'cmp-3', bot, {}, true);
      writeFileSync(join(dir, `${name}.replay.json`), JSON.stringify(makeReplay(lv, 'cmp-3', g.days, g.state)));
    }
    const { page, errors } = await openPage(h, '');
    await openMore(page);
    await page.locator('[data-key="classroom-compare"]').click();
    await page.locator('#view-compare:not([hidden])').waitFor();
    await page.setInputFiles('#cmp-files', files.map(([name]) => join(dir, `${name}.replay.json`)));
    const rows = page.locator('.cmp-diff-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    // Day 1: each team's own orders are named, in words.
    const first = page.locator('.cmp-diff-table tr[data-diff-day="1"]');
    expect(await first.locator('.diff-orders li').count()).toBeGreaterThan(0);
    await page.locator('.cmp-diffs').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'kit-compare-diffs.png') });
    rmSync(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
  });

  it('presentation mode on a 1280×720 projector at 160% text: no speedrun timer, the map keeps most of the screen', async () => {
    const { page, errors } = await openPage(h, '?level=north&seed=proj-1');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('[data-map-ready]').waitFor();
    const mapBox = async () => (await page.locator('.map-area').boundingBox())!;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.selectOption('#set-textScale', '1.6');
    await page.keyboard.press('Escape');
    // Without presentation mode the sidebars no longer take the map's width at 160%.
    const plain = await mapBox();
    await page.screenshot({ path: join(SCREENSHOTS, 'kit-160-plain.png') });
    expect(plain.width).toBeGreaterThanOrEqual(1280 * 0.4);
    expect(await page.locator('.run-panel').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.check('#set-presentation');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.documentElement.dataset.presentation === 'true');
    const big = await mapBox();
    await page.screenshot({ path: join(SCREENSHOTS, 'kit-160-presentation.png') });
    expect(big.width).toBeGreaterThanOrEqual(1280 * 0.55);
    expect(big.height).toBeGreaterThanOrEqual(720 * 0.6);
    expect(await page.locator('.run-panel').isVisible()).toBe(false);
    // Text stays at the 160% asked for (presentation mode only raises smaller sizes).
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('25.6px');
    expect(errors).toEqual([]);
    await page.evaluate(() => localStorage.clear());
  });

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

    // The branched game's decision log: the role badge is a badge, not a bar across the row.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator('#menu[open] [data-key="review"]').click();
    const order = page.locator('#view-review:not([hidden]) .decision.order[data-order="summit"]');
    await order.scrollIntoViewIfNeeded();
    const row = (await order.boundingBox())!;
    const badge = (await order.locator('.tag').boundingBox())!;
    expect(badge.width).toBeLessThan(row.width / 4);
    expect(badge.height).toBeLessThan(row.height);
    await page.screenshot({ path: join(SCREENSHOTS, 'kit-decision-log.png') });
    // The printed review: the deadline label sits inside the chart (looked at in kit-review-1.png).
    await page.evaluate(() => { window.print = () => {}; });
    await page.click('[data-key="rev-print"]');
    const chart = page.locator('#view-review svg.chart').first();
    const label = chart.locator('.ref-v + .ref-label').last();
    const [c, l] = [(await chart.boundingBox())!, (await label.boundingBox())!];
    expect(l.x + l.width).toBeLessThanOrEqual(c.x + c.width + 0.5);
    expect(await printToPng(page, 'kit-review')).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
  });
});
