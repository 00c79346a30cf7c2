import { t } from '../../i18n';
import { h } from '../dom';

/**
 * A native modal <dialog>: the browser traps the focus, makes the page behind it inert, closes it
 * on Esc and gives the focus back afterwards. The store stays the source of truth: `sync` opens or
 * closes it to match, and any way the player closes it is reported through `onClose`.
 */
export interface Modal { el: HTMLDialogElement; body: HTMLElement; sync(open: boolean): void }

export function createModal(id: string, title: string, onClose: () => void, opts: { wide?: boolean } = {}): Modal {
  const body = h('div', { class: 'modal-body' });
  const el = h('dialog', { class: `modal${opts.wide ? ' wide' : ''}`, attrs: { id, 'aria-labelledby': `${id}-title` } },
    h('div', { class: 'modal-head' },
      h('h2', { attrs: { id: `${id}-title` }, text: title }),
      h('button', { class: 'small close', attrs: { type: 'button', 'aria-label': t('modal.close', { title }) }, text: '×', on: { click: () => onClose() } })),
    body);
  el.addEventListener('close', () => onClose());
  return {
    el,
    body,
    sync(open: boolean) { syncDialog(el, open); },
  };
}

const wanted = new WeakMap<HTMLDialogElement, boolean>();

/**
 * Open or close a modal dialog to match the store. A dialog built before it is in the page (the
 * interface being rebuilt in another language while it was open) opens once it is connected.
 */
export function syncDialog(el: HTMLDialogElement, open: boolean): void {
  wanted.set(el, open);
  if (open && !el.open) {
    if (el.isConnected) el.showModal();
    else queueMicrotask(() => { if (wanted.get(el) && !el.open && el.isConnected) el.showModal(); });
  } else if (!open && el.open) el.close();
}
