import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { t } from '../../i18n';
import { h, swap } from '../dom';
import { coalitionOptions, nationOptions, networkOptions, type OrderOption } from '../orders/orderOptions';
import { orderButton } from '../orders/orderButton';
import { runOption } from '../orders/runOption';
import { watch } from '../watch';
import { budgetLine } from '../orders/budgetLine';

/** Coalition-wide orders, cyber teams by network and reassurance by nation: no selection needed. */
export function createCoalitionList(store: GameStore, actions: Actions): HTMLElement {
  const el = h('div', { class: 'list coalition', attrs: { tabindex: '-1' } });
  const run = (o: OrderOption) => runOption(o, store, actions);
  watch(store, (s) => [s.session?.state, s.ui.tab], (s) => {
    const g = s.session;
    // A hidden tab is not kept up to date: it renders when it is shown.
    if (!g || s.ui.tab !== 'coalition') return;
    swap(el, [
      h('section', {}, h('h3', { text: t('coal.coalition') }), h('ul', { class: 'orders' }, ...coalitionOptions(g).map((o) => orderButton('coal', o, run))), budgetLine(g)),
      h('section', {}, h('h3', { text: t('coal.cyber') }), h('ul', { class: 'orders' }, ...networkOptions(g).map((o) => orderButton('coal', o, run, { showKey: false })))),
      h('section', {}, h('h3', { text: t('coal.reassure') }), h('ul', { class: 'orders' }, ...nationOptions(g).map((o) => orderButton('coal', o, run, { showKey: false })))),
    ]);
  });
  return el;
}
