import { t } from '../../i18n';
import { commandText } from '../../i18n/engineText';
import { classroomUndoIndex, orderTeamTag, mayUndo } from '../classroom/ownOrders';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { staff } from '../format';
import { hiddenFromTeam } from '../../session/whoseOrder';
import { watch } from '../watch';

/** Today's orders, each with its own undo: nothing is final until the day ends. */
export function createTodayOrders(store: GameStore, actions: Actions): HTMLElement {
  const list = h('ol', { class: 'today', attrs: { tabindex: '-1' } });
  const el = h('section', { class: 'panel today-panel', attrs: { 'aria-labelledby': 'today-title' } },
    h('h2', { attrs: { id: 'today-title' }, text: t('today.title') }), list);
  watch(store, (s) => [s.session?.orders, s.session?.classroom], (s) => {
    const g = s.session;
    if (!g) return;
    const costs = g.todayLog.flatMap((e) => (e.t === 'order' ? [e.cost] : []));
    // Moscow's orders of today are not shown to a coalition team (indices stay those of g.orders).
    const team = g.classroom?.current ?? -1;
    const shown = g.orders.map((cmd, i) => ({ cmd, i })).filter(({ cmd }) => !hiddenFromTeam(g.classroom, team, g.level, cmd));
    swap(list, shown.length === 0
      ? [h('li', { class: 'hint', text: t('today.none') })]
      : shown.map(({ cmd, i }) => {
        const text = commandText(cmd, g.level);
        // A classroom game tags each order with its team; a team undoes only its own.
        const tag = orderTeamTag(g, cmd);
        return h('li', {},
          h('span', { class: 'today-text', text }),
          tag ? h('span', { class: 'order-team', text: tag }) : null,
          h('span', { class: 'order-meta', text: costs[i] !== undefined ? staff(costs[i]!) : '' }),
          mayUndo(g, cmd) ? h('button', {
            class: 'small', attrs: { type: 'button', 'data-key': `undo:${i}`, 'aria-label': t('today.undoLabel', { order: text }) }, text: t('today.undo'),
            on: { click: () => undoAt(store, actions, i) },
          }) : null);
      }));
  });
  return el;
}

/** Undo one order and say what went with it (orders that depended on it are dropped too). */
export function undoAt(store: GameStore, actions: Actions, index?: number): void {
  const g = store.getState().session;
  const i = g ? index ?? classroomUndoIndex(g) : -1;
  if (!g || i < 0 || i >= g.orders.length) {
    actions.notify('info', { ui: 'today.nothing' });
    return;
  }
  const order = { order: g.orders[i]!, level: g.level };
  actions.undo(i);
  const dropped = g.orders.length - 1 - (store.getState().session?.orders.length ?? 0);
  actions.notify('info', dropped > 0 ? { ui: 'today.undoneMore', params: { order, n: dropped } } : { ui: 'today.undone', params: { order } });
}
