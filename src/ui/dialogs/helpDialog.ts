import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { t } from '../../i18n';
import { h } from '../dom';
import { generalShortcuts, mapHelp, orderHelp, type HelpRow } from '../orders/shortcuts';
import { watch } from '../watch';
import { createModal } from './modal';

/** How to play in a few lines, and every shortcut (from the same table the key handler uses). */
export function createHelpDialog(store: GameStore, actions: Actions, more?: { caption: string; rows: readonly HelpRow[] }): HTMLDialogElement {
  const modal = createModal('help', t('help.title'), () => actions.toggle('helpOpen', false), { wide: true });
  const table = (caption: string, rows: readonly HelpRow[]) => h('table', { class: 'keys' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' }, text: t('help.key') }), h('th', { attrs: { scope: 'col' }, text: t('help.what') }))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, h('td', {}, h('kbd', { text: r.keys })), h('td', { text: r.what })))));
  // The tables are built when the dialog first opens: in the task that builds the interface (a
  // link opened on a slow phone) they cost tens of milliseconds, for a dialog few open at once.
  let built = false;
  const build = () => {
    built = true;
    modal.body.append(
      h('section', { class: 'howto' },
        h('h3', { text: t('help.howto') }),
        h('ol', {}, ...(['help.step1', 'help.step2', 'help.step3', 'help.step4', 'help.step5'] as const).map((k) => h('li', { text: t(k) })))),
      h('div', { class: 'key-tables' }, table(t('help.general'), generalShortcuts()), table(t('help.map'), mapHelp()), table(t('help.ordersTable'), orderHelp()), more ? table(more.caption, more.rows) : null));
  };
  watch(store, (s) => [s.ui.helpOpen], (s) => {
    if (s.ui.helpOpen && !built) build();
    modal.sync(s.ui.helpOpen);
  });
  return modal.el;
}
