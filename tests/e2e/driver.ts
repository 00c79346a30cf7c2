import type { Page } from 'playwright-core';
import type { Command } from '../../src/engine';
import type { GuarantorSnapshot } from '../../src/app/guarantorHandle';

/**
 * Plays the game through its interface the way a person would: selects things in the lists,
 * presses order buttons or shortcut keys, picks destinations in the choice list and confirms.
 * Each order is checked to have landed in the game through window.guarantor.
 */
export type Via = 'click' | 'key';

const ORDER_KEY: Record<string, string> = {
  activate: 'a', move: 'm', airlift: 'l', training: 't', exercise: 'x', preposition: 'p', missileDefence: 'd',
  isr: 'i', plan: 'c', commit: 'v', surge: 's', summit: 'g', protocol: 'r', munitions: 'w', cyber: 'y', reassure: 'n', euroLift: 'o',
};

export class GameDriver {
  constructor(readonly page: Page) {}

  snapshot(): Promise<GuarantorSnapshot> {
    return this.page.evaluate(() => window.guarantor.snapshot()!);
  }

  async select(kind: 'formation' | 'node' | 'axis', id: string): Promise<void> {
    await this.page.click(`[data-tab="${kind === 'formation' ? 'forces' : 'places'}"]`);
    const row = this.page.locator(`[data-select="${kind}:${id}"]`);
    if (!(await row.isVisible())) await this.page.click('details.others > summary');
    await row.click();
    await this.page.locator(`[data-select="${kind}:${id}"][aria-pressed="true"]`).waitFor();
  }

  /** Press an order's button in the order panel (or the Coalition tab), or its key. */
  private async press(order: string, via: Via, where = '.orders-panel'): Promise<void> {
    if (via === 'key') await this.page.keyboard.press(ORDER_KEY[order]!);
    else await this.page.click(`${where} [data-order="${order}"]`);
  }

  private async choose(key: string): Promise<void> {
    await this.page.click(`#prompt[open] [data-order="${key}"]`);
  }

  async give(cmd: Command, via: Via): Promise<void> {
    const before = (await this.snapshot()).ordersToday.length;
    switch (cmd.type) {
      case 'activate':
        await this.select('formation', cmd.formation);
        await this.press('activate', via);
        break;
      case 'move':
      case 'airlift':
        await this.select('formation', cmd.formation);
        await this.press(cmd.type, via);
        await this.choose(`${cmd.type}:${cmd.to}`);
        // The prepared order shows its route and arrival day, then is confirmed.
        await this.page.locator('.pending .arrival').waitFor();
        if (via === 'key') await this.page.keyboard.press('Enter');
        else await this.page.click('[data-key="confirm"]');
        break;
      case 'exercise':
      case 'preposition':
        await this.select('node', cmd.hub);
        await this.press(cmd.type, via);
        break;
      case 'plan':
      case 'commit':
      case 'surge':
        await this.select('axis', cmd.axis);
        await this.press(cmd.type, via);
        break;
      case 'summit':
      case 'protocol':
      case 'euroLift':
        await this.coalition(cmd.type, via);
        break;
      case 'reassure':
        await this.coalition('reassure', via, `reassure:${cmd.nation}`);
        break;
      case 'allocate':
        switch (cmd.enabler) {
          case 'isr': await this.select('axis', cmd.axis); await this.press('isr', via); break;
          case 'missileDefence': await this.select('node', cmd.hub); await this.press('missileDefence', via); break;
          case 'training': await this.select('formation', cmd.formation); await this.press('training', via); break;
          case 'munitions': await this.coalition('munitions', via); break;
          case 'cyber': await this.coalition('cyber', via, `cyber:${cmd.network}`); break;
        }
        break;
    }
    await this.page.waitForFunction((n) => window.guarantor.snapshot()!.ordersToday.length === n + 1, before);
  }

  /** Coalition orders: from the Coalition tab by click, or by key (with a choice list for some). */
  private async coalition(order: string, via: Via, choice?: string): Promise<void> {
    if (via === 'key') {
      await this.page.keyboard.press(ORDER_KEY[order]!);
      if (choice) await this.choose(choice);
      return;
    }
    await this.page.click('[data-tab="coalition"]');
    await this.page.click(`#panel-coalition [data-order="${choice ?? order}"]`);
  }

  async endDay(via: 'button' | 'key-e' | 'key-enter'): Promise<void> {
    const day = (await this.snapshot()).day;
    if (via === 'button') await this.page.getByRole('button', { name: 'End day', exact: true }).click();
    else {
      // Enter ends the day only when no button has the focus.
      await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await this.page.keyboard.press(via === 'key-e' ? 'e' : 'Enter');
    }
    await this.page.waitForFunction((d) => {
      const s = window.guarantor.snapshot()!;
      return s.day > d || s.status !== 'playing';
    }, day);
  }
}
