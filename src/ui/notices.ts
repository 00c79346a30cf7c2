import type { Actions } from '../store/actions';
import type { GameStore, Notice } from '../store/gameStore';
import { t } from '../i18n';
import { h } from './dom';
import { noticeText } from './noticeText';
import { watch } from './watch';

const LIFETIME_MS: Record<Notice['kind'], number> = { success: 2500, info: 6000, refusal: 9000, error: 0 };
const MARK: Record<Notice['kind'], string> = { success: '✓', info: 'i', refusal: '✗', error: '!' };

/**
 * Messages for the player (refusals, confirmations, errors) in a polite live region, so screen
 * readers hear each once. The store keeps them as data; they are worded here, in the language of
 * the moment (a rebuilt interface rewords the ones still on screen). Errors stay until dismissed; the rest fade after a while. Confirmations
 * of orders are for screen readers only (base.css): sighted players see Today's orders change.
 */
export function createNotices(store: GameStore, actions: Actions): HTMLElement {
  const el = h('div', { class: 'notices', attrs: { 'aria-live': 'polite', 'aria-relevant': 'additions', role: 'log', 'aria-label': t('notices.label') } });
  const shown = new Map<number, HTMLElement>();
  watch(store, (s) => [s.ui.notices], (s) => {
    const ids = new Set(s.ui.notices.map((n) => n.id));
    for (const [id, node] of shown) {
      if (!ids.has(id)) {
        node.remove();
        shown.delete(id);
      }
    }
    for (const n of s.ui.notices) {
      if (shown.has(n.id)) continue;
      const node = h('div', { class: `notice notice-${n.kind}`, attrs: { 'data-notice': n.kind } },
        h('span', { class: 'mark', text: MARK[n.kind], attrs: { 'aria-hidden': 'true' } }),
        h('span', { class: 'notice-text' },
          h('span', { text: noticeText(n.text) }),
          // A notice's one remedy sits under its text, so a long label never squeezes the message.
          n.action ? h('button', { class: 'small notice-action', attrs: { type: 'button' }, text: noticeText(n.action.label), on: { click: () => { actions.dismiss(n.id); n.action!.run(); } } }) : null),
        h('button', { class: 'small', attrs: { type: 'button', 'aria-label': t('notices.dismiss') }, text: '×', on: { click: () => actions.dismiss(n.id) } }));
      shown.set(n.id, node);
      el.append(node);
      const life = LIFETIME_MS[n.kind];
      if (life > 0) setTimeout(() => actions.dismiss(n.id), life);
    }
  });
  return el;
}
