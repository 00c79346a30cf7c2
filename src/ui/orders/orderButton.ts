import { h } from '../dom';
import { t } from '../../i18n';
import { days, staff } from '../format';
import { noteTitle, openNote } from '../classroom/notesDialog';
import type { OrderOption } from './orderOptions';

/**
 * One order as the panels show it: the button (with its key), then cost, duration and effect,
 * or the engine's reason it cannot be given. Illegal orders stay focusable (aria-disabled) so
 * keyboard and screen-reader users can reach the reason; pressing one repeats it as a notice.
 */
export function orderButton(scope: string, o: OrderOption, onRun: (o: OrderOption) => void, opts: { showKey?: boolean; showWhy?: boolean } = {}): HTMLElement {
  // The same order can show in two places at once (a panel and a choice list): ids are scoped.
  const descId = `${scope}-desc-${o.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const meta = [staff(o.cost), o.days ? days(o.days) : null].filter(Boolean).join(' · ');
  return h('li', { class: `order${o.refusal ? ' refused' : ''}` },
    h('button', {
      class: 'order-btn',
      attrs: {
        type: 'button', 'data-key': `order:${o.key}`, 'data-order': o.key, 'aria-disabled': o.refusal ? 'true' : null,
        'aria-describedby': descId, 'aria-keyshortcuts': opts.showKey === false ? null : o.shortcut,
      },
      on: { click: () => onRun(o) },
    },
    h('span', { class: 'order-label', text: o.label }),
    opts.showKey === false ? null : h('kbd', { text: o.shortcut, attrs: { 'aria-hidden': 'true' } })),
    // "Why?": the real-world basis of this kind of order, in a learning note.
    opts.showWhy === false ? null : h('button', {
      class: 'link why', text: t('notes.why'),
      attrs: { type: 'button', 'data-key': `why:${o.key}`, 'data-note': o.note, 'aria-label': t('notes.whyLabel', { topic: noteTitle(o.note) }) },
      on: { click: () => openNote(o.note) },
    }),
    h('div', { class: 'order-desc', attrs: { id: descId } },
      h('span', { class: 'order-meta', text: meta }),
      o.refusal
        ? h('span', { class: 'order-refusal' }, h('span', { class: 'mark', text: '✗ ', attrs: { 'aria-hidden': 'true' } }), o.refusal)
        : h('span', { class: 'order-effect', text: o.effect })));
}
