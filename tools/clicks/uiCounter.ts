/**
 * Gives orders through the game's interface in a real browser and counts what a player's hands do:
 * clicks (a select's choice counts two: open it, pick), key presses, and drags (press, carry,
 * release). Scrolling and pointer moves without a press are not counted. Two ways: 'old' uses only
 * what the game had before the bulk and drag orders (select a row, press the order's key, choose,
 * confirm); 'new' adds the row's Activate button, the bulk orders, dragging units (and with Ctrl
 * whole stacks) on the map, and selecting places and axes by a click on the map. It aims as a player
 * does, at a part of a piece or place that is not under another (the map probe says what a press,
 * a click or a drop at a point would reach), and falls back to the lists when nothing is in view.
 */
import type { Page } from 'playwright-core';
import type { Command } from '../../src/engine';
import type { Step } from './plan';

const ORDER_KEY: Record<string, string> = {
  activate: 'a', move: 'm', airlift: 'l', training: 't', exercise: 'x', preposition: 'p', missileDefence: 'd',
  isr: 'i', plan: 'c', commit: 'v', surge: 's', summit: 'g', protocol: 'r', munitions: 'w', cyber: 'y', reassure: 'n', euroLift: 'o',
};

export interface Tally { clicks: number; keys: number; drags: number }

export class UiCounter {
  readonly t: Tally = { clicks: 0, keys: 0, drags: 0 };
  /** drags tried that did not land (the place or the unit was covered or off the map) */
  missedDrags = 0;
  /** select places and axes by a click on the map (the new way) rather than in the lists */
  private mapSelect = false;
  constructor(readonly page: Page) {}

  private async click(selector: string): Promise<void> {
    await this.page.click(selector);
    this.t.clicks++;
  }

  private async key(k: string): Promise<void> {
    await this.page.keyboard.press(k);
    this.t.keys++;
  }

  private ordersToday(): Promise<number> {
    return this.page.evaluate(() => window.guarantor.snapshot()!.ordersToday.length);
  }

  private async waitOrders(n: number): Promise<void> {
    await this.page.waitForFunction((x) => window.guarantor.snapshot()!.ordersToday.length === x, n, { timeout: 10000 }).catch(async (e) => {
      const notices = await this.page.$$eval('.notice, [role=status], [role=alert]', (els) => els.map((x) => x.textContent).join(' | '));
      throw new Error(`expected ${n} orders today; notices: ${notices}; ${String(e)}`);
    });
  }

  private async tab(id: 'forces' | 'places' | 'coalition'): Promise<void> {
    if ((await this.page.getAttribute(`[data-tab="${id}"]`, 'aria-selected')) !== 'true') await this.click(`[data-tab="${id}"]`);
  }

  private async row(kind: 'formation' | 'node' | 'axis', id: string): Promise<void> {
    if (this.mapSelect && (await this.selectOnMap(kind, id))) return;
    await this.tab(kind === 'formation' ? 'forces' : 'places');
    const sel = `[data-select="${kind}:${id}"]`;
    if ((await this.page.getAttribute(sel, 'aria-pressed')) === 'true') return;
    if (!(await this.page.locator(sel).isVisible())) await this.click('details.others > summary');
    await this.click(sel);
  }

  /** The new way selects a unit, a place or an axis where it is, on the map, with one click, when a
   *  spot of it is in view and not under something else; false to use the lists instead. */
  private async selectOnMap(kind: 'formation' | 'node' | 'axis', id: string): Promise<boolean> {
    const want = `${kind}:${id}`;
    // Already selected: nothing to do.
    if ((await this.page.getAttribute('.orders-panel', 'data-selection')) === want) return true;
    const selects = async (x: number, y: number) => (await this.page.evaluate(([px, py]) => window.__mapProbe!.selectsAt(px!, py!), [x, y])) === want;
    for (let tries = 0; tries < 2; tries++) {
      const at = await this.page.evaluate(([k, i]) => {
        const p = window.__mapProbe!;
        if (k === 'node') return p.node(i!);
        if (k === 'axis') return p.axis(i!);
        const u = p.unit(i!);
        return u ? [u.x, u.y] as [number, number] : null;
      }, [kind, id]);
      if (!at) return false;
      const spot = await this.spot(at[0], at[1], selects);
      if (!spot) return false;
      // The pointer there may open a stack and move what is under it: look again before clicking.
      await this.page.mouse.move(spot[0], spot[1]);
      await this.page.waitForTimeout(60);
      if (!(await selects(spot[0], spot[1]))) continue;
      await this.page.mouse.click(spot[0], spot[1]);
      this.t.clicks++;
      // Did the click select it (the order panel says what its orders apply to)? Else the lists.
      const took = await this.page.waitForFunction((w) => document.querySelector('.orders-panel')?.getAttribute('data-selection') === w, want, { timeout: 1500 })
        .then(() => true, () => false);
      if (!took && process.env.VERBOSE) console.log(`    map click did not select ${want}`);
      return took;
    }
    return false;
  }

  /** In an open choice list: the n-th choosable entry by its digit, else a click on it. */
  private async choose(key: string): Promise<void> {
    await this.page.locator('#prompt[open]').waitFor();
    const keys = await this.page.$$eval('#prompt[open] .order-btn:not([aria-disabled])', (els) => els.map((e) => (e as HTMLElement).dataset.order));
    const i = keys.indexOf(key);
    if (i >= 0 && i < 9) await this.key(String(i + 1));
    else await this.click(`#prompt[open] [data-order="${key}"]`);
  }

  /** One order the old way: select, the order's key, a choice, a confirmation. */
  async oneOld(cmd: Command): Promise<void> {
    const before = await this.ordersToday();
    const k = cmd.type === 'allocate' ? ORDER_KEY[cmd.enabler]! : ORDER_KEY[cmd.type]!;
    switch (cmd.type) {
      case 'activate': await this.row('formation', cmd.formation); await this.key(k); break;
      case 'move': case 'airlift':
        await this.row('formation', cmd.formation);
        await this.key(k);
        await this.choose(`${cmd.type}:${cmd.to}`);
        await this.page.locator('.pending [data-key="confirm"]').waitFor();
        await this.key('Enter');
        break;
      case 'exercise': case 'preposition': await this.row('node', cmd.hub); await this.key(k); break;
      case 'plan': case 'commit': case 'surge': await this.row('axis', cmd.axis); await this.key(k); break;
      case 'summit': case 'protocol': case 'euroLift': await this.key(k); break;
      case 'reassure': await this.key(k); await this.choose(`reassure:${cmd.nation}`); break;
      case 'allocate':
        switch (cmd.enabler) {
          case 'isr': await this.row('axis', cmd.axis); break;
          case 'missileDefence': await this.row('node', cmd.hub); break;
          case 'training': await this.row('formation', cmd.formation); break;
          default: break;
        }
        await this.key(k);
        if (cmd.enabler === 'cyber') await this.choose(`cyber:${cmd.network}`);
        break;
      default: throw new Error(`no way to give ${cmd.type} here`);
    }
    await this.waitOrders(before + 1);
  }

  /** A step the new way: bulk orders, the row's Activate, a drag on the map; anything else as before. */
  async stepNew(st: Step): Promise<void> {
    this.mapSelect = true;
    const before = await this.ordersToday();
    if (st.kind === 'activateAll') {
      await this.tab('forces');
      await this.click('[data-key="bulk:activate"]');
      await this.waitOrders(before + st.cmds.length);
      return;
    }
    if (st.kind === 'sendAll') {
      await this.tab('forces');
      for (const [sel, v] of [['[data-key="bulk:nation"]', st.nation], ['[data-key="bulk:hub"]', st.hub]] as const) {
        if ((await this.page.inputValue(sel)) !== v) {
          await this.page.selectOption(sel, v);
          this.t.clicks += 2;
        }
      }
      await this.click('[data-key="bulk:send"]');
      await this.waitOrders(before + st.cmds.length);
      return;
    }
    if (st.kind === 'stack') {
      // Ctrl-drag any unit of the stack onto the hub; if the stack cannot be reached, one by one.
      const members = st.cmds.map((c) => (c as { formation: string }).formation);
      if (await this.drag(members[0]!, st.hub, false, true, members)) {
        await this.waitOrders(before + st.cmds.length);
        return;
      }
      for (const cmd of st.cmds) await this.stepNew({ kind: 'one', cmd });
      return;
    }
    const cmd = st.cmd;
    if (cmd.type === 'activate') {
      await this.tab('forces');
      const button = `[data-key="activate:${cmd.formation}"]`;
      if (await this.page.locator(button).count()) {
        await this.click(button);
        await this.waitOrders(before + 1);
        return;
      }
    }
    if ((cmd.type === 'move' || cmd.type === 'airlift') && (await this.drag(cmd.formation, cmd.to, cmd.type === 'airlift'))) {
      if (await this.page.locator('.pending [data-key="confirm"]').count()) await this.key('Enter');
      await this.waitOrders(before + 1);
      return;
    }
    await this.oneOld(cmd);
  }

  /** Drag a unit onto a place, as a player does: hover its stack to open it, press on its chip,
   *  carry it to the place, release (holding Shift for an airlift, Ctrl for its whole stack).
   *  False when not possible. */
  private async drag(formation: string, to: string, airlift: boolean, whole = false, wholeOf: string[] = []): Promise<boolean> {
    const probe = (f: string) => this.page.evaluate((id) => window.__mapProbe!.unit(id), f);
    let u = await probe(formation);
    if (u && u.kind === 'stack' && !u.top) {
      await this.page.mouse.move(u.x, u.y);
      await this.page.waitForTimeout(50);
      u = await probe(formation);
    }
    const target = await this.page.evaluate((id) => window.__mapProbe!.node(id), to);
    if (!target) return this.miss(`${to} not drawn`);
    // The day's report over the map hides the place: close it first, as a player would (one click).
    const underReport = await this.page.evaluate(([x, y]) => Boolean(document.elementFromPoint(x!, y!)?.closest('.report')), target);
    if (underReport) await this.click('.report .report-head button');
    if (!(await this.spot(target[0], target[1], async () => true))) return this.miss(`${to} covered`);
    const before = await this.ordersToday();
    if (!u || (u.kind === 'stack' && !u.top) || !(await this.spot(u.x, u.y, async () => true))) {
      // Not on screen (no spot of it on the canvas, all under a panel or a notice): drag its row
      // from the forces list onto the place instead.
      if (airlift || whole) return this.miss(`${formation} not on the map (${JSON.stringify(u)})`);
      await this.tab('forces');
      const row = `[data-select="formation:${formation}"]`;
      // The canvas a drop there reaches (the map's top layer), marked for the tool to aim at.
      await this.page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.setAttribute('data-drop-canvas', ''), target);
      const box = await this.page.locator('canvas[data-drop-canvas]').boundingBox();
      if (!box) return false;
      await this.page.dragAndDrop(row, 'canvas[data-drop-canvas]', { targetPosition: { x: target[0] - box.x, y: target[1] - box.y } });
      this.t.drags++;
      return this.landed(before, `row of ${formation} onto ${to} at ${target.join(',')}`);
    }
    // Aim as a player does: at a part of the chip a press picks it up from (not under a label), and
    // at a part of the place a drop lands on. Hovering may open a stack and move the chip: look again.
    const grabs = [formation, ...(whole ? wholeOf : [])];
    let press: [number, number] | null = null;
    for (let tries = 0; tries < 3 && !press; tries++) {
      const at = await this.spot(u.x, u.y, async (x, y) => grabs.includes(String(await this.page.evaluate(([px, py]) => window.__mapProbe!.grabAt(px!, py!), [x, y]))));
      if (!at) break;
      await this.page.mouse.move(at[0], at[1]);
      await this.page.waitForTimeout(60);
      if (grabs.includes(String(await this.page.evaluate(([px, py]) => window.__mapProbe!.grabAt(px!, py!), at)))) press = at;
      else {
        const again = await probe(formation);
        if (!again) break;
        u = again;
      }
    }
    if (!press) return this.miss(`no spot of ${formation} picks it up (${JSON.stringify(u)})`);
    const drop = await this.spot(target[0], target[1], async (x, y) => (await this.page.evaluate(([px, py]) => window.__mapProbe!.dropAt(px!, py!), [x, y])) === to);
    if (!drop) return this.miss(`no spot of ${to} takes a drop`);
    const held = [...(airlift ? ['Shift'] : []), ...(whole ? ['Control'] : [])];
    for (const k of held) {
      await this.page.keyboard.down(k);
      this.t.keys++;
    }
    await this.page.mouse.down();
    await this.page.mouse.move(drop[0], drop[1], { steps: 6 });
    await this.page.mouse.up();
    for (const k of held) await this.page.keyboard.up(k);
    this.t.drags++;
    return this.landed(before, `${formation} ${JSON.stringify(u)} at ${press.join(',')} onto ${to} at ${drop.join(',')}`);
  }

  /** The first point near (x, y), nearest first, on the map's canvas where `ok` holds. */
  private async spot(x: number, y: number, ok: (x: number, y: number) => Promise<boolean>): Promise<[number, number] | null> {
    for (const r of [0, 5, 9, 14]) {
      for (const [dx, dy] of r === 0 ? [[0, 0]] : [[r, 0], [-r, 0], [0, r], [0, -r], [r, r], [-r, r], [r, -r], [-r, -r]]) {
        const px = Math.round(x + dx!);
        const py = Math.round(y + dy!);
        const onCanvas = await this.page.evaluate(([a, b]) => document.elementFromPoint(a!, b!)?.tagName === 'CANVAS', [px, py]);
        if (onCanvas && (await ok(px, py))) return [px, py];
      }
    }
    return null;
  }

  private miss(why: string): false {
    if (process.env.VERBOSE) console.log(`    drag not possible: ${why}`);
    return false;
  }

  /** Did the drag give the order (or prepare it for Confirm)? A miss is counted and told. */
  private async landed(before: number, why = ''): Promise<boolean> {
    const ok = await this.page.waitForFunction((n) => window.guarantor.snapshot()!.ordersToday.length > n || document.querySelector('.pending [data-key="confirm"]') !== null, before, { timeout: 2000 })
      .then(() => true, () => false);
    if (!ok) {
      this.missedDrags++;
      const notices = await this.page.$$eval('.notice, [role=status], [role=alert]', (els) => els.map((x) => x.textContent).join(' | '));
      this.miss(`dropped, but no order came of it (${why}; notices: ${notices})`);
      if (process.env.CLICKS_SHOTS) await this.page.screenshot({ path: `${process.env.CLICKS_SHOTS}/miss-${this.missedDrags}.png` });
    }
    return ok;
  }

  /** Advance (F): days end by themselves until one needs a look; `to` is the day it must land on. */
  async advance(to: number): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.key('f');
    await this.page.waitForFunction((d) => {
      const s = window.guarantor.snapshot()!;
      return s.day >= d || s.status !== 'playing';
    }, to);
  }

  async endDay(): Promise<void> {
    const day = await this.page.evaluate(() => window.guarantor.snapshot()!.day);
    // The key is pressed where a player would: with no form field focused (not counted: a click on
    // the map or anywhere does it, and the focus is usually on a button already).
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.key('e');
    await this.page.waitForFunction((d) => {
      const s = window.guarantor.snapshot()!;
      return s.day > d || s.status !== 'playing';
    }, day);
  }
}
