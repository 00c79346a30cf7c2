import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h } from '../dom';
import { GENERAL_SHORTCUTS, MAP_HELP, ORDER_HELP, type HelpRow } from '../orders/shortcuts';
import { watch } from '../watch';
import { createModal } from './modal';

/** How to play in a few lines, and every shortcut (from the same table the key handler uses). */
export function createHelpDialog(store: GameStore, actions: Actions, more?: { caption: string; rows: readonly HelpRow[] }): HTMLDialogElement {
  const modal = createModal('help', 'Help', () => actions.toggle('helpOpen', false), { wide: true });
  const table = (caption: string, rows: readonly HelpRow[]) => h('table', { class: 'keys' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' }, text: 'Key' }), h('th', { attrs: { scope: 'col' }, text: 'What it does' }))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, h('td', {}, h('kbd', { text: r.keys })), h('td', { text: r.what })))));
  modal.body.append(
    h('section', { class: 'howto' },
      h('h3', { text: 'How to play' }),
      h('ol', {},
        h('li', { text: 'Each turn is a day. Give orders with your staff actions, then end the day.' }),
        h('li', { text: 'Activate formations (their notice-to-move counts down), then move or airlift them to the staging hubs.' }),
        h('li', { text: 'Certify a high-readiness core with a joint exercise of two or more nations at a hub.' }),
        h('li', { text: 'Keep every axis’s credibility above Moscow’s resolve: threats show under Threats with the intel estimate.' }),
        h('li', { text: 'You win when enough troops are ready at the hubs, the core is certified and every axis clears its bar. You lose if the ladder reaches war, unity collapses, or the deadline passes.' }))),
    h('div', { class: 'key-tables' }, table('General', GENERAL_SHORTCUTS), table('Map', MAP_HELP), table('Orders (apply to the selection)', ORDER_HELP), more ? table(more.caption, more.rows) : null));
  watch(store, (s) => [s.ui.helpOpen], (s) => modal.sync(s.ui.helpOpen));
  return modal.el;
}
