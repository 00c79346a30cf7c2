/**
 * Fewer chores (issue 12), in a real browser: a unit dragged on the map or from the forces list
 * onto a place is ordered there; "activate every unit that can" gives ordinary orders one by one;
 * a threat card says what it costs if it lands and what answers it; with Ctrl a drag moves the
 * unit's whole stack, one ordinary order per unit, undone one at a time.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexLevel } from '../../src/engine';
import { stackMoveCommands } from '../../src/session/bulkOrders';
import { startSession } from '../../src/session/session';
import { SAVE_KEYS } from '../../src/saves/saveSlots';
import { midgameSave } from '../../tools/midgameSave';
import { shippedLevel } from '../helpers/shipped';
import { browserOrSkip, openPage, SCREENSHOTS, startHarness, type Harness } from './harness';

const MOVE = { type: 'move', formation: 'pl-1-armd', to: 'rzeszow' };

describe.skipIf(!browserOrSkip())('fewer chores', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  it('drags a unit onto a place from the map and from the list, activates in bulk, and words the stakes', async () => {
    const { page, errors } = await openPage(h, '?level=tutorial&seed=b&probe=map');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('[data-map-ready]').waitFor();
    const orders = () => page.evaluate(() => window.guarantor.snapshot()!.ordersToday);
    const undoAll = async () => {
      while ((await orders()).length) {
        const n = (await orders()).length;
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('u');
        await page.waitForFunction((x) => window.guarantor.snapshot()!.ordersToday.length === x - 1, n);
      }
    };

    // On the map: hover the unit's stack to open it, press on its chip, carry it to Rzeszów, drop.
    const target = (await page.evaluate(() => window.__mapProbe!.node('rzeszow')))!;
    let u = await page.evaluate(() => window.__mapProbe!.unit('pl-1-armd'));
    expect(u).not.toBeNull();
    if (u!.kind === 'stack' && !u!.top) {
      await page.mouse.move(u!.x, u!.y);
      await page.waitForFunction(() => window.__mapProbe!.unit('pl-1-armd')?.kind === 'chip');
      u = await page.evaluate(() => window.__mapProbe!.unit('pl-1-armd'));
    }
    await page.mouse.move(u!.x, u!.y);
    await page.mouse.down();
    await page.mouse.move(target[0], target[1], { steps: 8 });
    await page.screenshot({ path: join(SCREENSHOTS, 'drag-unit.png') });
    await page.mouse.up();
    await page.waitForFunction(() => window.guarantor.snapshot()!.ordersToday.length === 1);
    expect(await orders()).toEqual([MOVE]);
    await undoAll();

    // From the forces list onto the map.
    await page.click('[data-tab="forces"]');
    await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.setAttribute('data-drop-canvas', ''), target);
    const box = (await page.locator('canvas[data-drop-canvas]').boundingBox())!;
    await page.dragAndDrop('[data-select="formation:pl-1-armd"]', 'canvas[data-drop-canvas]', { targetPosition: { x: target[0] - box.x, y: target[1] - box.y } });
    await page.waitForFunction(() => window.guarantor.snapshot()!.ordersToday.length === 1);
    expect(await orders()).toEqual([MOVE]);
    await undoAll();

    // Bulk: ordinary activations, as many as the button said, each its own line in today's orders.
    const label = await page.locator('[data-key="bulk:activate"]').textContent();
    const n = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
    expect(n).toBeGreaterThan(0);
    await page.click('[data-key="bulk:activate"]');
    await page.waitForFunction(() => window.guarantor.snapshot()!.ordersToday.length > 0);
    const given = await orders();
    expect(given.every((c) => c.type === 'activate')).toBe(true);
    expect(given.length).toBeLessThanOrEqual(n);
    expect(await page.locator('.today li').count()).toBe(given.length);
    await page.screenshot({ path: join(SCREENSHOTS, 'bulk-activate.png') });

    // Reserve units say their notice-to-move before anyone tries them.
    const ix = indexLevel(shippedLevel('tutorial'));
    const reserve = (await page.evaluate(() => window.guarantor.snapshot()!.state.formations))
      .map((f, i) => ({ f, def: ix.formations[i]! })).filter(({ f }) => f.status === 'reserve');
    for (const { def } of reserve) {
      await expect.poll(() => page.locator(`[data-select="formation:${def.id}"] .ntm`).textContent()).toMatch(/^NTM \d+ days?$/);
    }

    // Threat cards, once one is known, say what it costs and what answers it.
    for (let d = 0; d < 12 && !(await page.locator('.threat .stakes').count()); d++) {
      const day = await page.evaluate(() => window.guarantor.snapshot()!.day);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('e');
      await page.waitForFunction((x) => window.guarantor.snapshot()!.day > x, day);
    }
    const card = page.locator('.threat').first();
    expect(await card.locator('.stakes').textContent()).toMatch(/^If it lands: \S/);
    if (await card.locator('.answers').count()) expect(await card.locator('.answers').textContent()).toMatch(/^What answers it: .+ \(raise with [A-Z]\)/);
    await card.screenshot({ path: join(SCREENSHOTS, 'threat-card.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Ctrl-drags a whole stack onto a place: one move for every unit there free to leave, undone one by one', async () => {
    // Forty Thousand after the expert's first 13 days (a save, opened through Continue): Estonia's
    // two ready units stand together at Tapa.
    const text = midgameSave('forty-thousand', 'chores-stack', 13);
    const { page, errors } = await openPage(h, '?probe=map');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.evaluate(([k, latest, t]) => { localStorage.clear(); localStorage.setItem(k!, t!); localStorage.setItem(latest!, 'a'); }, [SAVE_KEYS.a, SAVE_KEYS.latest, text]);
    await page.reload();
    await page.locator('[data-key="continue-saved"]').click();
    await page.locator('[data-map-ready]').waitFor();
    const level = shippedLevel('forty-thousand');
    const snap = (await page.evaluate(() => window.guarantor.snapshot()!.state));
    const g = { ...startSession(level, 'chores-stack'), state: snap, dayStart: snap };
    const from = 'tapa';
    const expected = stackMoveCommands(g, from, 'rzeszow');
    // A stack worth the gesture: more than one unit leaves with it.
    expect(expected.length).toBeGreaterThan(1);
    const orders = () => page.evaluate(() => window.guarantor.snapshot()!.ordersToday);

    // The place's hover card says how many could leave together, and how.
    const home = (await page.evaluate((id) => window.__mapProbe!.node(id), from))!;
    const spotOf = async (x: number, y: number, want: (x: number, y: number) => Promise<boolean>) => {
      for (const [dx, dy] of [[0, 0], [6, 0], [-6, 0], [0, 6], [0, -6], [10, 10], [-10, -10], [10, -10], [-10, 10], [14, 0], [-14, 0], [0, 14], [0, -14]]) {
        if (await want(x + dx!, y + dy!)) return [x + dx!, y + dy!] as const;
      }
      return null;
    };
    const grab = (await spotOf(home[0], home[1], async (x, y) => (await page.evaluate(([a, b]) => window.__mapProbe!.grabAt(a!, b!), [x, y])) !== null))!;
    expect(grab).not.toBeNull();
    await page.mouse.move(grab[0], grab[1]);
    await expect.poll(() => page.locator('#map-tooltip').textContent()).toContain(`${expected.length}: Ctrl + drag moves them all`);
    // What the press picks up, after the hover has opened the stack: one of its units' chips.
    const members = expected.map((c) => (c as { formation: string }).formation);
    const chip = (await page.evaluate((id) => window.__mapProbe!.unit(id), members[0]!))!;
    const press = (await spotOf(chip.x, chip.y, async (x, y) => members.includes(String(await page.evaluate(([a, b]) => window.__mapProbe!.grabAt(a!, b!), [x, y])))))!;
    expect(press).not.toBeNull();
    const target = (await page.evaluate(() => window.__mapProbe!.node('rzeszow')))!;
    const drop = (await spotOf(target[0], target[1], async (x, y) => (await page.evaluate(([a, b]) => window.__mapProbe!.dropAt(a!, b!), [x, y])) === 'rzeszow'))!;
    await page.mouse.move(press[0], press[1]);
    await page.keyboard.down('Control');
    await page.mouse.down();
    await page.mouse.move(drop[0], drop[1], { steps: 8 });
    await page.screenshot({ path: join(SCREENSHOTS, 'drag-stack.png') });
    await page.mouse.up();
    await page.keyboard.up('Control');
    await page.waitForFunction((n) => window.guarantor.snapshot()!.ordersToday.length === n, expected.length);
    expect(await orders()).toEqual(expected);
    expect(await page.locator('.today li').count()).toBe(expected.length);
    // Undo takes back the last unit's move only.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('u');
    await page.waitForFunction((n) => window.guarantor.snapshot()!.ordersToday.length === n - 1, expected.length);
    expect(await orders()).toEqual(expected.slice(0, -1));
    expect(errors).toEqual([]);
    await page.close();
  });
});
