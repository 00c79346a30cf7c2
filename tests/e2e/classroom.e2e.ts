/**
 * Classroom mode in a real browser (issue 5): a three-team hot-seat game of the tutorial to the
 * end, with the facilitator injecting an event and adding a note; the review shows both, exports
 * CSV and a replay that verifies in Node; teams' replays compare side by side; the briefing and a
 * printed handout. Screenshots go to screenshots/ (git-ignored) to be looked at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { playGame } from '../../src/bots/playGame';
import { startClassroom } from '../../src/session/turns';
import { teamOfCommand } from '../../src/session/whoseOrder';
import { applyCommand, hashState, makeReplay, verifyReplay, type Command, type GameState } from '../../src/engine';
import { parseReplayText } from '../../src/replay/replaySchema';
import { facilitatorOrder } from '../../src/store/classroomActions';
import { shippedLevel } from '../helpers/shipped';
import { playClassroom, setupFor } from '../classroom/play';
import { GameDriver } from './driver';
import { resumeAsFacilitator } from './facilitator';
import { browserOrSkip, openPage, SCREENSHOTS, startHarness, type Harness } from './harness';
import { openMore } from './title';

const PIN = '2468';
const SEED = 'class-a';
const INJECT_DAY = 2;
const CARD = 't-snap';
const NOTE = 'Ask the ministers why Germany waited.';

describe.skipIf(!browserOrSkip())('classroom mode in a browser', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  async function open(path = ''): Promise<{ page: Page; errors: string[] }> {
    const { page, errors } = await openPage(h, path);
    // window.print() would wait on a dialog in a headed browser; here printing is looked at through print media.
    await page.evaluate(() => { window.print = () => {}; });
    return { page, errors };
  }

  /**
   * With the coalition lead's team at the screen, a right click on the map to move a Polish
   * formation (the Polish minister's order) is refused with the reason on screen; nothing is
   * prepared or given and the staff is untouched.
   */
  async function anotherTeamsOrderOnTheMap(page: Page, driver: GameDriver): Promise<void> {
    const before = await driver.snapshot();
    await driver.select('node', 'rzeszow');
    await page.locator('.orders-panel [data-key="centre"]').click();
    await driver.select('formation', 'pl-1-armd');
    const box = (await page.locator('#map').boundingBox())!;
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + box.height / 2);
    // The pointer is over Rzeszów once the map's tooltip names it (the camera has arrived).
    await expect.poll(async () => {
      await page.mouse.move(x + 2, y);
      await page.mouse.move(x, y);
      return (await page.locator('#map-tooltip').textContent()) ?? '';
    }, { timeout: 10_000 }).toContain('Rzeszów');
    await page.mouse.click(x, y, { button: 'right' });
    await page.locator('.notice-text', { hasText: 'This order is for the Poland minister' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'classroom-not-your-order.png') });
    const after = await driver.snapshot();
    expect(after.ordersToday).toEqual([]);
    expect(after.state.staffLeft).toEqual(before.state.staffLeft);
    expect(hashState(after.state)).toBe(hashState(before.state));
    expect(await page.locator('[data-key="confirm"]').count()).toBe(0);
  }

  it('plays a three-team hot-seat game of the tutorial to the end; the facilitator injects an event and the review shows it', async () => {
    const level = shippedLevel('tutorial');
    const { page, errors } = await open();
    await openMore(page);
    await page.locator('[data-key="classroom-setup"]').click();
    await page.locator('#view-setup:not([hidden])').waitFor();
    await page.selectOption('#class-level', 'tutorial');
    // The full tutorial: the 90-minute format (50 minutes is offered first).
    await page.locator('#class-format-50:checked').waitFor({ state: 'attached' });
    await page.check('#class-format-90');
    await page.fill('#class-seed', SEED);
    await page.fill('#class-group', 'Blue team');
    // A start without a PIN is refused with a reason.
    await page.click('[data-key="class-start"]');
    await page.locator('.setup-errors', { hasText: 'PIN' }).waitFor();
    await page.fill('#class-pin', PIN);
    await page.screenshot({ path: join(SCREENSHOTS, 'classroom-setup.png') });
    await page.click('[data-key="class-start"]');

    const driver = new GameDriver(page);
    const setup = setupFor(level);
    const teams = startClassroom(setup, '0123456789abcdef');
    let given = 0;
    let turns = 0;
    for (let guard = 0; guard < 200; guard++) {
      const snap = await driver.snapshot();
      if (snap.status !== 'playing') break;
      const handover = page.locator('#handover[open]');
      await handover.waitFor();
      const teamId = await handover.locator('.handover-team').getAttribute('data-team');
      const team = setup.teams.findIndex((x) => x.id === teamId);
      expect(team).toBeGreaterThanOrEqual(0);
      if (snap.day === 1 && team === 0) await page.screenshot({ path: join(SCREENSHOTS, 'classroom-handover.png') });

      if (snap.day === INJECT_DAY && team === 0) {
        // The facilitator steps in between two turns: wrong PIN refused, then inject and a note.
        await handover.locator('[data-key="handover-facilitator"]').click();
        await page.fill('#pin-input', '0000');
        await page.click('[data-key="pin-ok"]');
        await page.locator('#pin-error', { hasText: 'not the PIN' }).waitFor();
        await page.fill('#pin-input', PIN);
        await page.click('[data-key="pin-ok"]');
        const panel = page.locator('#facilitator[open]');
        await panel.waitFor();
        await page.selectOption('#fac-card', CARD);
        await panel.locator('[data-key="fac-inject"]').click();
        await page.waitForFunction(() => window.guarantor.snapshot()!.ordersToday.some((o) => o.type === 'inject'));
        await page.fill('#fac-note', NOTE);
        await panel.locator('[data-key="fac-add-note"]').click();
        await panel.locator('.fac-notes li', { hasText: NOTE }).waitFor();
        await panel.locator('[data-key="fac-pause"]').click();
        await page.screenshot({ path: join(SCREENSHOTS, 'classroom-facilitator.png') });
        await page.keyboard.press('Escape');
        // Paused: the page is held until the facilitator resumes.
        await page.locator('#paused[open]').waitFor();
        await resumeAsFacilitator(page, PIN);
        await handover.waitFor();
      }

      await handover.locator('[data-key="handover-start"]').click();
      await handover.waitFor({ state: 'hidden' });
      await page.locator(`.classroom-bar [data-team="${teamId}"][aria-current="true"]`).waitFor();
      if (snap.day === 1 && team === 0) {
        await page.locator('[data-map-ready]').waitFor();
        await anotherTeamsOrderOnTheMap(page, driver);
      }

      // The team's own part of a competent plan (the greedy bot's orders for this very state).
      let s: GameState = (await driver.snapshot()).state;
      const mine: Command[] = greedyBot(s, level).orders.filter((cmd) => teamOfCommand(teams, level, cmd) === team);
      for (const cmd of mine) {
        const r = applyCommand(s, level, cmd);
        if (!r.ok) continue;
        s = r.state;
        await driver.give(cmd, given++ % 2 === 0 ? 'click' : 'key');
      }
      if (snap.day === 3 && team === 1) await page.screenshot({ path: join(SCREENSHOTS, 'classroom-game.png') });
      turns++;
      const before = await driver.snapshot();
      if (turns % 2 === 0) await page.getByRole('button', { name: 'End my turn', exact: true }).click();
      else {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('e');
      }
      await page.waitForFunction((d) => {
        const x = window.guarantor.snapshot()!;
        return x.status !== 'playing' || x.day > d || document.querySelector('#handover[open]') !== null;
      }, before.day, { timeout: 10_000 }).catch(async (e: unknown) => {
        await page.screenshot({ path: join(SCREENSHOTS, 'classroom-stuck.png') });
        console.log('STUCK', turns, errors, JSON.stringify(await page.evaluate(() => ({ active: document.activeElement?.outerHTML.slice(0, 200), notices: [...document.querySelectorAll('.notice-text')].map((n) => n.textContent) }))));
        throw e;
      });
    }
    expect(given).toBeGreaterThan(10);

    // The same game in Node: three teams, the same inject and note, gives the same final state.
    const expected = playClassroom(level, SEED, {
      beforeDay: (day, ctx) => {
        if (day === INJECT_DAY) { facilitatorOrder(ctx.actions, { type: 'inject', card: CARD }); ctx.actions.addNote(NOTE); }
      },
    }).store.getState().session!;
    const end = await driver.snapshot();
    expect(end.status).toBe(expected.state.status);
    expect(hashState(end.state)).toBe(hashState(expected.state));

    // The result, then the review: the injected event with its deciding numbers, and the note.
    await page.locator('#result[open]').waitFor();
    await page.locator('#result [data-key="review"]').click();
    const review = page.locator('#view-review:not([hidden])');
    await review.waitFor();
    // The same card may also come up by itself later: the row the facilitator played says so.
    const row = review.locator(`.events tr[data-card="${CARD}"]`).filter({ hasText: 'injected by the facilitator' });
    await row.getByText('injected by the facilitator').waitFor();
    await expect.poll(async () => (await row.textContent()) ?? '').toMatch(/severity \d+ \+ escalation \d+ \+ time \d+ \+ roll \d+ \+ provocation \d+/);
    await review.locator('.rev-notes', { hasText: NOTE }).waitFor();
    await review.locator('.decisions .decision[data-order="inject"]').waitFor();
    expect(await review.locator('svg.chart').count()).toBe(4);
    await review.getByText('Force stood up on day').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'review.png'), fullPage: false });
    await page.locator('#view-review').evaluate((el) => el.scrollTo(0, 700));
    await page.screenshot({ path: join(SCREENSHOTS, 'review-events.png') });

    // Exports: the daily figures as CSV, and the replay, which verifies in Node and carries the note.
    const [csvFile] = await Promise.all([page.waitForEvent('download'), review.locator('[data-key="rev-csv"]').click()]);
    const csv = readFileSync(await csvFile.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^day,ready troops,certified core,escalation rung,escalation,unity/);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(end.day + 2);
    expect(csvFile.suggestedFilename()).toMatch(/^guarantor-tutorial-class-a-Blue-team-day\d+\.csv$/);
    const [replayFile] = await Promise.all([page.waitForEvent('download'), review.locator('[data-key="rev-replay"]').click()]);
    const replayText = readFileSync(await replayFile.path(), 'utf8');
    const parsed = parseReplayText(replayText, 'blue.replay.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.replay.notes).toEqual([{ day: INJECT_DAY, text: NOTE }]);
    expect(parsed.replay.pools?.map((p) => p.id)).toEqual(['lead', 'ministers-1', 'us', 'facilitator']);
    expect(verifyReplay(parsed.replay, level)).toMatchObject({ valid: true, hash: hashState(end.state) });

    // Compare runs: this screen's game and another team's replay of the same level and seed.
    await review.locator('[data-key="rev-compare"]').click();
    const compare = page.locator('#view-compare:not([hidden])');
    await compare.waitFor();
    await compare.locator('[data-key="cmp-this"]').click();
    const solo = playGame(level, SEED, greedyBot);
    const other = makeReplay(level, SEED, solo.days, solo.state);
    await page.setInputFiles('#cmp-files', { name: 'Red team.replay.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await compare.locator('tr[data-run-row]').nth(1).waitFor();
    expect(await compare.locator('tr[data-run-row] input').evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value))).toEqual(['Blue team', 'Red team']);
    const milestones = compare.locator('.cmp-milestones');
    await milestones.getByRole('columnheader', { name: 'Red team' }).waitFor();
    await expect.poll(async () => (await milestones.locator('tbody tr').last().textContent()) ?? '').toMatch(/\d/);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare.png') });
    expect(errors).toEqual([]);
  });

  it('shows a briefing per level and prints one handout per role', async () => {
    const { page, errors } = await open();
    await openMore(page);
    await page.locator('[data-briefing="forty-thousand"]').click();
    const view = page.locator('#view-briefing:not([hidden])');
    await view.waitFor();
    for (const heading of ['The situation', 'The guarantee being built', 'Learning goals', 'Who controls what']) await view.getByRole('heading', { name: heading }).waitFor();
    await view.locator('.briefing-screen').getByText('At least 40,000 troops ready at the staging hubs.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'briefing.png') });
    // Projector text size: the classroom screens grow with it (rem-based sizes).
    const headingPx = () => view.getByRole('heading', { name: 'The situation' }).evaluate((x) => parseFloat(getComputedStyle(x).fontSize));
    const normal = await headingPx();
    await page.evaluate(() => { (document.querySelector('#view-briefing [data-key="briefing-close"]') as HTMLElement).click(); });
    await page.getByRole('button', { name: 'More settings' }).click();
    await page.selectOption('#set-textScale', '1.6');
    await page.keyboard.press('Escape');
    await page.locator('[data-briefing="forty-thousand"]').click();
    await view.waitFor();
    expect(await headingPx()).toBeCloseTo(normal * 1.6, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'briefing-projector.png') });
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'More settings' }).click();
    await page.selectOption('#set-textScale', '1');
    await page.keyboard.press('Escape');
    await page.locator('[data-briefing="forty-thousand"]').click();
    await view.waitFor();

    // Print the US liaison's handout: in print media only that one page shows.
    await view.locator('[data-key="print-handout:us"]').click();
    expect(await page.evaluate(() => document.documentElement.dataset.print)).toBe('handouts');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator('.handout').evaluateAll((xs) => xs.filter((x) => getComputedStyle(x).display !== 'none').map((x) => (x as HTMLElement).dataset.team));
    expect(shown).toEqual(['us']);
    expect(await page.locator('.title-screen').evaluate((x) => getComputedStyle(x).display)).toBe('none');
    await page.screenshot({ path: join(SCREENSHOTS, 'handout-us-print.png'), fullPage: true });
    await view.locator('[data-key="print-handout:ministers-1"]').evaluate((b) => (b as HTMLButtonElement).click());
    await page.pdf({ path: join(SCREENSHOTS, 'handout-ministers.pdf'), format: 'A4', printBackground: true });
    // One page per role, even the ministers of all eleven guarantors.
    const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    for (const team of ['lead', 'ministers-1', 'us']) {
      await view.locator(`[data-key="print-handout:${team}"]`).evaluate((b) => (b as HTMLButtonElement).click());
      expect(pages(await page.pdf({ format: 'A4', printBackground: true })), team).toBe(1);
    }
    // Every role's page and the national briefs (the facilitator's sheet is never among them).
    await view.locator('[data-key="print-handouts"]').evaluate((b) => (b as HTMLButtonElement).click());
    expect(pages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(4);
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });
});
