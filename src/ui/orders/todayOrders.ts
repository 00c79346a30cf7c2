import { describeCommand, indexLevel } from '../../engine';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { staff } from '../format';
import { watch } from '../watch';

/** Today's orders, each with its own undo: nothing is final until the day ends. */
export function createTodayOrders(store: GameStore, actions: Actions): HTMLElement {
  const list = h('ol', { class: 'today', attrs: { tabindex: '-1' } });
  const el = h('section', { class: 'panel today-panel', attrs: { 'aria-labelledby': 'today-title' } },
    h('h2', { attrs: { id: 'today-title' }, text: 'Today’s orders' }), list);
  watch(store, (s) => [s.session?.orders], (s) => {
    const g = s.session;
    if (!g) return;
    const ix = indexLevel(g.level);
    const costs = g.todayLog.flatMap((e) => (e.t === 'order' ? [e.cost] : []));
    swap(list, g.orders.length === 0
      ? [h('li', { class: 'hint', text: 'No orders yet today.' })]
      : g.orders.map((cmd, i) => {
        const text = describeCommand(cmd, ix);
        return h('li', {},
          h('span', { class: 'today-text', text }),
          h('span', { class: 'order-meta', text: costs[i] !== undefined ? staff(costs[i]!) : '' }),
          h('button', {
            class: 'small', attrs: { type: 'button', 'data-key': `undo:${i}`, 'aria-label': `Undo: ${text}` }, text: 'Undo',
            on: { click: () => undoAt(store, actions, i) },
          }));
      }));
  });
  return el;
}

/** Undo one order and say what went with it (orders that depended on it are dropped too). */
export function undoAt(store: GameStore, actions: Actions, index?: number): void {
  const g = store.getState().session;
  if (!g || g.orders.length === 0) {
    actions.notify('info', 'There is no order to undo today.');
    return;
  }
  const i = index ?? g.orders.length - 1;
  const text = describeCommand(g.orders[i]!, indexLevel(g.level));
  actions.undo(i);
  const dropped = g.orders.length - 1 - (store.getState().session?.orders.length ?? 0);
  actions.notify('info', `Undone: ${text}.${dropped > 0 ? ` ${dropped} order(s) that depended on it were undone too.` : ''}`);
}
