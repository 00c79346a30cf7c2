/**
 * A full-page classroom screen (set-up, briefing, review, comparison): a region over the game
 * with its own heading and a Close button; Esc closes it. The page behind is made inert while it
 * is open, so Tab and the game's keys stay inside. It is not a <dialog>: a long review must flow
 * over several printed pages, which a dialog in the top layer cannot.
 */
import { t } from '../../i18n';
import { h } from '../dom';

export interface ClassView { el: HTMLElement; body: HTMLElement; show(open: boolean): void }

export function classView(id: string, title: string, onClose: () => void): ClassView {
  const heading = h('h2', { attrs: { id: `${id}-title`, tabindex: '-1' }, text: title });
  const body = h('div', { class: 'class-view-body' });
  const el = h('section', { class: `class-view view-${id}`, attrs: { id: `view-${id}`, role: 'region', 'aria-labelledby': `${id}-title` } },
    h('div', { class: 'class-view-head' },
      heading,
      h('button', { class: 'close no-print', attrs: { type: 'button', 'data-key': `${id}-close` }, text: t('class.close'), on: { click: () => onClose() } })),
    body);
  el.hidden = true;
  // Esc closes the screen wherever the focus is, unless a dialog over it takes the key first.
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape' || ev.defaultPrevented || el.hidden || !el.isConnected || document.querySelector('dialog[open]')) return;
    ev.preventDefault();
    onClose();
  });
  return {
    el,
    body,
    show(open: boolean) {
      const was = !el.hidden;
      el.hidden = !open;
      for (const screen of document.querySelectorAll('.title-screen, .game-screen')) {
        if (open) screen.setAttribute('inert', '');
        else if (!document.querySelector('.class-view:not([hidden])')) screen.removeAttribute('inert');
      }
      if (open && !was) {
        el.scrollTop = 0;
        heading.focus({ preventScroll: true });
      }
      if (!open && was) delete document.documentElement.dataset.print;
    },
  };
}
