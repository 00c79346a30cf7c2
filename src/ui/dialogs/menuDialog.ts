import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { t } from '../../i18n';
import { lt } from '../../i18n/levelText';
import { h, swap } from '../dom';
import { openReview } from '../classroom/classroomView';
import { watch } from '../watch';
import { createModal } from './modal';
import { gameLink } from '../../share/gameLink';
import type { ShareHooks } from '../share';

/** The in-game menu: resume, restart, the link that replays this scenario, settings, title. */
export function createMenuDialog(store: GameStore, actions: Actions, share?: ShareHooks): HTMLDialogElement {
  const modal = createModal('menu', t('menu.title'), () => actions.toggle('menuOpen', false));
  watch(store, (s) => [s.ui.menuOpen, s.session?.level, s.session?.seed], (s) => {
    const g = s.session;
    if (g && s.ui.menuOpen) {
      const link = gameLink(location.href, g.level.id, g.seed);
      const linkField = h('input', { attrs: { type: 'text', readonly: true, id: 'menu-link', value: link } });
      linkField.addEventListener('focus', () => linkField.select());
      swap(modal.body, [
        h('p', { class: 'hint', text: t('menu.levelSeed', { level: lt(g.level).title, seed: g.seed }) }),
        h('div', { class: 'buttons column' },
          h('button', { class: 'primary', attrs: { type: 'button' }, text: t('menu.resume'), on: { click: () => actions.toggle('menuOpen', false) } }),
          h('button', { attrs: { type: 'button' }, text: t('menu.restart'), on: { click: () => actions.restart() } }),
          h('button', { attrs: { type: 'button' }, text: t('menu.settings'), on: { click: () => { actions.toggle('menuOpen', false); actions.toggle('settingsOpen', true); } } }),
          h('button', { attrs: { type: 'button' }, text: t('menu.help'), on: { click: () => { actions.toggle('menuOpen', false); actions.toggle('helpOpen', true); } } }),
          h('button', { attrs: { type: 'button', 'data-key': 'review' }, text: t('class.review'), on: { click: () => { actions.toggle('menuOpen', false); openReview(actions); } } }),
          ...(share?.menuItems(g) ?? []),
          h('button', { attrs: { type: 'button' }, text: t('menu.titleScreen'), on: { click: () => actions.showTitle() } })),
        h('div', { class: 'field' },
          h('label', { attrs: { for: 'menu-link' }, text: t('menu.link') }),
          h('div', { class: 'inline' }, linkField,
            h('button', {
              attrs: { type: 'button' }, text: t('menu.copy'),
              on: {
                click: () => {
                  (navigator.clipboard ? navigator.clipboard.writeText(link) : Promise.reject(new Error('no clipboard')))
                    .then(() => actions.notify('info', { ui: 'menu.copied' }))
                    .catch(() => { linkField.focus(); actions.notify('info', { ui: 'menu.copyBlocked' }); });
                },
              },
            }))),
      ]);
    }
    modal.sync(Boolean(g && s.ui.menuOpen));
  });
  return modal.el;
}
