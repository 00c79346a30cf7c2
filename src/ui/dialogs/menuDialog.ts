import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { createModal } from './modal';
import { gameLink } from '../../app/gameLink';
import type { ShareHooks } from '../share';

/** The in-game menu: resume, restart, the link that replays this scenario, settings, title. */
export function createMenuDialog(store: GameStore, actions: Actions, share?: ShareHooks): HTMLDialogElement {
  const modal = createModal('menu', 'Menu', () => actions.toggle('menuOpen', false));
  watch(store, (s) => [s.ui.menuOpen, s.session?.level, s.session?.seed], (s) => {
    const g = s.session;
    if (g && s.ui.menuOpen) {
      const link = gameLink(location.href, g.level.id, g.seed);
      const linkField = h('input', { attrs: { type: 'text', readonly: true, id: 'menu-link', value: link } });
      linkField.addEventListener('focus', () => linkField.select());
      swap(modal.body, [
        h('p', { class: 'hint', text: `${g.level.title} · seed ${g.seed}` }),
        h('div', { class: 'buttons column' },
          h('button', { class: 'primary', attrs: { type: 'button' }, text: 'Resume', on: { click: () => actions.toggle('menuOpen', false) } }),
          h('button', { attrs: { type: 'button' }, text: 'Restart this game', on: { click: () => actions.newGame(g.level, g.seed) } }),
          h('button', { attrs: { type: 'button' }, text: 'Settings', on: { click: () => { actions.toggle('menuOpen', false); actions.toggle('settingsOpen', true); } } }),
          h('button', { attrs: { type: 'button' }, text: 'Help and keys', on: { click: () => { actions.toggle('menuOpen', false); actions.toggle('helpOpen', true); } } }),
          ...(share?.menuItems(g) ?? []),
          h('button', { attrs: { type: 'button' }, text: 'Title screen', on: { click: () => actions.showTitle() } })),
        h('div', { class: 'field' },
          h('label', { attrs: { for: 'menu-link' }, text: 'Link to this level and seed' }),
          h('div', { class: 'inline' }, linkField,
            h('button', {
              attrs: { type: 'button' }, text: 'Copy',
              on: {
                click: () => {
                  (navigator.clipboard ? navigator.clipboard.writeText(link) : Promise.reject(new Error('no clipboard')))
                    .then(() => actions.notify('info', 'Link copied.'))
                    .catch(() => { linkField.focus(); actions.notify('info', 'Copying is blocked here: the link is selected, copy it with Ctrl+C.'); });
                },
              },
            }))),
      ]);
    }
    modal.sync(Boolean(g && s.ui.menuOpen));
  });
  return modal.el;
}
